// Speed of `kg ingest` as a user runs it, by number of extraction threads: the
// seed pages and test/dev/pages copied under new names until there are --pages
// pages, ingested by `node bin/kg.js ingest` into a fresh store in a temp
// directory with KG_EXTRACT_WORKERS=0 (main thread), 1, 2 (or --workers 0,1,2,4).
// Pages/s over the whole command (start, extraction, writes, close), median of --runs.
//   npm run bench:kg-ingest [-- --runs 3 --pages 300 --workers 0,1,2]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './bench/goldCopies.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = numberArg('runs', 3);
const PAGES = numberArg('pages', 300);
const at = process.argv.indexOf('--workers');
const WORKERS = (at >= 0 ? process.argv[at + 1]! : '0,1,2').split(',').map(Number);

const sources = ['seeds', 'test/dev/pages'].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, d, f)));
const tmp = mkdtempSync(join(tmpdir(), 'kg-bench-ingest-'));
const pages = join(tmp, 'pages');
mkdirSync(pages);
for (let i = 0; i < PAGES; i++) {
  const src = sources[i % sources.length]!;
  copyFileSync(src, join(pages, `${String(i).padStart(5, '0')}_${src.split('/').pop()}`));
}

function run(workers: number, n: number): number {
  const data = join(tmp, `data-${workers}-${n}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'ingest', pages, '--data', data, '-q'], {
    cwd: ROOT, env: { ...process.env, KG_EXTRACT_WORKERS: String(workers), NEO4J_URI: '', KG_INGEST_TOKEN: '' }, encoding: 'utf8',
  });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  rmSync(data, { recursive: true, force: true });
  if (r.status !== 0 || !r.stdout.includes(`ingested: ${PAGES} (new ${PAGES}`)) {
    throw new Error(`kg ingest with KG_EXTRACT_WORKERS=${workers} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return PAGES / secs;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  console.log(`kg ingest of ${PAGES} pages (${sources.length} distinct), ${availableParallelism()} cores, median of ${RUNS} runs`);
  const rates = new Map<number, number[]>(WORKERS.map((w) => [w, []]));
  // Runs interleaved, so that a busy spell on a shared machine touches every setting alike.
  for (let n = 0; n < RUNS; n++) for (const w of WORKERS) rates.get(w)!.push(run(w, n));
  const base = median(rates.get(WORKERS[0]!)!);
  for (const w of WORKERS) {
    const m = median(rates.get(w)!);
    console.log(`KG_EXTRACT_WORKERS=${w}: ${m.toFixed(1)} pages/s (${rates.get(w)!.map((r) => r.toFixed(1)).join(', ')}), ${(m / base).toFixed(2)}× KG_EXTRACT_WORKERS=${WORKERS[0]}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
