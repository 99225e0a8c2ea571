// The request deadline (KG_REQUEST_TIMEOUT_MS) on the embedded store: a
// request past it is answered TIMEOUT within the deadline and a margin, its
// reads are stopped in the store (the next request is not left waiting for
// them), and the server answers the next request normally. The store is a
// generated archive of 300 pages with one read connection, so reads left
// running would hold up the next request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/gen-corpus.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { createApp } from '../../src/server/app.ts';
import { gql } from './http.ts';

const TIMEOUT_MS = 150;
/** What answering takes beyond the deadline: the timer, the interrupted read's unwinding, a loaded machine. */
const MARGIN_MS = 1000;

let dir: string;
let store: LadybugStore;
let people: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-deadline-'));
  writeCorpus(join(dir, 'pages'), 300, 1);
  store = await LadybugStore.open(join(dir, 'store'), { readConnections: 1, bufferPoolMb: 256 });
  await store.migrate();
  const summary = await ingestPaths(store, [join(dir, 'pages')], {});
  if (summary.failed.length) throw new Error(`corpus ingest failed: ${JSON.stringify(summary.failed)}`);
  people = (await store.read('MATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 40')).map((r) => String(r.id));
}, 180_000);
afterAll(async () => { await store?.close(); rmSync(dir, { recursive: true, force: true }); });

/** 15 shortest-path searches at 6 hops, each between two other people: seconds of store work on one connection. */
const slowQuery = () => `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: path(from: "${people[i]}", to: "${people[39 - i]}", maxHops: 6) { length }`).join(' ')} }`;
/** Over the cost limit on purpose: what is tested is the deadline, not the limit. */
const limits = { maxCost: 1_000_000 };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

describe('the request deadline', () => {
  it('answers a request past it TIMEOUT in time, stops its reads, and answers the next request normally', async () => {
    const patient = createApp({ store, config: { ingestToken: null, requestTimeoutMs: 60_000 }, limits });
    const full = await timed(() => gql(patient, slowQuery()));
    expect(full.value.errors).toBeUndefined();
    // The query is slow enough to test with: several deadlines long.
    expect(full.ms).toBeGreaterThan(3 * TIMEOUT_MS);

    const hurried = createApp({ store, config: { ingestToken: null, requestTimeoutMs: TIMEOUT_MS }, limits });
    const cut = await timed(() => gql(hurried, slowQuery()));
    expect(cut.value.errors).toHaveLength(1);
    expect(cut.value.errors![0].extensions).toEqual({ code: 'TIMEOUT', limit: TIMEOUT_MS });
    expect(cut.value.errors![0].message).toMatch(`time limit of ${TIMEOUT_MS} ms`);
    expect(cut.ms).toBeLessThan(TIMEOUT_MS + MARGIN_MS);

    // The one read connection is free at once: the cut request's reads were stopped, not left to run.
    const next = await timed(() => gql(hurried, `{ node(id: "${people[0]}") { ... on Person { name } } }`));
    expect(next.value.errors).toBeUndefined();
    expect(next.value.data.node.name).toBe(people[0].replace(/^person:/, '').replace(/~\d+$/, ''));
    expect(next.ms).toBeLessThan(full.ms / 3);
  });
});

describe('LadybugStore reads with a deadline', () => {
  // Every pair of people whose names joined are some string: no index helps, about 10 million rows.
  const SLOW = 'MATCH (a:Person), (b:Person) WHERE a.name + b.name = "不存在" RETURN count(*) AS n';

  it('stops a read at its deadline with TIMEOUT, and a later read without one on the same connection runs to its end', async () => {
    const whole = await timed(() => store.read(SLOW));
    expect(whole.value).toEqual([{ n: 0 }]);
    // A deadline at a quarter of what the whole read takes on this machine now.
    const budget = Math.floor(whole.ms / 4);
    expect(budget).toBeGreaterThan(20);

    const cut = await timed(() => store.read(SLOW, {}, { deadline: Date.now() + budget }).then(() => null, (e) => e));
    expect(cut.value).toMatchObject({ code: 'TIMEOUT' });
    expect(cut.ms).toBeLessThan(budget + MARGIN_MS);

    // The connection's timeout is not left at the last deadline.
    expect(await store.read(SLOW)).toEqual([{ n: 0 }]);
  });

  it('does not start a read whose deadline has passed', async () => {
    await expect(store.read('MATCH (p:Person) RETURN count(*) AS n', {}, { deadline: Date.now() - 1 })).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});

describe('a deadline the store reaches first', () => {
  it('is the same one TIMEOUT answer when the stopped reads settle the request before the timer', async () => {
    // The deadline is already past when the first read would start: every read is refused by the store at once.
    const app = createApp({ store, config: { ingestToken: null, requestTimeoutMs: 1 }, limits });
    const res = await gql(app, slowQuery());
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'TIMEOUT', limit: 1 });
    expect(res.data ?? null).toBeNull();
  });
});
