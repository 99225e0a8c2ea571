// Stage (b): the ingester writing the corpus into a fresh embedded store
// (reading, extracting and writing, as `kg ingest` does), timed per tenth of
// the pages (whole batches of the ingester) so that a slowdown as the store
// grows shows; beside it, the same rows loaded in bulk with LadybugDB's COPY
// into a fresh store of the same schema. Store sizes on disk are taken after
// each store is closed.
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compactStore } from '../../src/graph/compact.ts';
import { schemaStatements } from '../../src/graph/dialect.ts';
import { BATCH_PAGES, ingestPaths, type IngestSummary } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { openStore } from '../../src/graph/open.ts';
import { SEARCH_FILE, STORE_FILE } from '../../src/graph/storeFiles.ts';
import type { CsvTable } from './bulkCsv.ts';
import { folderMb, median } from './stats.ts';

export interface SliceRate { pages: number; articles: number; rows: number; secs: number; articles_per_s: number; rows_per_s: number }

export interface IngestResult {
  pages: number;
  articles: number;
  rows: number;
  failed: number;
  secs: number;
  articles_per_s: number;
  rows_per_s: number;
  /** Per tenth of the pages (whole batches of the ingester), in order. */
  slices: SliceRate[];
  store_mb: number;
  /** The store file alone, and the search index file beside it. */
  graph_mb: number;
  search_mb: number;
  nodes: number;
  rels: number;
}

export interface BulkResult { rows: number; secs: number; rows_per_s: number; store_mb: number; tables: Record<string, { rows: number; secs: number }> }

const count = async (store: { read: (c: string) => Promise<Record<string, unknown>[]> }, cypher: string) =>
  Number((await store.read(cypher))[0]?.n ?? 0);

/** `articlesOf` gives each page's article count (by file name) from the corpus gold. */
export async function ingestStage(corpusDir: string, storeDir: string, totalPages: number, articlesOf: Map<string, number>, onProgress?: (done: number) => void): Promise<IngestResult> {
  const store = await openStore({ dataDir: storeDir, neo4j: null });
  // The ingester reports a batch of pages at once, after its write: a slice is whole batches.
  const tenth = Math.max(1, Math.ceil(totalPages / 10 / BATCH_PAGES)) * BATCH_PAGES;
  const slices: SliceRate[] = [];
  let slice = { pages: 0, articles: 0, rows: 0, start: performance.now() };
  let pages = 0;
  const t0 = performance.now();
  let summary: IngestSummary;
  let secs: number;
  let nodes: number;
  let rels: number;
  try {
    summary = await ingestPaths(store, [corpusDir], {
      onPage: (r) => {
        pages++;
        slice.pages++;
        slice.articles += articlesOf.get(basename(r.file)) ?? 0;
        if ('status' in r) slice.rows += r.nodesCreated + r.relsCreated;
        if (slice.pages >= tenth || pages === totalPages) {
          const s = (performance.now() - slice.start) / 1000;
          slices.push({ pages: slice.pages, articles: slice.articles, rows: slice.rows, secs: s, articles_per_s: slice.articles / s, rows_per_s: slice.rows / s });
          slice = { pages: 0, articles: 0, rows: 0, start: performance.now() };
          onProgress?.(pages);
        }
      },
    });
    secs = (performance.now() - t0) / 1000;
    nodes = await count(store, 'MATCH (n) RETURN count(n) AS n');
    rels = await count(store, 'MATCH ()-[r]->() RETURN count(r) AS n');
  } finally {
    await store.close();
  }
  const articles = slices.reduce((n, s) => n + s.articles, 0);
  const rows = summary.nodesCreated + summary.relsCreated;
  return {
    pages: summary.read, articles, rows, failed: summary.failed.length, secs,
    articles_per_s: articles / secs, rows_per_s: rows / secs, slices,
    store_mb: folderMb(storeDir), graph_mb: fileMb(join(storeDir, STORE_FILE)), search_mb: fileMb(join(storeDir, SEARCH_FILE)), nodes, rels,
  };
}

const fileMb = (path: string) => (existsSync(path) ? statSync(path).size / 1024 / 1024 : 0);

export interface CompactResult { secs: number; graph_mb: number }

/** `kg compact` of the ingested store: its time, and the store file's size after it. */
export async function compactStage(storeDir: string): Promise<CompactResult> {
  const start = performance.now();
  const r = await compactStore(storeDir);
  const secs = (performance.now() - start) / 1000;
  rmSync(r.setAside, { recursive: true, force: true });
  return { secs, graph_mb: r.after / 1024 / 1024 };
}

/** COPY of every table's CSV into a fresh store, nodes first; the median of `runs` loads, each on a fresh store. */
export async function bulkStage(tables: CsvTable[], storeDir: (run: number) => string, runs = 1): Promise<BulkResult> {
  const results: BulkResult[] = [];
  for (let run = 0; run < runs; run++) {
    const dir = storeDir(run);
    const store = await LadybugStore.open(dir);
    const perTable: BulkResult['tables'] = {};
    let secs = 0;
    try {
      for (const ddl of schemaStatements('ladybug')) await store.write([{ cypher: ddl }]);
      for (const t of tables) {
        if (t.rows === 0) continue;
        // An article's body holds newlines: LadybugDB reads quoted newlines only in its serial CSV reader.
        const options = t.table === 'Article' ? '(HEADER=true, PARALLEL=false)' : '(HEADER=true)';
        const start = performance.now();
        await store.write([{ cypher: `COPY ${t.table} FROM '${t.path.replace(/'/g, "\\'")}' ${options}` }]);
        const s = (performance.now() - start) / 1000;
        perTable[t.table] = { rows: t.rows, secs: s };
        secs += s;
      }
    } finally {
      await store.close();
    }
    const rows = tables.reduce((n, t) => n + t.rows, 0);
    results.push({ rows, secs, rows_per_s: rows / secs, store_mb: folderMb(dir), tables: perTable });
  }
  const mid = median(results.map((r) => r.secs));
  return results.find((r) => r.secs === mid)!;
}
