// What the embedded store's checkpoints cost a first ingest: the gold pages
// copied under new names until there are --pages, written --batch per
// transaction into a fresh store, under each checkpoint policy in turn (the
// policies take turns round after round, so that they share the machine's
// load). Time includes the close, which checkpoints what is left.
//   npm run bench:checkpoint [-- --runs 3 --pages 300 --batch 25]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExtractions } from '../src/graph/ingest.ts';
import { goldCopies, numberArg } from './bench/goldCopies.ts';
import { LadybugStore } from '../src/graph/ladybug.ts';

const arg = numberArg;
const RUNS = arg('runs', 3);
const PAGES = arg('pages', 300);
const BATCH = arg('batch', 25);
const pages = goldCopies(PAGES);

/** Checkpoint policies: the log size (MiB) after which a commit is followed by a checkpoint. */
const POLICIES: [string, number][] = [
  ['none until close', Number.MAX_SAFE_INTEGER],
  ['every batch', 0],
  ['log over 4 MiB', 4],
  ['log over 16 MiB (default)', 16],
  ['log over 64 MiB', 64],
];

async function run(checkpointMb: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  try {
    const store = await LadybugStore.open(dir, { checkpointMb, minFreeMb: 0 });
    await store.migrate();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < pages.length; i += BATCH) {
      await writeExtractions(store, pages.slice(i, i + BATCH).map((extraction) => ({ extraction, hash: 'a' })));
    }
    await store.close();
    return Number(process.hrtime.bigint() - t0) / 1e9;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const secs = new Map<string, number[]>(POLICIES.map(([name]) => [name, []]));
for (let r = 0; r < RUNS; r++) for (const [name, mb] of POLICIES) secs.get(name)!.push(await run(mb));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(secs.get(POLICIES[0][0])!);
console.log(`${PAGES} pages, ${BATCH} per transaction, median of ${RUNS} runs, node ${process.version}, LadybugDB`);
console.log(`${'checkpoint'.padEnd(28)}${'median s'.padStart(10)}${'pages/s'.padStart(10)}${'vs none'.padStart(10)}`);
for (const [name] of POLICIES) {
  const s = median(secs.get(name)!);
  console.log(`${name.padEnd(28)}${s.toFixed(2).padStart(10)}${(PAGES / s).toFixed(0).padStart(10)}${(s / base).toFixed(2).padStart(10)}`);
}
