// Load on a running server: `kg serve --seed-if-empty` is started on a free
// port of 127.0.0.1 over a fresh store of seeds/, and each README example
// query is sent by autocannon at 10 and then 50 connections for `--duration`
// seconds. The whole round runs twice, so memory that grows with the work
// (a leak) shows as the server's RSS going on up after the second round
// rather than settling. Requests/s, p50/p99 latency and errors (non-2xx,
// socket errors, timeouts; GraphQL errors in every 10th body) go to a table
// and to load-results.json.
//   npm run load [-- --duration 10] [--out load-results.json]
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXAMPLE_QUERIES } from '../src/api/examples.ts';
import { machine } from './bench/stats.ts';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const duration = Number(arg('duration') ?? 10);
if (!Number.isFinite(duration) || duration <= 0) throw new Error(`--duration must be a number of seconds, got "${arg('duration')}"`);
const out = resolve(arg('out') ?? 'load-results.json');
const CONNECTIONS = [10, 50];
/** One body in this many is read for GraphQL errors. */
const SAMPLE_EVERY = 10;
const repo = resolve(import.meta.dirname, '..');

/** The server's JavaScript heap in use, in MB, from its /metrics (null with KG_METRICS=off): RSS growing with it points at JavaScript, without it at native memory. */
async function heapMb(url: string): Promise<number | null> {
  const res = await fetch(url.replace(/\/graphql$/, '/metrics'));
  if (!res.ok) return null;
  const used = /^nodejs_heap_size_used_bytes (\S+)$/m.exec(await res.text())?.[1];
  return used ? Number(used) / 2 ** 20 : null;
}

/** Resident memory of a process, in MB: /proc where there is one, else ps. */
function rssMb(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch { /* no /proc: ps below */ }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

interface Server { url: string; pid: number; stop(): Promise<void> }

/** `kg serve` as a user starts it, on a free port; resolves once it listens. */
async function startServer(dataDir: string): Promise<Server> {
  const { NEO4J_URI: _n, KG_INGEST_TOKEN: _t, PORT: _p, ...env } = process.env;
  // Its log lines (one per request, at the default level) are written and thrown away, as a log shipper would take them.
  const child = spawn(process.execPath, [join(repo, 'bin', 'kg.js'), 'serve', '--port', '0', '--data', dataDir, '--seed-if-empty'], {
    cwd: repo, env, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setInterval(() => {
      const found = /GraphQL at http:\/\/localhost:(\d+)\/graphql/.exec(stderr);
      if (found) { clearInterval(timer); resolveUrl(`http://127.0.0.1:${found[1]}/graphql`); }
    }, 100);
    exited.then((code) => { clearInterval(timer); reject(new Error(`kg serve exited (${code}) before listening:\n${stderr}`)); });
  });
  return {
    url,
    pid: child.pid!,
    async stop() { child.kill('SIGTERM'); await exited; },
  };
}

interface Run {
  query: string;
  connections: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  sampled: number;
  graphqlErrors: number;
}

const headers = { 'content-type': 'application/json', accept: 'application/json' };

/** One query, answered once without error before it is loaded: a broken query would make the figures meaningless. */
async function check(url: string, title: string, query: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`${title}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
}

async function load(url: string, title: string, query: string, connections: number): Promise<Run> {
  let seen = 0, sampled = 0, graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [{
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
      onResponse: (_status: number, body: string) => {
        if (++seen % SAMPLE_EVERY !== 0) return;
        sampled++;
        // A top-level "errors" key: inside data, a quote would be escaped.
        if (body.includes('"errors":')) graphqlErrors++;
      },
    }],
  });
  return {
    query: title,
    connections,
    // Answers over the run's time: a per-second average drops the answers of a last, partial second.
    requestsPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    sampled,
    graphqlErrors,
  };
}

function table(first: Run[], second: Run[]): string {
  const lines = [
    '| query | connections | answers | req/s | p50 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  first.forEach((a, i) => {
    const b = second[i];
    const errors = a.non2xx + a.socketErrors + a.timeouts + a.graphqlErrors + b.non2xx + b.socketErrors + b.timeouts + b.graphqlErrors;
    lines.push(`| ${a.query} | ${a.connections} | ${a.requests}, ${b.requests} | ${a.requestsPerSec.toFixed(0)}, ${b.requestsPerSec.toFixed(0)} | ${a.p50Ms}, ${b.p50Ms} | ${a.p99Ms}, ${b.p99Ms} | ${errors} |`);
  });
  return lines.join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
let server: Server | undefined;
try {
  const started = performance.now();
  server = await startServer(dir);
  const seededS = (performance.now() - started) / 1000;
  for (const e of EXAMPLE_QUERIES) await check(server.url, e.title, e.query);
  const rss: Record<string, number> = { before: rssMb(server.pid) };
  const heap: Record<string, number | null> = { before: await heapMb(server.url) };
  const rounds: Run[][] = [];
  for (const round of [1, 2]) {
    const runs: Run[] = [];
    for (const e of EXAMPLE_QUERIES) {
      for (const c of CONNECTIONS) {
        const r = await load(server.url, e.title, e.query, c);
        runs.push(r);
        console.error(`round ${round}: ${e.title}, ${c} connections: ${r.requestsPerSec.toFixed(0)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
      }
    }
    rounds.push(runs);
    const when = round === 1 ? 'afterFirstRound' : 'afterSecondRound';
    rss[when] = rssMb(server.pid);
    heap[when] = await heapMb(server.url);
  }
  const m = machine();
  const report = { date: new Date().toISOString(), machine: m, durationS: duration, connections: CONNECTIONS, sampleEvery: SAMPLE_EVERY, seededS, rssMb: rss, heapUsedMb: heap, rounds };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`${report.date.slice(0, 10)}, ${m.cpu}, ${m.cores} cores, node ${m.node}; ${duration} s per run, two rounds\n`);
  console.log(table(rounds[0], rounds[1]));
  const mb = (v: number | null) => (v === null ? '-' : v.toFixed(0));
  console.log(`\nserver RSS (JS heap in use): ${mb(rss.before)} MB (${mb(heap.before)}) before, ${mb(rss.afterFirstRound)} MB (${mb(heap.afterFirstRound)}) after the first round, ${mb(rss.afterSecondRound)} MB (${mb(heap.afterSecondRound)}) after the second`);
  console.log(`each cell: first round, second round; errors: non-2xx, socket errors, timeouts, and GraphQL errors in 1 body of ${SAMPLE_EVERY}, both rounds; figures: ${out}`);
  const failed = rounds.flat().some((r) => r.non2xx + r.socketErrors + r.timeouts + r.graphqlErrors > 0);
  if (failed) process.exitCode = 1;
} finally {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
