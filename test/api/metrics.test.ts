// GET /metrics: what a scrape says after a few GraphQL requests and an
// ingest, checked against what the client got and what the store was asked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { GraphStore, Params, Row, Statement } from '../../src/graph/store.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { operationLabels } from '../../src/server/plugins/metrics.ts';
import { gql } from './http.ts';
import { parseMetrics, total, type Sample } from './prometheus.ts';
import { openSeededStore, SEEDS, type SeededStore } from './seeded.ts';

/** The real store, counting the calls the app makes on it. */
function counted(store: GraphStore) {
  const calls = { reads: 0, writes: 0 };
  const wrapped: GraphStore = {
    dialect: store.dialect,
    migrate: () => store.migrate(),
    close: () => store.close(),
    read: (cypher: string, params?: Params): Promise<Row[]> => { calls.reads++; return store.read(cypher, params); },
    write: (statements: Statement[]): Promise<Row[][]> => { calls.writes++; return store.write(statements); },
  };
  return { store: wrapped, calls };
}

const scrape = async (app: App): Promise<Sample[]> => {
  const res = await app.fetch('http://api.test/metrics');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await res.text());
};

const DEV_PAGES = join(import.meta.dirname, '..', 'dev', 'pages');
const page = (dir: string, file: string) => ({ file, content: readFileSync(join(dir, file)).toString('base64') });

let seeded: SeededStore;
beforeAll(async () => { seeded = await openSeededStore('gold'); });
afterAll(() => seeded.close());

describe('/metrics', () => {
  it('counts GraphQL operations, their errors by code, store calls and ingested pages', async () => {
    const { store, calls } = counted(seeded.store);
    const app = createApp({ store, config: { ingestToken: 'secret' } });
    const before = await scrape(app);
    expect(total(before, 'kg_store_call_seconds_count')).toBe(0);
    // The ingest series are there at zero before the first page, and so is the process's memory.
    expect(before.filter((s) => s.name === 'kg_ingest_pages_total').map((s) => s.value)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(total(before, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);

    const named = await gql(app, 'query PeopleCount { people { totalCount } }');
    const anonymous = await gql(app, '{ stats { activityCount } }');
    const overLimit = await gql(app, 'query TooMany { activities(first: 101) { edges { node { kind } } } }');
    const syntax = await gql(app, '{ people { totalCount ');
    expect(named.errors).toBeUndefined();
    expect(anonymous.errors).toBeUndefined();
    const codes = [...overLimit.errors!, ...syntax.errors!].map((e) => e.extensions?.code as string);
    expect(codes).toHaveLength(2);
    expect(codes[0]).toBe('BAD_REQUEST');

    const articlesBefore = Number((await seeded.store.read('MATCH (a:Article) RETURN count(a) AS n'))[0].n);
    const res = await app.fetch('http://api.test/ingest', {
      method: 'POST',
      headers: { authorization: 'Bearer secret', 'content-type': 'application/json' },
      body: JSON.stringify({ pages: [page(DEV_PAGES, 'h01.txt'), page(DEV_PAGES, 'h02.txt'), page(SEEDS, '000_9ff42864cecaacde.txt'), { file: 'empty.txt', content: '' }] }),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { results: { status: string }[]; failed: unknown[] };
    expect(answer.results.map((r) => r.status)).toEqual(['ingested', 'ingested', 'unchanged']);
    expect(answer.failed).toHaveLength(1);
    const articlesAdded = Number((await seeded.store.read('MATCH (a:Article) RETURN count(a) AS n'))[0].n) - articlesBefore;
    expect(articlesAdded).toBeGreaterThan(1);

    const after = await scrape(app);
    // Operations: each successful one under its name (an anonymous one as "Anonymous").
    expect(total(after, 'graphql_envelop_request', { operationName: 'PeopleCount', operationType: 'query' })).toBe(1);
    expect(total(after, 'graphql_envelop_request', { operationName: 'Anonymous' })).toBe(1);
    expect(total(after, 'graphql_envelop_request_duration_count', { operationName: 'PeopleCount' })).toBe(1);
    expect(total(after, 'graphql_yoga_http_duration_count', { operationName: 'PeopleCount', method: 'POST', statusCode: '200' })).toBe(1);
    // Errors: one each, under the code the client was given.
    for (const code of codes) expect(total(after, 'graphql_errors_total', { code }), code).toBe(1);
    expect(total(after, 'graphql_errors_total')).toBe(2);
    // Store calls: as many timed as the store was asked for, the pages' writes among them (one transaction per new page).
    expect(total(after, 'kg_store_call_seconds_count', { operation: 'read' })).toBe(calls.reads);
    expect(calls.reads).toBeGreaterThan(2);
    expect(total(after, 'kg_store_call_seconds_count', { operation: 'write', outcome: 'ok' })).toBe(2);
    expect(calls.writes).toBe(2);
    expect(total(after, 'kg_store_call_seconds_sum')).toBeGreaterThan(0);
    // Ingest: 2 pages stored with their articles, 1 unchanged, 1 failed.
    expect(total(after, 'kg_ingest_pages_total', { source: 'http', outcome: 'stored' })).toBe(2);
    expect(total(after, 'kg_ingest_pages_total', { source: 'http', outcome: 'unchanged' })).toBe(1);
    expect(total(after, 'kg_ingest_pages_total', { source: 'http', outcome: 'failed' })).toBe(1);
    expect(total(after, 'kg_ingest_articles_total', { source: 'http' })).toBe(articlesAdded);
    expect(total(after, 'kg_ingest_pages_total', { source: 'seed' })).toBe(0);
    // No label holds a query's text or a URL.
    expect(after.some((s) => 'url' in s.labels || Object.values(s.labels).some((v) => v.includes('{')))).toBe(false);
  });

  it('keeps apart the counts of two apps in one process', async () => {
    const one = createApp({ store: seeded.store, config: { ingestToken: null } });
    const two = createApp({ store: seeded.store, config: { ingestToken: null } });
    await gql(one, 'query Once { people { totalCount } }');
    expect(total(await scrape(one), 'graphql_envelop_request', { operationName: 'Once' })).toBe(1);
    expect(total(await scrape(two), 'graphql_envelop_request', { operationName: 'Once' })).toBe(0);
  });

  it('is not served with KG_METRICS=off, and the store is then called directly', async () => {
    const { store, calls } = counted(seeded.store);
    const app = createApp({ store, config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_METRICS: 'off' }) });
    expect((await app.fetch('http://api.test/metrics')).status).toBe(404);
    expect((await gql(app, '{ people { totalCount } }')).errors).toBeUndefined();
    expect(calls.reads).toBeGreaterThan(0);
  });
});

describe('operation name labels', () => {
  it('give the first names seen a series each and count the rest, and any over 100 characters, as "other"', () => {
    const label = operationLabels(2);
    expect(['x'.repeat(101), 'A', 'B', 'C', 'A', undefined, 'D', 'B'].map(label)).toEqual(['other', 'A', 'B', 'other', 'A', 'Anonymous', 'other', 'B']);
  });
});
