// An organization's positions, first N, with and without asOf: read for the
// first N holders only, they are what merging every statement of the
// organization gives, cut to N. Over dated pages written by hand: six people,
// titles restated, changed and stated in another order, dated and undated.
import { describe, expect, it } from 'vitest';
import type { ArticleFacts, PageExtraction } from '../../src/extract/types.ts';
import { mergePositions, positionsAsOf } from '../../src/api/positionsInTime.ts';
import { position } from '../../src/api/loaders.ts';
import { gql } from './http.ts';
import { useWrittenPages } from './seeded.ts';

const ORG = '北京市测试工会';
const said = (headline: string, positions: [string, string[]][]): ArticleFacts => ({
  headline, alt_titles: [], section: null, authors: [], body: headline,
  activity: { kind: 'meeting', districts: ['东城区'], organizers: [ORG] },
  participants: positions.map(([name]) => ({ name, roles: ['ATTENDED' as const] })),
  positions: positions.map(([name, titles]) => ({ name, organization: ORG, titles })),
  people: positions.map(([name]) => ({ name, occupation: null })),
  organizations: [{ name: ORG, aliases: [], kind: 'union' }],
  places: [],
});

const PAGES: PageExtraction[] = [
  { file: 'a.txt', issue_date: '2023-01-05', articles: [said('工会召开全委会', [['王五', ['主席']], ['李四', ['副主席']], ['赵六', ['委员']]])] },
  { file: 'b.txt', issue_date: '2023-06-01', articles: [said('工会慰问职工', [['李四', ['副主席', '党组成员']], ['王五', ['主席']]])] },
  { file: 'c.txt', issue_date: '2024-02-10', articles: [said('工会换届', [['李四', ['主席']], ['陈七', ['副主席']], ['周八', ['经审委员']]])] },
  { file: 'd.txt', issue_date: null, articles: [said('工会活动', [['孙九', ['委员']], ['李四', ['党组成员', '副主席']]])] },
];

describe(`${ORG}.positions`, () => {
  const held = useWrittenPages(PAGES);

  /** Every statement of the organization, in statement order, by hand-written Cypher. */
  const statements = async () => (await held.store.read(
    `MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization {name: $org}) RETURN p.id AS person, o.id AS organization, h.titles AS titles, h.article AS article, h.date AS date,
       h.evStart AS evStart, h.evEnd AS evEnd, h.evText AS evText, h.rules AS rules ORDER BY person, h.article, h.position`, { org: ORG })).map(position);
  const shown = (p: { person: string; titles: string[]; firstSeen: string | null; lastSeen: string | null; articles: string[] }) =>
    ({ person: p.person, titles: p.titles, firstSeen: p.firstSeen, lastSeen: p.lastSeen, articles: p.articles });
  const ask = async (args: string) => {
    const res = await gql(held.app, `{ organization(name: "${ORG}") { positions(${args}) { titles firstSeen lastSeen person { id } articles { id } } } }`);
    expect(res.errors).toBeUndefined();
    return res.data.organization.positions.map((p: any) => ({ person: p.person.id, titles: p.titles, firstSeen: p.firstSeen, lastSeen: p.lastSeen, articles: p.articles.map((a: any) => a.id) }));
  };

  it('holds the statements the pages make', async () => {
    expect(await statements()).toHaveLength(10);
  });

  it.each([1, 2, 3, 4, 20])('first %i: the first of all statements merged', async (first) => {
    expect(await ask(`first: ${first}`)).toEqual(mergePositions(await statements()).slice(0, first).map(shown));
  });

  it.each([[1, '2023-03-01'], [2, '2023-03-01'], [2, '2023-12-31'], [3, '2024-06-30'], [20, '2024-06-30'], [20, '2022-01-01']] as const)(
    'first %i as of %s: the first of all statements read as of that day', async (first, asOf) => {
      expect(await ask(`first: ${first}, asOf: "${asOf}"`)).toEqual(positionsAsOf(await statements(), asOf).slice(0, first).map(shown));
    });

  it('merges 李四\'s restated titles, in either order, into one position with both articles', async () => {
    const li = (await ask('first: 20')).filter((p: any) => p.person === 'person:李四');
    expect(li.map((p: any) => p.titles)).toEqual([['副主席'], ['副主席', '党组成员'], ['主席']]);
    expect(li[1]).toMatchObject({ firstSeen: '2023-06-01', lastSeen: '2023-06-01' });
    expect(li[1].articles).toHaveLength(2);
  });

  it('as of a day before 李四 became 主席 gives his titles then; the undated page counts for no day', async () => {
    const then = (await ask('first: 20, asOf: "2023-12-31"')).filter((p: any) => p.person === 'person:李四');
    expect(then).toEqual([{ person: 'person:李四', titles: ['副主席', '党组成员'], firstSeen: '2023-06-01', lastSeen: '2023-06-01', articles: [expect.stringContaining('b.txt')] }]);
    expect((await ask('first: 20, asOf: "2024-06-30"')).map((p: any) => p.person)).not.toContain('person:孙九');
  });
});
