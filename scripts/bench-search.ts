// The embedded search index over a folder of pages: the pages ingested into
// a fresh store in a temp directory (with the index kept up, and without, to
// show what keeping it costs), then the index rebuilt from the store, its file
// read back, its size, and the latency of searches for words of the stored
// headlines (two to four characters, drawn with a fixed seed).
//   npm run bench:search [-- DIR --queries 200]      (DIR: default seeds/)
//   npm run corpus -- --pages 1000 --out /tmp/corpus && npm run bench:search -- /tmp/corpus
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/graph/ingestFiles.ts';
import { LadybugStore } from '../src/graph/ladybug.ts';
import { openStore } from '../src/graph/open.ts';
import { EmbeddedSearch } from '../src/graph/search/embedded.ts';
import { SEARCH_FILE } from '../src/graph/storeFiles.ts';
import { numberArg } from './bench/goldCopies.ts';

const DIR = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')) ?? join(import.meta.dirname, '..', 'seeds');
const QUERIES = numberArg('queries', 200);
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const MiB = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;

/** A small fixed-seed generator: the same queries on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function ingestSecs(withIndex: boolean): Promise<{ secs: number; pages: number; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-search-'));
  const store = withIndex ? await openStore({ dataDir: dir, neo4j: null }) : await LadybugStore.open(dir);
  if (!withIndex) await store.migrate();
  const t0 = process.hrtime.bigint();
  const summary = await ingestPaths(store, [DIR]);
  const took = secs(t0);
  await store.close();
  return { secs: took, pages: summary.ingested, dir };
}

const bare = await ingestSecs(false);
rmSync(bare.dir, { recursive: true, force: true });
const kept = await ingestSecs(true);
console.log(`pages: ${kept.pages} from ${DIR}`);
console.log(`ingest without the index: ${bare.secs.toFixed(1)} s; with it kept up after each batch: ${kept.secs.toFixed(1)} s`);

const store = await LadybugStore.open(kept.dir);
const file = join(kept.dir, SEARCH_FILE);
try {
  rmSync(file);
  let t0 = process.hrtime.bigint();
  let search = await EmbeddedSearch.open(store, file);
  console.log(`index built from the store: ${secs(t0).toFixed(2)} s, ${await search.size()} documents, file ${MiB(statSync(file).size)} (store file ${MiB(statSync(join(kept.dir, 'graph.lbug')).size)})`);
  await search.close();
  t0 = process.hrtime.bigint();
  search = await EmbeddedSearch.open(store, file);
  console.log(`index read back from its file: ${secs(t0).toFixed(2)} s`);
  store.search = search;

  const headlines = (await store.read('MATCH (a:Article) WHERE a.headline IS NOT NULL RETURN a.headline AS h ORDER BY a.id')).map((r) => String(r.h)).filter((h) => h.length >= 4);
  const next = random(7);
  const queries = Array.from({ length: QUERIES }, () => {
    const h = headlines[Math.floor(next() * headlines.length)]!;
    const len = 2 + Math.floor(next() * 3);
    const at = Math.floor(next() * (h.length - len + 1));
    return h.slice(at, at + len);
  });
  const times: number[] = [];
  let hits = 0;
  for (const text of queries) {
    const q0 = process.hrtime.bigint();
    hits += (await search.find({ text, kinds: [], limit: 20 })).length;
    times.push(secs(q0) * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(`search (first: 20), ${QUERIES} words of headlines: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, ${(hits / QUERIES).toFixed(1)} hits each`);
} finally {
  await store.close();
  rmSync(kept.dir, { recursive: true, force: true });
}
