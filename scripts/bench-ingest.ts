// Write speed of the ingester on the embedded store: the gold pages (with a
// body) copied under new file names until there are --pages pages, written
// into a fresh store in a temp directory; pages/s and relationships/s for a
// first ingest, a re-ingest of unchanged pages, and a re-ingest that replaces
// every page, with one page per transaction and with --batch pages per
// transaction (what `kg ingest` does). Median of several runs, each on a fresh store.
//   npm run bench:ingest [-- --runs 3 --pages 300 --batch 25]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExtractions } from '../src/graph/ingest.ts';
import { goldCopies, numberArg } from './bench/goldCopies.ts';
import { LadybugStore } from '../src/graph/ladybug.ts';
import { COUNT_NODES, COUNT_RELS } from '../src/graph/statements.ts';

const arg = numberArg;
const RUNS = arg('runs', 3);
const PAGES = arg('pages', 300);
const BATCH = arg('batch', 25);
const pages = goldCopies(PAGES);

async function run(batch: number) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const store = await LadybugStore.open(dir);
  await store.migrate();
  const pass = async (hash: string) => {
    const t0 = process.hrtime.bigint();
    let rels = 0;
    for (let i = 0; i < pages.length; i += batch) {
      const results = await writeExtractions(store, pages.slice(i, i + batch).map((extraction) => ({ extraction, hash })));
      rels += results.reduce((n, r) => n + r.relsCreated, 0);
    }
    return { secs: Number(process.hrtime.bigint() - t0) / 1e9, rels };
  };
  try {
    const first = await pass('a');
    const unchanged = await pass('a');
    const replaced = await pass('b');
    const nodes = Number((await store.read(COUNT_NODES))[0].n);
    const relsTotal = Number((await store.read(COUNT_RELS))[0].n);
    return { first, unchanged, replaced, nodes, relsTotal };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let header = false;
for (const batch of [1, BATCH]) {
  const results = [];
  for (let r = 0; r < RUNS; r++) results.push(await run(batch));
  if (!header) {
    console.log(`${PAGES} pages, graph of ${results[0].nodes} nodes and ${results[0].relsTotal} relationships, median of ${RUNS} runs, node ${process.version}, LadybugDB`);
    console.log(`${'pass'.padEnd(26)}${'pages/s'.padStart(10)}${'rels/s'.padStart(10)}${'median s'.padStart(10)}`);
    header = true;
  }
  for (const k of ['first', 'unchanged', 'replaced'] as const) {
    const secs = median(results.map((r) => r[k].secs));
    const rels = results[0][k].rels;
    const label = `${k} (${batch} page${batch > 1 ? 's' : ''}/tx)`;
    console.log(`${label.padEnd(26)}${(PAGES / secs).toFixed(0).padStart(10)}${(rels / secs).toFixed(0).padStart(10)}${secs.toFixed(2).padStart(10)}`);
  }
}
