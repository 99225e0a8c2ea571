// A request any web page could make a visitor's browser send unasked (a GET,
// a form or text POST) reaches GraphQL only with a header such a page cannot
// set; JSON POSTs, GraphiQL and the health checks are as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { CSRF_HEADERS } from '../../src/server/plugins/csrf.ts';

let dir: string;
let store: GraphStore;
let app: App;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-csrf-'));
  store = await openStore({ dataDir: dir, neo4j: null });
  app = createApp({ store, config: { ingestToken: null } });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERY = '{ stats { activityCount } }';
const get = (query: string, headers: Record<string, string> = {}) =>
  app.fetch(`http://api.test/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', ...headers } });

async function refused(res: Response) {
  expect(res.status).toBe(403);
  const body = await res.json();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
  expect(body.errors[0].message).toContain('graphql-require-preflight');
  expect(body.data).toBeUndefined();
}

describe('CSRF prevention on /graphql', () => {
  it.each([
    ['text/plain', JSON.stringify({ query: QUERY })],
    ['text/plain; charset=utf-8', JSON.stringify({ query: QUERY })],
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(QUERY)}`],
  ])('refuses a %s POST with 403 and FORBIDDEN', async (type, body) => {
    await refused(await app.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': type, origin: 'https://evil.example' }, body }));
  });

  it('refuses a multipart/form-data POST', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: QUERY }));
    form.set('map', '{}');
    await refused(await app.fetch('http://api.test/graphql', { method: 'POST', body: form }));
  });

  it('refuses a GET query or mutation without a preflight header', async () => {
    await refused(await get(QUERY));
    await refused(await get('mutation { __typename }'));
  });

  it.each(CSRF_HEADERS)('answers a GET query that carries %s', async (header) => {
    const res = await get(QUERY, { [header]: '1' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { activityCount: 0 } } });
  });

  it('answers a JSON POST, with no header, as always', async () => {
    const res = await app.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { activityCount: 0 } } });
  });

  it('leaves GraphiQL, /health and /ready to a plain GET', async () => {
    const page = await app.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    for (const path of ['/health', '/ready']) expect((await app.fetch(`http://api.test${path}`)).status, path).toBe(200);
  });
});
