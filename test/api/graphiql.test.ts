// The GraphiQL page (about 9 MB): compressed once per encoding the browser
// takes, sent with an ETag (304 when the browser has it), and not served at
// all, nor pointed to from /, with KG_GRAPHIQL=off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { pickEncoding } from '../../src/server/plugins/graphiql.ts';

let dir: string;
let store: GraphStore;
let app: App;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-graphiql-'));
  store = await openStore({ dataDir: dir, neo4j: null });
  app = createApp({ store, config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir }) });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = (headers: Record<string, string> = {}, to = app) =>
  to.fetch('http://api.test/graphql', { headers: { accept: 'text/html,application/xhtml+xml', ...headers } });

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the GraphiQL page', () => {
  let raw: Buffer;
  beforeAll(async () => { raw = await bytes(await page()); });

  it('goes out whole to a browser that takes no compression, with a validator and Cache-Control', async () => {
    const res = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+-identity"$/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(raw.length).toBeGreaterThan(5_000_000);
    expect(raw.toString('utf8')).toContain('<title>union-news-graph</title>');
  });

  it.each([
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip;q=0.8', 'gzip', gunzipSync],
  ] as const)('Accept-Encoding %s: %s, under a third of the page, and the page once decompressed', async (accept, encoding, decompress) => {
    const res = await page({ 'accept-encoding': accept });
    expect(res.headers.get('content-encoding')).toBe(encoding);
    const body = await bytes(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(raw.length / 3);
    expect(decompress(body).equals(raw)).toBe(true);
    expect(res.headers.get('etag')).toBe(`${res.headers.get('etag')!.replace(/-\w+"$/, '')}-${encoding}"`);
  });

  it('is compressed once: a second request sends the same bytes, at once', async () => {
    const fresh = createApp({ store, config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir }) });
    let t = performance.now();
    const first = await bytes(await page({ 'accept-encoding': 'br' }, fresh));
    const firstMs = performance.now() - t;
    t = performance.now();
    const second = await bytes(await page({ 'accept-encoding': 'br' }, fresh));
    expect(second.equals(first)).toBe(true);
    expect(performance.now() - t).toBeLessThan(firstMs / 2);
  });

  it('answers 304, with no body, to a browser that has it (If-None-Match), and 200 to one whose copy is another', async () => {
    const etag = (await page({ 'accept-encoding': 'gzip' })).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"old", ${etag}`, '*']) {
      const res = await page({ 'accept-encoding': 'gzip', 'if-none-match': ifNoneMatch });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect((await bytes(res)).length).toBe(0);
    }
    expect((await page({ 'accept-encoding': 'gzip', 'if-none-match': '"old"' })).status).toBe(200);
    // The gzip copy's tag is not the brotli copy's.
    expect((await page({ 'accept-encoding': 'br', 'if-none-match': etag })).status).toBe(200);
  });

  it('picks brotli, then gzip, else none, as Accept-Encoding allows', () => {
    expect([null, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0'].map(pickEncoding)).toEqual(Array(6).fill('identity'));
    expect(['br', 'gzip, br', '*', 'BR;q=0.1'].map(pickEncoding)).toEqual(['br', 'br', 'br', 'br']);
    expect(['gzip', 'br;q=0, *', 'x-gzip, gzip;q=0.5'].map(pickEncoding)).toEqual(['gzip', 'gzip', 'gzip']);
  });
});

describe('KG_GRAPHIQL=off', () => {
  it('serves no page at /graphql and sends no browser there from /', async () => {
    const off = createApp({ store, config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir, KG_GRAPHIQL: 'off' }) });
    const res = await page({}, off);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: 'GraphiQL is off on this server (KG_GRAPHIQL); GraphQL takes a JSON POST here', extensions: { code: 'NOT_FOUND' } }] });
    const root = await off.fetch('http://api.test/', { headers: { accept: 'text/html' } });
    expect([root.status, root.headers.get('location')]).toEqual([200, null]);
    expect(JSON.stringify(await root.json())).not.toContain('GraphiQL');
    // GraphQL itself is still there.
    const q = await off.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await q.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
