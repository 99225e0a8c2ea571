// Stage (c), the timed side: opens the store read-only, asks each query
// through the app's fetch (in-process, no socket) and its raw Cypher straight
// on the store, and prints one line per query. It runs as a process of its
// own so that the benchmark can stop a query that runs too long and go on.
//   node --import tsx queryWorker.ts <store dir> <job.json> <first query index>
// Lines: `@@ {"start":i,"name":…}` before a query, `@@ {"tick":ms}` after each run, `@@ {"first":ms}`
// after its first, `@@ {"result":{…}}` after it, `@@ {"done":…}` at the end.
import { readFileSync } from 'node:fs';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/app.ts';
import { deepCursorOf, deepKey, querySpecs, type QuerySpec, type QuerySubjects } from './queries.ts';
import { percentile, peakRssMb } from './stats.ts';

export interface QueryJob {
  subjects: Omit<QuerySubjects, 'deepOffset' | 'deepCursor'>;
  runs: number;
  /** A first run slower than this is not repeated. */
  slowMs: number;
  /** Repeats stop once they have taken this long (the runs done are reported). */
  budgetMs: number;
}

export interface QueryResult {
  name: string;
  runs: number;
  first_ms: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  raw_first_ms: number | null;
  raw_p50_ms: number | null;
  /** Store reads per request. */
  round_trips: number | null;
  raw_statements: number;
  /** The first run took longer than the slow limit: it was not repeated. */
  slow?: boolean;
  /** A run was still going after `cap_s` seconds and was stopped (`first_ms` is 0 when it was the first). */
  timed_out?: boolean;
  cap_s?: number;
  error?: string;
}

const say = (o: unknown) => process.stdout.write(`@@ ${JSON.stringify(o)}\n`);

async function main() {
  const [dir, jobFile, from] = process.argv.slice(2);
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as QueryJob;
  const real = await openStore({ dataDir: dir, neo4j: null }, { readOnly: true });
  let reads = 0;
  const store: GraphStore = {
    dialect: real.dialect, migrate: () => real.migrate(), write: (s) => real.write(s), close: () => real.close(),
    read: (c, p) => { reads++; return real.read(c, p); },
    ...(real.readEach ? { readEach: (c: string, sets: Record<string, unknown>[]) => { reads++; return real.readEach!(c, sets); } } : {}),
  };
  const app = createApp({ store, config: { ingestToken: null, logLevel: 'silent' } });
  const ask = async (query: string) => {
    const res = await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; ').slice(0, 300));
    return body.data;
  };
  // The deep page of the article list: nine tenths down it.
  let total = 0;
  try {
    const first = await ask(`{ articles(filter: { district: ${JSON.stringify(job.subjects.district)} }, first: 1) { totalCount } }`) as { articles: { totalCount: number } };
    total = first.articles.totalCount;
  } catch { /* the list query is timed (and its error reported) below */ }
  const deepOffset = Math.floor(total * 0.9);
  // Cursors are sort keys: the one a client holds there is the key of the article before that place.
  let deepCursor: string | null = null;
  if (deepOffset > 0) {
    const key = deepKey(job.subjects.district, deepOffset - 1);
    deepCursor = deepCursorOf((await real.read(key.cypher, key.params))[0]);
  }
  const specs = querySpecs({ ...job.subjects, deepOffset, deepCursor });
  say({ deep_offset: Math.floor(total * 0.9), of_articles: total });
  for (let i = Number(from) || 0; i < specs.length; i++) {
    say({ start: i, name: specs[i].name, of: specs.length });
    say({ result: await timeQuery(specs[i], job, ask, store, () => reads, (n) => { reads = n; }) });
  }
  say({ done: true, peak_rss_mb: peakRssMb() });
  await real.close();
}

async function timeQuery(
  spec: QuerySpec, job: QueryJob, ask: (q: string) => Promise<unknown>, store: GraphStore,
  getReads: () => number, setReads: (n: number) => void,
): Promise<QueryResult> {
  const out: QueryResult = {
    name: spec.name, runs: 0, first_ms: 0, p50_ms: null, p95_ms: null, p99_ms: null,
    raw_first_ms: null, raw_p50_ms: null, round_trips: null, raw_statements: spec.raw.length,
  };
  const timed = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    say({ tick: ms }); // each run shows the watcher that the worker is alive
    return ms;
  };
  // `runs` times, or fewer when they take more than the budget in all.
  const repeat = async (fn: () => Promise<unknown>) => {
    const ms: number[] = [];
    const t0 = performance.now();
    while (ms.length < job.runs && (ms.length === 0 || performance.now() - t0 < job.budgetMs)) ms.push(await timed(fn));
    return ms;
  };
  try {
    setReads(0);
    out.first_ms = await timed(() => ask(spec.graphql));
    say({ first: out.first_ms });
    out.round_trips = getReads();
    if (out.first_ms > job.slowMs) out.slow = true;
    else {
      setReads(0);
      const ms = await repeat(() => ask(spec.graphql));
      out.runs = ms.length;
      out.round_trips = getReads() / ms.length;
      out.p50_ms = percentile(ms, 0.5);
      out.p95_ms = percentile(ms, 0.95);
      out.p99_ms = percentile(ms, 0.99);
    }
  } catch (e) {
    out.error = (e as Error).message;
  }
  if (spec.raw.length === 0) return out;
  const raw = async () => { for (const s of spec.raw) await store.read(s.cypher, s.params ?? {}); };
  try {
    out.raw_first_ms = await timed(raw);
    if (out.raw_first_ms <= job.slowMs) out.raw_p50_ms = percentile(await repeat(raw), 0.5);
  } catch (e) {
    out.error = `${out.error ? `${out.error}; ` : ''}raw: ${(e as Error).message.slice(0, 300)}`;
  }
  return out;
}

await main();
