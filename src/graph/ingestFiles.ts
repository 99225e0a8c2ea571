// `kg ingest PATH...`: page files and folders of pages into the store, a few
// pages per transaction (each page all or nothing), with a summary. A page that cannot be read or written
// is reported and the others go on; a store that is busy or unreachable stops
// the run (every other page would fail the same way). Which files are read,
// and the name each page is stored under, is pageSources.ts's.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { isKgError, isStoreDown, KgError } from '../errors.ts';
import { decodePage } from '../extract/decode.ts';
import { extractPage, type KnownIssue } from '../extract/pipeline.ts';
import type { Extractor } from '../extract/workerPool.ts';
import { hasArticle } from '../extract/pageFile.ts';
import type { PageExtraction } from '../extract/types.ts';
import { pageId } from './ids.ts';
import { pageHash, writeExtractions, type IngestOptions, type IngestResult, type PageWrite } from './ingest.ts';
import { PageMetaReader, type PageMeta } from './pageMeta.ts';
import { pageSources, type PageSource } from './pageSources.ts';
import { PAGE_HASHES } from './statements.ts';
import type { GraphStore } from './store.ts';

export interface IngestFailure { file: string; code: string; reason: string }

export interface IngestSummary {
  read: number;
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: IngestFailure[];
  nodesCreated: number;
  relsCreated: number;
  /** Pages written with no issue date (none given, none in the path, the manifest or the page). */
  undated: number;
  /** True when the run was stopped before every page was read. */
  stopped?: boolean;
}

export const emptySummary = (): IngestSummary =>
  ({ read: 0, ingested: 0, replaced: 0, unchanged: 0, failed: [], nodesCreated: 0, relsCreated: 0, undated: 0 });

export interface FileIngestOptions extends IngestOptions {
  onPage?: (r: Outcome) => void;
  /** Pages per transaction, every batch the same (default: growing from FIRST_BATCH_PAGES to BATCH_PAGES). */
  batch?: number;
  /** The issue date of every page of the run (`kg ingest --date`), before any manifest or path. */
  date?: string;
  /** A page that ends up with no issue date fails (BAD_INPUT) instead of going in undated. */
  requireDate?: boolean;
  /** Where pages are extracted (worker threads) when `extract` is not given; default: this thread. */
  extractor?: Extractor;
  /** Once aborted, no further batch starts: the one being written finishes (all or nothing), then the run ends. */
  signal?: AbortSignal;
}

/** Largest page file read, in bytes: a real page is a few dozen KB; a device or a runaway file is refused. */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

/** The extraction of a page, refused (BAD_INPUT) when no article can be recognised, as `kg extract` does. */
export function extractOrRefuse(file: string, text: string, known: KnownIssue = {}): PageExtraction {
  return refuseEmpty(file, extractPage(file, text, known));
}

/** extractOrRefuse on an extractor's threads. */
export const refusingExtract = (extractor: Extractor) =>
  async (file: string, text: string, known: KnownIssue = {}): Promise<PageExtraction> => refuseEmpty(file, await extractor.extract(file, text, known));

function refuseEmpty(file: string, page: PageExtraction): PageExtraction {
  if (!hasArticle(page)) {
    throw new KgError('BAD_INPUT', `${file}: no recognisable article (no headline, dateline or continued text)`, { file });
  }
  return page;
}

/**
 * Pages per transaction: a write's fixed costs (the look-ups of the batch's
 * names and entities, the commit) grow with the store, so a larger batch
 * pays them less often (200 pages added to a 10,000-page store: 6.0 s in
 * batches of 100, 7.7 s in batches of 25). A batch that fails is retried
 * page by page.
 */
export const BATCH_PAGES = 100;
/** The first batch of a run; each next one is twice as large, up to BATCH_PAGES. */
export const FIRST_BATCH_PAGES = 10;

type Outcome = IngestResult | IngestFailure;

/**
 * The batches are written one after another, in order. While a batch is
 * written, the next one's pages are read and extracted (on this thread
 * between the write's steps, or on an extractor's threads): the store's work
 * runs on threads of its own, so the two go on at once.
 */
export async function ingestPaths(
  store: GraphStore, paths: string[], options: FileIngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  const meta = new PageMetaReader(options.date);
  const unreadable: IngestFailure[] = [];
  const files = pageSources(paths, unreadable);
  for (const f of unreadable) { summary.read++; summary.failed.push(f); options.onPage?.(f); }
  const extract = options.extract ?? (options.extractor ? refusingExtract(options.extractor) : extractOrRefuse);
  const prepare = (batch: PageSource[]) => prepareBatch(store, batch, meta, extract, options)
    // An error reading the next batch is told after the current one is written, as when it came in turn.
    .catch((error: unknown) => ({ error }));
  const list = options.batch ? batches(files, Math.max(1, options.batch)) : growingBatches(files);
  let next = list.length > 0 && !options.signal?.aborted ? await prepare(list[0]) : null;
  for (let k = 0; k < list.length; k++) {
    if (options.signal?.aborted || !next) { summary.stopped = true; break; }
    const current = next;
    if ('error' in current) throw current.error;
    // The next batch is read and extracted while this one is written: the store works on its own threads meanwhile.
    const writing = writeBatch(store, current, options);
    const coming = k + 1 < list.length && !options.signal?.aborted ? prepare(list[k + 1]) : null;
    const outcomes = await writing.catch(async (e: unknown) => { await coming; throw e; });
    next = await coming;
    for (const outcome of outcomes) {
      summary.read++;
      if ('status' in outcome) {
        addResult(summary, outcome);
        if (outcome.status !== 'unchanged' && !outcome.issueDate) summary.undated++;
      }
      else summary.failed.push(outcome);
      options.onPage?.(outcome);
    }
  }
  return summary;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Consecutive groups of FIRST_BATCH_PAGES, twice that, … up to BATCH_PAGES pages: the first pages are reported soon, the rest written in large batches. */
function growingBatches(files: PageSource[]): PageSource[][] {
  const out: PageSource[][] = [];
  for (let i = 0, size = FIRST_BATCH_PAGES; i < files.length; i += size, size = Math.min(BATCH_PAGES, size * 2)) out.push(files.slice(i, i + size));
  return out;
}

/** Consecutive groups of at most `size` pages (their names are unique: pageSources refuses a name twice). */
function batches(files: PageSource[], size: number): PageSource[][] {
  const out: PageSource[][] = [];
  for (let i = 0; i < files.length; i += size) out.push(files.slice(i, i + size));
  return out;
}

type Extract = NonNullable<IngestOptions['extract']>;

interface PageToWrite { at: number; path: string; write: PageWrite }

/** A batch read and on its way through extraction: the outcomes known so far, and a settled promise per page extracted. */
interface PreparedBatch { out: Outcome[]; pages: Promise<PageToWrite | { at: number; failure: IngestFailure }>[] }

/** Reads and checks a few pages and starts extracting those that are new or changed. */
async function prepareBatch(
  store: GraphStore, sources: PageSource[], metaReader: PageMetaReader, extract: Extract, options: FileIngestOptions,
): Promise<PreparedBatch> {
  const out: Outcome[] = [];
  const pending: { at: number; path: string; file: string; bytes: Uint8Array; hash: string }[] = [];
  sources.forEach(({ path, file }, at) => {
    try {
      const bytes = readPage(path);
      pending.push({ at, path, file, bytes, hash: pageHash(bytes) });
    } catch (e) {
      out[at] = toFailure(path, e);
    }
  });
  const stored = new Map(pending.length === 0 ? [] : (await store.read(PAGE_HASHES, { ids: pending.map((p) => pageId(p.file)) }))
    .map((r) => [r.id, r.hash]));
  const pages: PreparedBatch['pages'] = [];
  // On this thread, one page at a time with a turn of the event loop before each, so that a write under way goes on between them;
  // on an extractor's threads, all at once.
  let previous: Promise<unknown> = Promise.resolve();
  for (const p of pending) {
    const { file } = p;
    if (stored.get(pageId(file)) === p.hash) { out[p.at] = { file, status: 'unchanged', nodesCreated: 0, relsCreated: 0 }; continue; }
    const after = options.extractor ? null : previous;
    const page = (async () => {
      if (after) { await after; await turn(); }
      const meta = metaReader.read(p.path);
      // The path as given: a folder may hold the issue date (`2024-02-01/03.txt`).
      const extraction = withMeta(await extract(p.path, decodePage(p.bytes, p.path), meta), meta);
      if (options.requireDate && !extraction.issue_date) {
        throw new KgError('BAD_INPUT', `${p.path}: no issue date (give --date, an ${'issues.csv'} row, a date in the path or a page header)`, { file: p.path });
      }
      return { at: p.at, path: p.path, write: { extraction: { ...extraction, file }, hash: p.hash } };
    })().catch((e: unknown) => ({ at: p.at, failure: toFailure(p.path, e) }));
    previous = page;
    pages.push(page);
  }
  return { out, pages };
}

/** Waits for a batch's extractions and writes them; outcomes in the order of its pages. */
async function writeBatch(store: GraphStore, { out, pages }: PreparedBatch, options: FileIngestOptions): Promise<Outcome[]> {
  const writes: PageToWrite[] = [];
  for (const page of await Promise.all(pages)) {
    if ('failure' in page) out[page.at] = page.failure;
    else writes.push(page);
  }
  if (writes.length === 0) return out;
  try {
    const results = await writeExtractions(store, writes.map((w) => w.write), options);
    writes.forEach((w, k) => { out[w.at] = results[k]; });
  } catch (e) {
    if (isStoreDown(e)) throw e;
    if (writes.length === 1) out[writes[0].at] = toFailure(writes[0].path, e);
    else {
      // One page spoiled the batch: write each alone to find it and keep the others.
      for (const w of writes) {
        try {
          out[w.at] = (await writeExtractions(store, [w.write], options))[0];
        } catch (e2) {
          if (isStoreDown(e2)) throw e2;
          out[w.at] = toFailure(w.path, e2);
        }
      }
    }
  }
  return out;
}

/** What the folder says outranks what extraction read from the path or the page. */
function withMeta(page: PageExtraction, meta: PageMeta): PageExtraction {
  return {
    ...page,
    issue_date: meta.issueDate ?? page.issue_date ?? null,
    ...(meta.number !== undefined || page.page_number != null ? { page_number: meta.number ?? page.page_number } : {}),
    ...(meta.name !== undefined || page.page_name != null ? { page_name: meta.name ?? page.page_name } : {}),
  };
}

/** A page's bytes: a regular file (never a FIFO, socket or device, which could block or never end) of at most MAX_PAGE_BYTES. */
export function readPage(path: string): Uint8Array {
  const fail = (why: string, e?: unknown): never => {
    throw new KgError('BAD_INPUT', `${path}: ${why}`, { file: path }, e ? { cause: e } : undefined);
  };
  let size = 0;
  try {
    const st = statSync(path);
    if (!st.isFile()) fail('not a regular file (a folder, device, FIFO or socket): only page files are read');
    size = st.size;
  } catch (e) {
    if (e instanceof KgError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? (lstatExists(path) ? 'a link to nothing' : 'no such file') : code === 'ELOOP' ? 'a link loop' : `cannot read (${(e as Error).message})`, e);
  }
  if (size > MAX_PAGE_BYTES) fail(`${size} bytes, more than the ${MAX_PAGE_BYTES} a page may have`);
  try {
    return readFileSync(path);
  } catch (e) {
    return fail(`cannot read (${(e as Error).message})`, e);
  }
}

const lstatExists = (path: string): boolean => {
  try { lstatSync(path); return true; } catch { return false; }
};

export function addResult(summary: IngestSummary, r: IngestResult): void {
  if (r.status === 'ingested') summary.ingested++;
  else if (r.status === 'replaced') summary.replaced++;
  else summary.unchanged++;
  summary.nodesCreated += r.nodesCreated;
  summary.relsCreated += r.relsCreated;
}

export function toFailure(path: string, e: unknown): IngestFailure {
  if (isKgError(e)) return { file: path, code: e.code, reason: e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message };
  return { file: path, code: 'UNEXPECTED', reason: e instanceof Error ? e.message : String(e) };
}

/** The summary as the lines `kg ingest` prints. */
export function formatSummary(s: IngestSummary): string[] {
  const lines = [
    `pages read: ${s.read}`,
    `ingested: ${s.ingested + s.replaced} (new ${s.ingested}, replaced ${s.replaced})`,
    `unchanged: ${s.unchanged}`,
    `failed: ${s.failed.length}`,
    ...s.failed.map((f) => `  ${f.file}: ${f.code}: ${f.reason}`),
    ...(s.undated ? [`without an issue date: ${s.undated}`] : []),
    ...(s.stopped ? ['stopped before the end: the pages above are in the graph, the rest were not read'] : []),
    `nodes created: ${s.nodesCreated}`,
    `relationships created: ${s.relsCreated}`,
  ];
  return lines;
}
