// The explore page over HTTP, in-process: the page and its script (bundled by
// esbuild on the first request) with ETags, off with KG_EXPLORE=off; and its
// neighbourhood queries against the seeded store, merged as the page merges
// them. The page in a browser: test/browser/explore.test.ts.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ExploreGraph, EDGE_TYPES, inRange, type NeighbourhoodData } from '../../src/explore/graph.ts';
import { NEIGHBOURHOOD, SEARCH } from '../../src/explore/queries.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { openSeededStore, type SeededStore } from './seeded.ts';

let seeded: SeededStore;
let app: App;
beforeAll(async () => {
  seeded = await openSeededStore();
  app = createApp({ store: seeded.store, config: { ingestToken: null } });
});
afterAll(async () => { await seeded?.close(); });

const get = (path: string, headers: Record<string, string> = {}, to = () => app) => to().fetch(`http://api.test${path}`, { headers });

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await app.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

describe('GET /explore', () => {
  it('serves the page, which loads its script from this server only', async () => {
    const res = await get('/explore', { accept: 'text/html' });
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const html = await res.text();
    const sources = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['/explore/app.js']);
  });

  it('bundles the script with Cytoscape.js on first request, then answers 304 to its ETag', async () => {
    const res = await get('/explore/app.js', { 'accept-encoding': 'gzip' });
    expect([res.status, res.headers.get('content-type'), res.headers.get('content-encoding')]).toEqual([200, 'text/javascript; charset=utf-8', 'gzip']);
    const js = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    // Cytoscape's own error text, and the page's query, are in the bundle: nothing is left to import.
    expect(js).toContain('cytoscape');
    expect(js).toContain('query Neighbourhood');
    expect(js).not.toMatch(/\bimport\s*\(|^import /m);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+-gzip"$/);
    const again = await get('/explore/app.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect([again.status, await again.text()]).toEqual([304, '']);
    const plain = await get('/explore/app.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(js);
  });

  it('is listed at / while on; with KG_EXPLORE=off it is neither served nor listed', async () => {
    expect(Object.keys((await (await get('/', { accept: 'application/json' })).json()).endpoints)).toContain('/explore');
    const off = createApp({ store: seeded.store, config: loadConfig({ KG_EXPLORE: 'off', KG_DATA_DIR: seeded.dir }) });
    for (const path of ['/explore', '/explore/app.js']) {
      const res = await off.fetch(`http://api.test${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
      expect((await res.json()).errors[0]).toMatchObject({ message: expect.stringContaining('KG_EXPLORE'), extensions: { code: 'NOT_FOUND' } });
    }
    const root = await (await off.fetch('http://api.test/', { headers: { accept: 'application/json' } })).json();
    expect(Object.keys(root.endpoints)).not.toContain('/explore');
  });
});

describe('the neighbourhood queries over the seed pages', () => {
  const expand = async (g: ExploreGraph, id: string) => {
    const { node } = await gql<{ node: NeighbourhoodData }>(NEIGHBOURHOOD, { id });
    expect(node.id).toBe(id);
    g.merge(node);
  };
  const all = { types: new Set(EDGE_TYPES) };

  it('finds 赵丽君 by name search', async () => {
    const r = await gql<{ people: { edges: { node: { id: string } }[] } }>(SEARCH, { text: '赵丽君' });
    expect(r.people.edges.map((e) => e.node.id)).toEqual(['person:赵丽君']);
  });

  it('draws her titles at 北京市总工会 as one edge stated by two articles, and its expansion brings 王敬东', async () => {
    const g = new ExploreGraph();
    await expand(g, 'person:赵丽君');
    const edge = g.view(all).edges.find((e) => e.id === 'person:赵丽君|HOLDS_POSITION|org:北京市总工会')!;
    // Seed pages 001 (article 1, the inspection) and 003 (article 0, the singing contest) both call her 党组成员、副主席.
    expect([edge.label, edge.count]).toEqual(['党组成员、副主席', 2]);
    expect(edge.evidence[0].text).toContain('北京市总工会党组成员、副主席赵丽君');
    expect(g.nodes.has('person:王敬东')).toBe(false);
    await expand(g, 'org:北京市总工会');
    expect(g.nodes.get('person:王敬东')).toMatchObject({ type: 'Person', title: '王敬东' });
    expect(g.view(all).edges.find((e) => e.id === 'person:王敬东|HOLDS_POSITION|org:北京市总工会')?.label).toBe('党组成员、副主席、一级巡视员');
  });

  it('answers for a district, an activity, an article and a place within the query limits', async () => {
    const g = new ExploreGraph();
    await expand(g, 'district:东城区');
    const types = new Set([...g.nodes.values()].map((n) => n.type));
    expect([...types].sort()).toEqual(['Activity', 'District', 'Organization', 'Place']);
    const activities = [...g.nodes.values()].filter((n) => n.type === 'Activity');
    expect(g.view(all).edges.some((e) => e.type === 'PARTICIPATED_IN')).toBe(false);
    for (const a of activities) await expand(g, a.id);
    await expand(g, activities[0].id.replace(/^activity:/, 'article:'));
    await expand(g, [...g.nodes.values()].find((n) => n.type === 'Place')!.id);
    // The activities' participants come with their expansion.
    expect(g.view(all).edges.filter((e) => e.type === 'PARTICIPATED_IN').length).toBeGreaterThan(0);
  });
});

describe('the drawn graph under a filter', () => {
  const g = new ExploreGraph();
  g.node('p', 'Person', 'p');
  g.node('o', 'Organization', 'o');
  g.node('a', 'Activity', 'a');
  g.edge('p', 'HOLDS_POSITION', 'o', { labels: ['主席'], articles: [['article:1', '2024-05-01'], ['article:2', '2024-06-15']] });
  g.edge('p', 'HOLDS_POSITION', 'o', { labels: ['主席', '党组书记'], articles: [['article:2', '2024-06-15']] });
  g.edge('p', 'PARTICIPATED_IN', 'a', { labels: ['出席'], articles: [['article:3', null]] });
  const shown = (from?: string, to?: string, types = EDGE_TYPES as readonly string[]) =>
    g.view({ from, to, types: new Set(types) as never }).edges.map((e) => `${e.type}:${e.count}:${e.label}`);

  it.each([
    [undefined, undefined, ['HOLDS_POSITION:2:主席、党组书记', 'PARTICIPATED_IN:1:出席']],
    ['2024-06-01', undefined, ['HOLDS_POSITION:1:主席、党组书记']],
    [undefined, '2024-05-31', ['HOLDS_POSITION:1:主席、党组书记']],
    ['2024-07-01', '2024-12-31', []],
  ])('from %s to %s: %j', (from, to, expected) => {
    expect(shown(from, to)).toEqual(expected);
  });

  it('keeps to the relationship types asked for, and keeps the roots', () => {
    expect(shown(undefined, undefined, ['PARTICIPATED_IN'])).toEqual(['PARTICIPATED_IN:1:出席']);
    g.roots.add('o');
    expect(g.view({ types: new Set(['PARTICIPATED_IN']) }).nodes.map((n) => n.id).sort()).toEqual(['a', 'o', 'p']);
  });

  it('counts a day inside the range, both ends included, and no undated fact once a range is set', () => {
    expect([inRange('2024-05-01', { from: '2024-05-01', to: '2024-05-01' }), inRange(null, {}), inRange(null, { from: '2024-01-01' })]).toEqual([true, true, false]);
  });
});
