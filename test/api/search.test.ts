// search(query:) over the seed pages in a real embedded store: Chinese
// words from headlines and bodies, names, Traditional characters, ranking,
// and an index that follows page replacement and survives a reopen.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { openStore } from '../../src/graph/open.ts';
import { readIndexHeader } from '../../src/graph/search/core.ts';
import { SEARCH_FILE } from '../../src/graph/storeFiles.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import type { App } from '../../src/server/app.ts';
import { gql } from './http.ts';
import { SEEDS, useSeededApp } from './seeded.ts';

const SEARCH = `query($q: String!, $first: Int, $kinds: [SearchKind!]) { search(query: $q, first: $first, kinds: $kinds) {
  score kind field snippet node { id ... on Article { headline } ... on Person { name } } } }`;

const search = async (app: App, q: string, vars: Record<string, unknown> = {}) => {
  const res = await gql(app, SEARCH, { q, first: 100, ...vars });
  expect(res.errors).toBeUndefined();
  return res.data.search as { score: number; kind: string; field: string; snippet: string; node: { id: string; headline?: string; name?: string } }[];
};

/** Articles whose headline or body holds `word`, read from the store. */
const articlesWith = async (store: GraphStore, word: string) =>
  new Set((await store.read('MATCH (a:Article) WHERE a.headline CONTAINS $w OR a.body CONTAINS $w RETURN a.id AS id', { w: word })).map((r) => String(r.id)));

describe('search over the seed pages', () => {
  const seeds = useSeededApp();

  it('finds a word of a headline, in the headline, marked', async () => {
    const headlines = (await seeds.seeded.store.read('MATCH (a:Article) WHERE a.headline CONTAINS $w RETURN a.id AS id', { w: '劳模' })).map((r) => String(r.id));
    expect(headlines).toHaveLength(1);
    const hits = await search(seeds.app, '劳模', { kinds: ['ARTICLE'] });
    expect(hits[0].node.id).toBe(headlines[0]);
    expect(hits[0].field).toBe('headline');
    expect(hits[0].snippet).toContain('【劳模】');
    expect(hits[0].snippet.replace(/[【】]/g, '')).toBe(hits[0].node.headline);
  });

  it('finds a word of a body: exactly the articles that hold it, each snippet marking it', async () => {
    const expected = await articlesWith(seeds.seeded.store, '笔试');
    expect(expected.size).toBeGreaterThan(0);
    const inHeadline = new Set((await seeds.seeded.store.read('MATCH (a:Article) WHERE a.headline CONTAINS $w RETURN a.id AS id', { w: '笔试' })).map((r) => String(r.id)));
    expect([...expected].filter((id) => !inHeadline.has(id)).length).toBeGreaterThan(0);
    const hits = await search(seeds.app, '笔试', { kinds: ['ARTICLE'] });
    expect(new Set(hits.map((h) => h.node.id))).toEqual(expected);
    for (const h of hits) {
      expect(h.field).toBe(inHeadline.has(h.node.id) ? 'headline' : 'body');
      expect(h.snippet).toContain('【笔试】');
    }
  });

  it('finds only texts that hold a word of three characters whole, not its pieces apart', async () => {
    // Every piece of 北京市总工会 (北京, 京市, 市总, 总工, 工会) is in more articles than the name itself.
    const whole = await articlesWith(seeds.seeded.store, '北京市总工会');
    const pieces = [...await articlesWith(seeds.seeded.store, '北京')].filter((id) => !whole.has(id));
    expect(pieces.length).toBeGreaterThan(0);
    const hits = await search(seeds.app, '北京市总工会', { kinds: ['ARTICLE'] });
    expect(new Set(hits.map((h) => h.node.id))).toEqual(whole);
  });

  it('finds a person by name, and by surname alone', async () => {
    const hits = await search(seeds.app, '赵丽君');
    expect(hits[0]).toMatchObject({ kind: 'PERSON', field: 'name', snippet: '【赵丽君】', node: { id: 'person:赵丽君', name: '赵丽君' } });
    // The articles that name her come after her.
    expect(new Set(hits.filter((h) => h.kind === 'ARTICLE').map((h) => h.node.id))).toEqual(await articlesWith(seeds.seeded.store, '赵丽君'));
    const people = (await seeds.seeded.store.read("MATCH (p:Person) WHERE p.name STARTS WITH '赵' RETURN p.id AS id")).map((r) => String(r.id));
    expect(people.length).toBeGreaterThan(1);
    expect(new Set((await search(seeds.app, '赵', { kinds: ['PERSON'] })).map((h) => h.node.id))).toEqual(new Set(people));
  });

  it('reads a Traditional query as Simplified: 趙麗君 finds 赵丽君', async () => {
    const traditional = await search(seeds.app, '趙麗君');
    expect(traditional[0].node.id).toBe('person:赵丽君');
    expect(traditional).toEqual(await search(seeds.app, '赵丽君'));
    expect(traditional.find((h) => h.kind === 'ARTICLE')!.snippet).toContain('【赵丽君】');
  });

  it('finds organizations by alias', async () => {
    const withAlias = (await seeds.seeded.store.read("MATCH (o:Organization) WHERE '市总工会' IN o.aliases RETURN o.id AS id")).map((r) => String(r.id));
    expect(withAlias.length).toBeGreaterThan(0);
    const hits = await search(seeds.app, '市总工会', { kinds: ['ORGANIZATION'] });
    for (const id of withAlias) expect(hits.map((h) => h.node.id)).toContain(id);
    expect(hits.every((h) => h.kind === 'ORGANIZATION' && h.snippet.includes('【市总工会】'))).toBe(true);
  });

  it('ranks an article with the word in its headline above one whose body names it once', async () => {
    const [inHeadline] = (await seeds.seeded.store.read('MATCH (a:Article) WHERE a.headline CONTAINS $w RETURN a.id AS id', { w: '劳模' })).map((r) => String(r.id));
    const once = (await seeds.seeded.store.read('MATCH (a:Article) WHERE NOT a.headline CONTAINS $w AND a.body CONTAINS $w RETURN a.id AS id, a.body AS body', { w: '劳模' }))
      .filter((r) => String(r.body).split('劳模').length === 2).map((r) => String(r.id));
    expect(once.length).toBeGreaterThan(0);
    const order = (await search(seeds.app, '劳模', { kinds: ['ARTICLE'] })).map((h) => h.node.id);
    for (const id of once) expect(order.indexOf(inHeadline)).toBeLessThan(order.indexOf(id));
  });

  it("answers the README's search and places examples as it shows them", async () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Search and places'), readme.indexOf('**Limits**'));
    const examples = [...section.matchAll(/```graphql\n([\s\S]*?)\n```\n```json\n([\s\S]*?)\n```/g)];
    expect(examples.length).toBe(5);
    for (const [, query, answer] of examples) {
      const res = await gql(seeds.app, query);
      expect(res.errors, query).toBeUndefined();
      expect(res.data, query).toMatchObject(JSON.parse(answer));
    }
  });

  it('keeps to `first` and `kinds`, and refuses an empty query or a `first` over 100', async () => {
    expect(await search(seeds.app, '工会', { first: 3 })).toHaveLength(3);
    expect((await search(seeds.app, '工会', { kinds: ['PERSON', 'PLACE'] })).every((h) => h.kind === 'PERSON' || h.kind === 'PLACE')).toBe(true);
    for (const [q, first] of [['  ', 5], ['工会', 101]] as const) {
      const res = await gql(seeds.app, SEARCH, { q, first });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    }
  });
});

describe('the search index beside the store file', () => {
  const PAGE = '000_9ff42864cecaacde.txt';
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kg-search-'));
    mkdirSync(join(tmp, 'pages'));
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(tmp, 'pages', f));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const original = () => readFileSync(join(SEEDS, PAGE), 'utf8');
  const writePage = (word: string, rename?: [string, string]) => {
    expect(original()).toContain('行政职业能力');
    const text = original().replace('行政职业能力', `${word}能力`);
    writeFileSync(join(tmp, 'pages', PAGE), rename ? text.replaceAll(rename[0], rename[1]) : text);
  };
  const others = () => readdirSync(SEEDS).filter((f) => f !== PAGE).map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');
  const people = async (store: GraphStore, q: string) => (await store.search!.find({ text: q, kinds: ['PERSON'], limit: 10 })).map((h) => h.id);
  const hitsOf = async (store: GraphStore, q: string) => (await store.search!.find({ text: q, kinds: ['ARTICLE'], limit: 10 })).map((h) => h.id);
  const open = (readOnly = false) => openStore({ dataDir: join(tmp, 'db'), neo4j: null }, { readOnly });

  it('drops the words of a page replaced, keeps the file in step, and catches up a file left behind', async () => {
    for (const w of ['翡翠鸬鹚', '琉璃鹈鹕']) expect(original()).not.toContain(w);
    writePage('翡翠鸬鹚');
    let store = await open();
    expect((await ingestPaths(store, [join(tmp, 'pages')])).ingested).toBe(5);
    const [article] = await hitsOf(store, '翡翠鸬鹚');
    expect(article).toMatch(/^article:000_/);
    const fileOfA = readFileSync(join(tmp, 'db', SEARCH_FILE));
    // A person only this page names: renamed in the new version, the old name's node goes, and its search hit with it.
    const only = (await store.read('MATCH (p:Person) RETURN p.name AS name')).map((r) => String(r.name))
      .find((n) => n.length === 3 && original().includes(n) && !others().includes(n) && !original().includes('鹭' + n.slice(1)))!;
    expect(only).toBeTruthy();
    const renamed = `${only[0]}鹭${only.slice(2)}`;
    expect(await people(store, only)).toEqual([`person:${only}`]);

    writePage('琉璃鹈鹕', [only, renamed]);
    expect((await ingestPaths(store, [join(tmp, 'pages')])).replaced).toBe(1);
    expect(await hitsOf(store, '翡翠鸬鹚')).toEqual([]);
    expect(await hitsOf(store, '琉璃鹈鹕')).toEqual([article]);
    expect(await store.read('MATCH (p:Person {name: $n}) RETURN p.id AS id', { n: only })).toEqual([]);
    expect(await people(store, only)).toEqual([]);
    expect(await people(store, renamed)).toEqual([`person:${renamed}`]);
    // Saved by the close at the latest: the file holds the page's new hash.
    const [{ hash }] = await store.read('MATCH (p:Page {id: $id}) RETURN p.hash AS hash', { id: `page:${PAGE}` });
    await store.close();
    const saved = new Map(readIndexHeader(join(tmp, 'db', SEARCH_FILE))!.pages);
    expect(saved.get(`page:${PAGE}`)).toBe(hash);
    expect(saved.size).toBe(5);

    // Read back from the file: the same answers.
    store = await open(true);
    expect(await hitsOf(store, '翡翠鸬鹚')).toEqual([]);
    expect(await hitsOf(store, '琉璃鹈鹕')).toEqual([article]);
    await store.close();

    // The file of before the replacement, put back: its page hash is not the store's, so the page is indexed anew on open.
    writeFileSync(join(tmp, 'db', SEARCH_FILE), fileOfA);
    store = await open();
    expect(await hitsOf(store, '翡翠鸬鹚')).toEqual([]);
    expect(await hitsOf(store, '琉璃鹈鹕')).toEqual([article]);
    await store.close();
    expect(readFileSync(join(tmp, 'db', SEARCH_FILE)).equals(fileOfA)).toBe(false);
  });

  it('fed by the writes, holds what an index rebuilt from the store holds', async () => {
    const dir = join(tmp, 'fed');
    let store = await openStore({ dataDir: dir, neo4j: null });
    expect((await ingestPaths(store, [SEEDS])).ingested).toBe(5);
    const names = (await store.read('MATCH (n) WHERE label(n) IN [\'Person\', \'Organization\', \'Place\'] RETURN n.name AS name, n.aliases AS aliases'))
      .flatMap((r) => [String(r.name), ...(Array.isArray(r.aliases) ? r.aliases.map(String) : [])]);
    const queries = [...new Set([...names, '劳模', '职工', '行政职业能力', '工会 服务'])];
    const answers = async () => {
      const out: string[] = [];
      for (const q of queries) for (const h of await store.search!.find({ text: q, kinds: [], limit: 100 })) out.push(`${q} ${h.id} ${h.score.toFixed(6)}`);
      return out;
    };
    const fed = await answers();
    await store.close();
    const saved = readIndexHeader(join(dir, SEARCH_FILE))! as Record<string, [string, unknown][]>;
    rmSync(join(dir, SEARCH_FILE));
    store = await openStore({ dataDir: dir, neo4j: null });
    const rebuilt = await answers();
    await store.close();
    const again = readIndexHeader(join(dir, SEARCH_FILE))! as Record<string, [string, unknown][]>;
    expect(fed.length).toBeGreaterThan(queries.length);
    expect(fed).toEqual(rebuilt);
    const sorted = (pairs: [string, unknown][]) => pairs.map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]).sort();
    for (const key of ['pages', 'pageArticles', 'entities']) expect(sorted(saved[key])).toEqual(sorted(again[key]));
  });

  it('is rebuilt from the store when the file is missing or unreadable', async () => {
    for (const spoil of [() => rmSync(join(tmp, 'db', SEARCH_FILE)), () => writeFileSync(join(tmp, 'db', SEARCH_FILE), '{"format":')]) {
      spoil();
      const store = await open();
      expect(existsSync(join(tmp, 'db', SEARCH_FILE))).toBe(true);
      expect(await hitsOf(store, '琉璃鹈鹕')).toHaveLength(1);
      expect((await store.search!.find({ text: '赵丽君', kinds: ['PERSON'], limit: 5 })).map((h) => h.id)).toEqual(['person:赵丽君']);
      await store.close();
    }
    expect(readdirSync(join(tmp, 'db')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
