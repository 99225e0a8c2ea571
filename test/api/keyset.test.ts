// Keyset cursors over a real embedded store: every connection walked page by
// page is its one big fetch (same items, same order, no repeat, no gap), both
// ways; a page ingested between two requests, sorting before the cursor,
// neither repeats nor skips an item of the next page; and a cursor of another
// list or order, an offset cursor or garbage is refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import type { PageExtraction } from '../../src/extract/types.ts';
import { activitiesOrder } from '../../src/api/orders.ts';
import { activitiesPage } from '../../src/api/queries/activities.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { gql } from './http.ts';
import { openSeededStore, type SeededStore } from './seeded.ts';

const AUTHOR = '刘欣欣';
const ORG = '北京市总工会';
const DISTRICT = '东城区';

/** A page of one article by AUTHOR, organized by ORG, in DISTRICT, naming a person, an organization and a place. */
function article(file: string, date: string | null, names: { person: string; org: string; place: string }, activityDate?: string): PageExtraction {
  return {
    file, issue_date: date,
    articles: [{
      headline: `${basename(file, '.txt')}：职工之家建设`, alt_titles: [], section: null, body: `${names.person}到${names.place}走访。`,
      authors: [{ name: AUTHOR, role: 'reporter' }],
      activity: { kind: 'visit', districts: [DISTRICT], organizers: [ORG], ...(activityDate ? { date: activityDate } : {}) },
      participants: [], positions: [],
      people: [{ name: AUTHOR, occupation: null }, { name: names.person, occupation: null }],
      organizations: [{ name: ORG, aliases: [], kind: 'union' }, { name: names.org, aliases: [], kind: 'union' }],
      places: [{ name: names.place, district: DISTRICT }],
    }],
  };
}

/** Writes the pages' files and ingests them with these facts (the seed pages have no issue dates: these do, two on one day). */
async function ingest(seeded: SeededStore, pages: PageExtraction[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-keyset-'));
  try {
    for (const p of pages) writeFileSync(join(dir, p.file), `${p.articles[0]!.headline}\n${p.articles[0]!.body}\n`);
    const byFile = new Map(pages.map((p) => [p.file, p]));
    const summary = await ingestPaths(seeded.store, pages.map((p) => join(dir, p.file)), { extract: (path) => byFile.get(basename(path))! });
    expect(summary.failed).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DATED = [
  article('d1.txt', '2024-03-01', { person: '张建国', org: '东城区总工会', place: '和平里街道' }),
  article('d2.txt', '2024-03-01', { person: '李红', org: '东城区职工服务中心', place: '东四街道' }),
  article('d3.txt', '2024-01-20', { person: '王强', org: '东城区总工会', place: '和平里街道' }, '2024-01-18'),
  article('d4.txt', '2024-05-06', { person: '赵敏', org: '东城区妇联', place: '景山街道' }),
  article('d5.txt', '2024-02-14', { person: '孙丽', org: '东城区妇联', place: '交道口街道' }),
];
/** Ingested between two requests: each sorts before the cursor of some order (file, date either way, name). */
const BETWEEN = [
  article('0000_early.txt', '2099-12-31', { person: '一一', org: '一一工会', place: '一一街道' }),
  article('zzzz_late.txt', '2000-01-01', { person: '一二', org: '一二工会', place: '一二街道' }),
];

interface Case {
  name: string;
  /** The connection's field with its arguments spliced in: `people(${args})`. */
  field: (args: string) => string;
  /** Reads the connection from the data. */
  at: (data: any) => any;
  /** The node selection and an item's identity. */
  node?: string;
  id?: (node: any) => string;
}

const args = (...parts: string[]) => (parts.some(Boolean) ? `(${parts.filter(Boolean).join(', ')})` : '');
const list = (name: string, extra = ''): Case => ({ name: `${name}${args(extra)}`, field: (a) => `${name}${args(extra, a)}`, at: (d) => d[name] });
const nested = (parent: string, field: string): Case => ({
  name: `${parent}.${field}`,
  field: (a) => `${parent} { ${field}${args(a)}`,
  at: (d) => d[parent.split('(')[0]!][field],
});
const ORDERS = ['{ field: PAGE, direction: ASC }', '{ field: PAGE, direction: DESC }', '{ field: DATE, direction: ASC }', '{ field: DATE, direction: DESC }'];

const CASES: Case[] = [
  list('pages'),
  list('people'),
  list('organizations', 'search: "工会"'),
  ...ORDERS.map((o) => list('activities', `orderBy: ${o}`)),
  ...ORDERS.map((o) => list('activities', `filter: { district: "${DISTRICT}" }, orderBy: ${o}`)),
  list('activities', `filter: { organizer: "${ORG}", kind: VISIT }`),
  ...ORDERS.map((o) => list('articles', `orderBy: ${o}`)),
  ...ORDERS.map((o) => list('articles', `filter: { district: "${DISTRICT}" }, orderBy: ${o}`)),
  { ...nested(`person(name: "${AUTHOR}")`, 'authored'), node: 'role article { id }', id: (n) => `${n.role} ${n.article.id}` },
  nested(`person(name: "${AUTHOR}")`, 'mentionedIn'),
  nested(`organization(name: "${ORG}")`, 'organized'),
  nested(`organization(name: "${ORG}")`, 'mentionedIn'),
  nested(`district(name: "${DISTRICT}")`, 'activities'),
  nested(`district(name: "${DISTRICT}")`, 'places'),
];

async function page(app: App, c: Case, args: Record<string, unknown>) {
  const shown = Object.entries(args).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ');
  const closing = c.name.includes(').') ? ' }' : '';
  const res = await gql(app, `{ ${c.field(shown)} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${c.node ?? 'id'} } } }${closing} }`);
  expect(res.errors).toBeUndefined();
  const conn = c.at(res.data);
  return { ...conn, ids: conn.edges.map((e: any) => (c.id ?? ((n: any) => n.id))(e.node)) as string[] };
}

describe('keyset cursors', () => {
  let seeded: SeededStore;
  let app: App;
  /** Per case: the whole list before the ingest, and its first page of two. */
  const before = new Map<string, { whole: string[]; first: Awaited<ReturnType<typeof page>> }>();

  beforeAll(async () => {
    seeded = await openSeededStore('gold');
    await ingest(seeded, DATED);
    app = createApp({ store: seeded.store, config: { ingestToken: null } });
    for (const c of CASES) before.set(c.name, { whole: (await page(app, c, { first: 100 })).ids, first: await page(app, c, { first: 2 }) });
  });
  afterAll(() => seeded.close());

  describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it('walked two at a time, forwards and backwards, is the whole list', async () => {
      const { whole } = before.get(c.name)!;
      expect(whole.length).toBeGreaterThanOrEqual(4);
      expect(new Set(whole).size).toBe(whole.length);
      const forward: string[] = [];
      for (let after: string | undefined, n = 0; n < 100; n++) {
        const p = await page(app, c, { first: 2, after });
        forward.push(...p.ids);
        expect(p.totalCount).toBe(whole.length);
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(forward).toEqual(whole);
      const backward: string[] = [];
      for (let before: string | undefined, n = 0; n < 100; n++) {
        const p = await page(app, c, { last: 2, before });
        backward.unshift(...p.ids);
        if (!p.pageInfo.hasPreviousPage) break;
        before = p.pageInfo.startCursor;
      }
      expect(backward).toEqual(whole);
    });
  });

  it.each([
    ['activities', 'ASC'], ['activities', 'DESC'], ['articles', 'ASC'], ['articles', 'DESC'],
  ] as const)('%s by date %s: dated items in that order, ties in page order, the undated last', async (field, direction) => {
    const res = await gql(app, `{ ${field}(first: 100, orderBy: { field: DATE, direction: ${direction} }) { edges { node { id ${field === 'activities' ? 'date { value }' : 'date'} } } } }`);
    const days: (string | null)[] = res.data[field].edges.map((e: any) => (field === 'activities' ? e.node.date?.value : e.node.date) ?? null);
    const dated = days.filter((d) => d !== null);
    expect(dated.length).toBeGreaterThanOrEqual(4);
    expect(days.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort((a, b) => (direction === 'ASC' ? a!.localeCompare(b!) : b!.localeCompare(a!))));
    // d1 and d2 share a day: page order between them, whichever the direction
    const ids: string[] = res.data[field].edges.map((e: any) => e.node.id);
    expect(ids.indexOf(`${field === 'activities' ? 'activity' : 'article'}:d1.txt#0`)).toBeLessThan(ids.indexOf(`${field === 'activities' ? 'activity' : 'article'}:d2.txt#0`));
  });

  it.each([
    ['a district', { district: `district:${DISTRICT}` }, `district: "${DISTRICT}"`],
    ['an organizer and a kind', { organizer: ORG, kind: 'visit' }, `organizer: "${ORG}", kind: VISIT`],
    ['a participant', { participant: '赵丽君' }, 'participant: "赵丽君"'],
  ] as const)('activities of %s in page order, sorted from their ids, are those the store sorts', async (_what, filter, arg) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const sorted = activitiesPage(filter, activitiesOrder({ field: 'PAGE', direction }), { after: null, before: null, backward: false, limit: 1000 });
      const stored = await seeded.store.read(sorted.cypher, sorted.params);
      expect(stored.length).toBeGreaterThanOrEqual(2);
      const res = await gql(app, `{ activities(filter: { ${arg} }, first: 100, orderBy: { field: PAGE, direction: ${direction} }) { totalCount edges { node { id } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.activities.edges.map((e: any) => e.node.id)).toEqual(stored.map((r) => r.id));
      expect(res.data.activities.totalCount).toBe(stored.length);
    }
  });

  describe('a cursor not of this list and order', () => {
    const cursorOf = async (query: string, at: (d: any) => any) => at((await gql(app, query)).data).pageInfo.endCursor as string;
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    it.each([
      ['of another list', async () => ['pages', await cursorOf('{ people(first: 2) { pageInfo { endCursor } } }', (d) => d.people)], /a cursor of the list "people", not of "pages"/],
      ['of another order', async () => ['activities', await cursorOf('{ activities(first: 2, orderBy: { field: DATE }) { pageInfo { endCursor } } }', (d) => d.activities)],
        /made for the order DATE_ASC, this request asks for PAGE_ASC/],
      ['of another relationship list', async () => [`person(name: "${AUTHOR}") { mentionedIn`, await cursorOf(`{ person(name: "${AUTHOR}") { authored(first: 2) { pageInfo { endCursor } } } }`, (d) => d.person.authored)],
        /a cursor of the list "Person.authored", not of "Person.mentionedIn"/],
      ['an offset cursor', async () => ['pages', Buffer.from('OffsetConnection:2').toString('base64')], /an offset cursor of an earlier version/],
      ['an offset cursor of a list loaded whole', async () => [`district(name: "${DISTRICT}") { places`, Buffer.from('arrayconnection:1').toString('base64')], /an offset cursor of an earlier version/],
      ['garbage', async () => ['people', 'not-a-cursor'], /not a cursor this API gave out/],
      ['JSON that is no cursor', async () => ['people', b64('[1,2]')], /not a cursor this API gave out/],
      ['a cursor of another version', async () => ['people', b64('{"v":2,"l":"people","o":"NAME","k":["王","person:王"]}')], /cursor version 2, this API reads version 1/],
      ['a key of the wrong shape', async () => ['people', b64('{"v":1,"l":"people","o":"NAME","k":[1,"person:王"]}')], /its key does not fit this list/],
      ['a date key that is no day', async () => ['activities', b64('{"v":1,"l":"activities","o":"DATE_ASC","k":["tomorrow","page:a",0,"x"]}'), ', orderBy: { field: DATE }'],
        /its key does not fit this list/],
    ] as const)('%s is a BAD_REQUEST that says so, in after and in before', async (_what, make, message) => {
      const [field, cursor, orderBy = ''] = await make() as readonly string[];
      for (const [arg, size] of [['after', 'first'], ['before', 'last']] as const) {
        const nestedField = field.includes('{');
        const q = `{ ${field}(${size}: 2, ${arg}: ${JSON.stringify(cursor)}${orderBy}) { totalCount }${nestedField ? ' }' : ''} }`;
        const res = await gql(app, q);
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
        expect(res.errors?.[0]?.message).toMatch(message);
        expect(res.errors?.[0]?.message).toContain(`in "${arg}"`);
      }
    });
  });

  describe('with a page ingested between two requests, before the cursor', () => {
    const after = new Map<string, string[]>();
    beforeAll(async () => {
      await ingest(seeded, BETWEEN);
      for (const c of CASES) after.set(c.name, (await page(app, c, { first: 100 })).ids);
    });

    it.each(CASES.map((c) => [c.name, c] as const))('%s: the next page neither repeats nor skips', async (_name, c) => {
      const { whole, first } = before.get(c.name)!;
      const now = after.get(c.name)!;
      const cursorAt = now.indexOf(first.ids[1]!);
      // The ingest put an item before the cursor: an offset would now point one item earlier.
      const added = now.filter((id) => !whole.includes(id));
      expect(added.length).toBeGreaterThan(0);
      expect(added.some((id) => now.indexOf(id) < cursorAt)).toBe(true);
      const next = await page(app, c, { first: 2, after: first.pageInfo.endCursor });
      expect(next.ids).toEqual(now.slice(cursorAt + 1, cursorAt + 3));
      expect(next.ids).not.toContain(first.ids[1]);
      expect(next.ids).toHaveLength(2);
    });
  });
});
