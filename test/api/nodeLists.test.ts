// A node's relationship lists, read a page at a time by the store: each list
// in full is what hand-written Cypher gives for that node, in page order, and
// the pages of many nodes' lists cost one store call however many nodes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server/app.ts';
import { gql } from './http.ts';
import { countingStore, openSeededStore, type SeededStore } from './seeded.ts';

let seeded: SeededStore;
let app: App;
beforeAll(async () => {
  seeded = await openSeededStore('pipeline');
  app = createApp({ store: seeded.store, config: { ingestToken: null } });
});
afterAll(() => seeded.close());

const read = (cypher: string, params: Record<string, unknown> = {}) => seeded.store.read(cypher, params);

/** The node of `label` with the most `pattern` rows (`n` is the node): its id and the rows' ids in page order. */
async function busiest(label: string, pattern: string, item: string, page: string) {
  const [top] = await read(`MATCH ${pattern} RETURN n.id AS id, count(DISTINCT ${item}.id) AS k ORDER BY k DESC, id LIMIT 1`);
  const rows = await read(`MATCH ${pattern} WHERE n.id = $id WITH DISTINCT ${item}.id AS id, ${page}.page AS page, ${page}.position AS position RETURN id ORDER BY page, position, id`, { id: top!.id });
  return { id: String(top!.id), ids: rows.map((r) => String(r.id)) };
}

describe.each([
  ['Organization', 'organized', '(n:Organization)-[:ORGANIZED]->(a:Activity)<-[:REPORTS]-(src:Article)', 'a', 'src'],
  ['Organization', 'mentionedIn', '(ar:Article)-[:MENTIONS_ORG]->(n:Organization)', 'ar', 'ar'],
  ['Person', 'mentionedIn', '(ar:Article)-[:MENTIONS_PERSON]->(n:Person)', 'ar', 'ar'],
  ['District', 'activities', '(a:Activity)-[:TOOK_PLACE_IN]->(n:District) MATCH (src:Article)-[:REPORTS]->(a)', 'a', 'src'],
])('%s.%s', (label, field, pattern, item, page) => {
  it('in full and page by page, is what the store holds for the node, in page order', async () => {
    const want = await busiest(label, pattern, item, page);
    expect(want.ids.length).toBeGreaterThanOrEqual(3);
    const q = (args: string) => `{ node(id: ${JSON.stringify(want.id)}) { ... on ${label} { ${field}(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
    const whole = await gql(app, q('first: 100'));
    expect(whole.errors).toBeUndefined();
    expect(whole.data.node[field].edges.map((e: any) => e.node.id)).toEqual(want.ids);
    expect(whole.data.node[field].totalCount).toBe(want.ids.length);
    const second = await gql(app, q(`first: 2, after: ${JSON.stringify((await gql(app, q('first: 1'))).data.node[field].pageInfo.endCursor)}`));
    expect(second.data.node[field].edges.map((e: any) => e.node.id)).toEqual(want.ids.slice(1, 3));
    expect(second.data.node[field].pageInfo.hasNextPage).toBe(want.ids.length > 3);
  });
});

describe('Person.participations', () => {
  it('is the person\'s activities in page order, the first `first` of them, with roles', async () => {
    const want = await busiest('Person', '(n:Person)-[:PARTICIPATED_IN]->(a:Activity)<-[:REPORTS]-(src:Article)', 'a', 'src');
    expect(want.ids.length).toBeGreaterThanOrEqual(2);
    const q = (first: number) => `{ node(id: ${JSON.stringify(want.id)}) { ... on Person { participations(first: ${first}) { roles activity { id } } } } }`;
    const all = await gql(app, q(100));
    expect(all.errors).toBeUndefined();
    expect(all.data.node.participations.map((p: any) => p.activity.id)).toEqual(want.ids);
    expect(all.data.node.participations.every((p: any) => p.roles.length > 0)).toBe(true);
    expect((await gql(app, q(1))).data.node.participations.map((p: any) => p.activity.id)).toEqual(want.ids.slice(0, 1));
    expect((await gql(app, q(0))).data.node.participations).toEqual([]);
  });
});

describe('pages of many nodes\' lists', () => {
  it('cost one store call for the pages, for 2 organizations as for all of them', async () => {
    const reads = async (first: number) => {
      const store = countingStore(seeded.store);
      const res = await gql(createApp({ store, config: { ingestToken: null } }), `{ organizations(first: ${first}) { edges { node { name organized(first: 2) { edges { node { id } } } } } } }`);
      expect(res.errors).toBeUndefined();
      return { reads: store.reads, orgs: res.data.organizations.edges.length, organized: res.data.organizations.edges.flatMap((e: any) => e.node.organized.edges).length };
    };
    const two = await reads(2);
    const many = await reads(100);
    expect(many.orgs).toBeGreaterThan(20);
    expect(many.organized).toBeGreaterThan(two.organized);
    // the organizations, the pages of their lists, the activities on those pages
    expect(two.reads).toBe(3);
    expect(many.reads).toBe(3);
  });
});
