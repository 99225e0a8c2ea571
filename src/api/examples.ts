// The example queries GraphiQL opens with; README.md shows the same text and
// test/api/examples.test.ts checks their answers.
export interface ExampleQuery { title: string; query: string }

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Officials at events in 东城区',
    query: `# Which officials attended which events in 东城区, with their titles
{ activities(filter: { district: "东城区" }, first: 20) { edges { node {
    kind article { headline }
    participants { roles person { name positions { titles organization { name } } } } } } } }`,
  },
  {
    title: '北京市总工会 by its short name',
    query: `# Everything 北京市总工会 is recorded for, found by its short name
{ organization(name: "市总工会") { name aliases kind
    positions { titles person { name } }
    organized(first: 20) { edges { node { kind article { headline } } } } } }`,
  },
  {
    title: 'Who 赵丽君 is connected to',
    query: `# Who is 赵丽君 connected to, and through what
{ person(name: "赵丽君") { name
    positions { titles organization { name } }
    participations { roles activity { kind districts { name } article { headline } } }
    associates(first: 10) { count person { name } } } }`,
  },
];
