// The example queries GraphiQL opens with, one tab each titled by its
// operation name; README.md shows the same text and test/api/examples.test.ts
// and timeExamples.test.ts check their answers.
export interface ExampleQuery { title: string; query: string }

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Officials at events in 东城区',
    query: `# Which officials attended which events in 东城区, with their titles
query OfficialsInDongcheng {
  activities(filter: { district: "东城区" }, first: 20) {
    edges { node {
      kind
      article { headline }
      participants { roles person { name positions { titles organization { name } } } }
    } }
  }
}`,
  },
  {
    title: '北京市总工会 by its short name',
    query: `# Everything 北京市总工会 is recorded for, found by its short name
query MunicipalUnion {
  organization(name: "市总工会") {
    name aliases kind
    positions { titles person { name } }
    organized(first: 20) { edges { node { kind article { headline } } } }
  }
}`,
  },
  {
    title: 'Who 赵丽君 is connected to',
    query: `# Who is 赵丽君 connected to, and through what: each title and each part she took
# with the sentence that states it (evidence) and the rule that read it
query ZhaoLijunConnections {
  person(name: "赵丽君") {
    name
    positions { titles organization { name } evidence { text rule } }
    participations { roles evidence { text } activity { kind districts { name } article { headline } } }
    associates(first: 10) { count person { name } }
  }
}`,
  },
  {
    title: 'What happened in 通州区, newest first',
    query: `# Activities in 通州区 from 2017 to 2022, newest first: the day each article gives,
# or its issue date where it gives none (fromIssue)
query TongzhouByDate {
  activities(
    filter: { district: "通州区", date: { from: "2017-01-01", to: "2022-12-31" } }
    orderBy: { field: DATE, direction: DESC }
    first: 20
  ) {
    edges { node { kind date { value precision fromIssue text } article { headline page { issueDate } } } }
  }
}`,
  },
  {
    title: 'Activities per year, by kind',
    query: `# A chart's data: activities per year since 2013, one line per kind, empty years at zero
query ActivitiesPerYear {
  stats(filter: { date: { from: "2013-01-01" } }) {
    activityCount
    series(interval: YEAR, by: KIND, first: 5) { kind total points { start count } }
  }
}`,
  },
  {
    title: 'Who held which titles at 北京市建筑工会, as of a day',
    query: `# Titles at 北京市建筑工会 as the latest article on or before 2022-06-30 states them
query TitlesAsOf {
  organization(name: "北京市建筑工会") {
    name
    positions(asOf: "2022-06-30") { titles firstSeen lastSeen person { name } }
  }
}`,
  },
];
