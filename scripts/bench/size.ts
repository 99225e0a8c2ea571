// One corpus size of the benchmark, in a process of its own (so that its peak
// memory is its own): generates the corpus, then runs the stages
// (a) extraction, (b) ingest and bulk load, (c) queries, and writes the
// figures as JSON.
//   node --import tsx scripts/bench/size.ts --pages N --out part.json [--seed 1 --runs 50 --slow-ms 20000
//     --budget-s 120 --cap-s 300 --corpus DIR --keep]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CorpusGold } from '../corpus/gold.ts';
import { writeCorpus } from '../gen-corpus.ts';
import { extractStage } from './extractStage.ts';
import { bulkStage, compactStage, ingestStage } from './ingestStage.ts';
import { queryStage } from './queryStage.ts';
import { peakRssMb, round } from './stats.ts';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const pages = Number(arg('pages'));
const seed = Number(arg('seed') ?? 1);
const runs = Number(arg('runs') ?? 50);
const slowMs = Number(arg('slow-ms') ?? 20_000);
const capSecs = Number(arg('cap-s') ?? 300);
const budgetMs = Number(arg('budget-s') ?? 120) * 1000;
const out = arg('out')!;
const started = performance.now();
const log = (s: string) => console.error(`[${pages} pages ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${s}`);

const tmp = mkdtempSync(join(tmpdir(), `kg-bench-${pages}-`));
try {
  let corpus = arg('corpus');
  let gold: CorpusGold;
  if (corpus) gold = JSON.parse(readFileSync(join(corpus, 'corpus-gold.json'), 'utf8')) as CorpusGold;
  else {
    corpus = join(tmp, 'corpus');
    gold = writeCorpus(corpus, pages, seed).gold;
  }
  log(`corpus: ${gold.counts.pages} pages, ${gold.counts.articles} articles, ${(gold.counts.bytes / 1e6).toFixed(1)} MB`);
  const paths = gold.pages.map((p) => join(corpus!, p.file));
  const articlesOf = new Map(gold.pages.map((p) => [basename(p.file), p.articles.length]));

  const csvDir = join(tmp, 'csv');
  mkdirSync(csvDir);
  const ex = extractStage(paths, csvDir);
  log(`extraction: ${ex.pages_per_s.toFixed(1)} pages/s, ${ex.mb_per_s.toFixed(3)} MB/s (jieba ${ex.floor_mb_per_s.toFixed(2)} MB/s, ${ex.ratio.toFixed(1)}x)`);

  const ing = await ingestStage(corpus, join(tmp, 'store'), paths.length, articlesOf, (n) => log(`ingest: ${n} pages`));
  const first = ing.slices[0];
  const last = ing.slices[ing.slices.length - 1];
  log(`ingest: ${ing.articles_per_s.toFixed(1)} articles/s (first tenth ${first.articles_per_s.toFixed(1)}, last ${last.articles_per_s.toFixed(1)}), ${ing.store_mb.toFixed(1)} MB`);
  const bulk = await bulkStage(ex.tables, (r) => join(tmp, `bulk-${r}`));
  log(`bulk load: ${bulk.rows} rows, ${bulk.rows_per_s.toFixed(0)} rows/s, ${bulk.store_mb.toFixed(1)} MB`);
  // The queries run on the compacted store, as a user would keep it after a large load.
  const compacted = await compactStage(join(tmp, 'store'));
  log(`kg compact: store file ${ing.graph_mb.toFixed(1)} MB -> ${compacted.graph_mb.toFixed(1)} MB in ${compacted.secs.toFixed(1)} s (search index ${ing.search_mb.toFixed(1)} MB)`);

  const subjects = {
    person: gold.top_subjects[0]?.name ?? '',
    other: gold.top_subjects[1]?.name ?? '',
    district: gold.districts[0]?.name ?? '东城区',
    kind: 'VISIT',
    from: '2018-01-01',
    to: '2019-12-31',
  };
  const q = await queryStage(join(tmp, 'store'), tmp, { subjects, runs, slowMs, budgetMs }, capSecs, log);

  const perK = (mb: number) => round(mb / (ing.articles / 1000), 3);
  const result = {
    pages: gold.counts.pages,
    articles: gold.counts.articles,
    people: gold.counts.people,
    corpus_mb: round(gold.counts.bytes / 1e6),
    subjects,
    extract_pages_per_s: round(ex.pages_per_s),
    extract_mb_per_s: round(ex.mb_per_s, 4),
    extract_floor_mb_per_s: round(ex.floor_mb_per_s, 3),
    extract_vs_floor: round(ex.ratio, 1),
    extract_secs: round(ex.secs, 1),
    ingest_secs: round(ing.secs, 1),
    ingest_articles_per_s: round(ing.articles_per_s),
    ingest_rows_per_s: round(ing.rows_per_s, 0),
    ingest_first10_articles_per_s: round(first.articles_per_s),
    ingest_last10_articles_per_s: round(last.articles_per_s),
    ingest_last_vs_first: round(last.articles_per_s / first.articles_per_s),
    ingest_slices: ing.slices.map((s) => ({ articles_per_s: round(s.articles_per_s), rows_per_s: round(s.rows_per_s, 0) })),
    ingest_rows: ing.rows,
    ingest_failed: ing.failed,
    nodes: ing.nodes,
    rels: ing.rels,
    bulk_rows: bulk.rows,
    bulk_secs: round(bulk.secs, 2),
    bulk_load_rows_per_s: round(bulk.rows_per_s, 0),
    bulk_vs_ingest_rows_per_s: round(bulk.rows_per_s / ing.rows_per_s, 1),
    bulk_tables: bulk.tables,
    store_mb: round(ing.store_mb, 1),
    graph_mb: round(ing.graph_mb, 1),
    search_index_mb: round(ing.search_mb, 1),
    compacted_graph_mb: round(compacted.graph_mb, 1),
    compact_secs: round(compacted.secs, 1),
    compacted_vs_bulk_store: round(compacted.graph_mb / bulk.store_mb, 2),
    bulk_store_mb: round(bulk.store_mb, 1),
    store_mb_per_1k_articles: perK(ing.store_mb),
    bulk_store_mb_per_1k_articles: perK(bulk.store_mb),
    queries: Object.fromEntries(q.queries.map((r) => [r.name, {
      ...r, p50_ms: round(r.p50_ms ?? Number.NaN), p95_ms: round(r.p95_ms ?? Number.NaN), p99_ms: round(r.p99_ms ?? Number.NaN),
      first_ms: round(r.first_ms), raw_first_ms: round(r.raw_first_ms ?? Number.NaN), raw_p50_ms: round(r.raw_p50_ms ?? Number.NaN),
    }])),
    query_runs: runs,
    /** The deep page of the article list: its offset, of how many articles. */
    deep_page: q.deep_page ?? null,
    peak_rss_mb: round(Math.max(peakRssMb(), q.peak_rss_mb), 0),
    peak_rss_mb_ingest: round(peakRssMb(), 0),
    peak_rss_mb_queries: round(q.peak_rss_mb, 0),
    secs: round((performance.now() - started) / 1000, 0),
  };
  writeFileSync(out, JSON.stringify(result, null, 2));
} finally {
  if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);
}
