// Which pages of other sites a browser lets read the API's answers
// (KG_CORS_ORIGINS): none by default, the listed ones with credentials, any
// with `*` but never with credentials; /ingest takes its bearer token and
// nothing a browser sends by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/app.ts';

let dir: string;
let store: GraphStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cors-'));
  store = await openStore({ dataDir: dir, neo4j: null });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const app = (env: Record<string, string> = {}) => createApp({ store, config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir, ...env }) });

/** A JSON POST of `{ __typename }` from a page at `origin`. */
const query = (origin: string) => ({
  method: 'POST',
  headers: { origin, 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ __typename }' }),
});

/** The preflight a browser sends before such a POST from `origin` to `path`. */
const preflight = (origin: string, headers = 'content-type') => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
});

const cors = (res: Response) => ({
  origin: res.headers.get('access-control-allow-origin'),
  credentials: res.headers.get('access-control-allow-credentials'),
});

describe('CORS', () => {
  it('by default lets no other origin read: no Access-Control-Allow-Origin, even on a preflight', async () => {
    const open = app();
    const res = await open.fetch('http://api.test/graphql', query('https://evil.example'));
    expect(res.status).toBe(200);
    expect(cors(res)).toEqual({ origin: null, credentials: null });
    const pre = await open.fetch('http://api.test/graphql', preflight('https://evil.example'));
    expect(pre.status).toBe(204);
    expect([cors(pre).origin, pre.headers.get('access-control-allow-methods'), pre.headers.get('access-control-allow-headers')]).toEqual([null, null, null]);
  });

  it('answers a listed origin as itself, with credentials; an unlisted one gets neither', async () => {
    const listed = app({ KG_CORS_ORIGINS: 'https://dash.example, http://localhost:3000' });
    for (const origin of ['https://dash.example', 'http://localhost:3000']) {
      const res = await listed.fetch('http://api.test/graphql', query(origin));
      expect(cors(res)).toEqual({ origin, credentials: 'true' });
      expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
    for (const origin of ['https://evil.example', 'https://dash.example.evil.example', 'http://dash.example', 'null']) {
      const res = await listed.fetch('http://api.test/graphql', query(origin));
      expect(cors(res), origin).toEqual({ origin: null, credentials: null });
      expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
  });

  it('grants a listed origin\'s preflight the methods and headers it asks for, and refuses an unlisted one\'s', async () => {
    const listed = app({ KG_CORS_ORIGINS: 'https://dash.example' });
    const pre = await listed.fetch('http://api.test/graphql', preflight('https://dash.example', 'content-type, graphql-require-preflight'));
    expect(pre.status).toBe(204);
    expect(cors(pre)).toEqual({ origin: 'https://dash.example', credentials: 'true' });
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type, graphql-require-preflight');
    expect(pre.headers.get('access-control-max-age')).toBe('600');
    const other = await listed.fetch('http://api.test/graphql', preflight('https://evil.example'));
    expect([cors(other).origin, other.headers.get('access-control-allow-methods')]).toEqual([null, null]);
  });

  it('with * lets any origin read, and never says credentials', async () => {
    const any = app({ KG_CORS_ORIGINS: '*' });
    const res = await any.fetch('http://api.test/graphql', query('https://anyone.example'));
    expect(cors(res)).toEqual({ origin: '*', credentials: null });
    const pre = await any.fetch('http://api.test/graphql', preflight('https://anyone.example'));
    expect(cors(pre)).toEqual({ origin: '*', credentials: null });
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
  });
});

describe('/ingest from a browser', () => {
  it('grants no preflight to a foreign origin unless it is listed', async () => {
    for (const env of [{}, { KG_CORS_ORIGINS: 'https://dash.example' }] as Record<string, string>[]) {
      const res = await app({ ...env, KG_INGEST_TOKEN: 'secret' }).fetch('http://api.test/ingest', preflight('https://evil.example', 'authorization, content-type'));
      expect([cors(res).origin, res.headers.get('access-control-allow-headers')]).toEqual([null, null]);
    }
    const listed = await app({ KG_CORS_ORIGINS: 'https://dash.example', KG_INGEST_TOKEN: 'secret' })
      .fetch('http://api.test/ingest', preflight('https://dash.example', 'authorization, content-type'));
    expect(cors(listed).origin).toBe('https://dash.example');
  });

  it('takes only its bearer token: cookies and other credentials a browser adds are no way in', async () => {
    const ingest = app({ KG_INGEST_TOKEN: 'secret' });
    const pages = JSON.stringify({ pages: [] });
    for (const headers of [
      { cookie: 'token=secret; session=secret', origin: 'https://evil.example' },
      { authorization: `Basic ${Buffer.from('kg:secret').toString('base64')}` },
    ]) {
      const res = await ingest.fetch('http://api.test/ingest', { method: 'POST', headers, body: pages });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(cors(res).origin).toBeNull();
    }
    const ok = await ingest.fetch('http://api.test/ingest', { method: 'POST', headers: { authorization: 'Bearer secret', 'content-type': 'application/json' }, body: pages });
    expect(ok.status).not.toBe(401);
  });
});
