// `kg check`: whether a store can be read whole, and whether it holds the
// pages it was given as they are. The embedded store's files are looked at
// first (the store file, its log); the store is opened read-only (repairing
// only what any open repairs, losing no commit), counted, and read back
// entirely; each source page given is hashed and compared with the hash
// stored with it.
import { isKgError } from '../errors.ts';
import { exportPages } from './export.ts';
import { pageId } from './ids.ts';
import { pageHash } from './ingest.ts';
import { readPage, type IngestFailure } from './ingestFiles.ts';
import { pageSources } from './pageSources.ts';
import { PAGE_HASHES } from './statements.ts';
import type { GraphStore } from './store.ts';

export interface StoreCounts { pages: number; articles: number; nodes: number; relationships: number }

export interface SourceCheck {
  given: number;
  /** Stored with the same bytes. */
  same: number;
  /** In the store with other bytes: the file changed since, or the stored page is not what was read. */
  changed: string[];
  /** Not in the store. */
  missing: string[];
  /** Could not be read (named with the reason). */
  unreadable: string[];
}

export interface StoreCheck {
  counts: StoreCounts | null;
  /** What is wrong with the store, each in a line; empty when it reads back whole. */
  damage: string[];
  sources: SourceCheck | null;
}

export const COUNTS = {
  pages: 'MATCH (p:Page) RETURN count(p) AS n',
  articles: 'MATCH (a:Article) RETURN count(a) AS n',
  nodes: 'MATCH (n) RETURN count(n) AS n',
  relationships: 'MATCH ()-[r]->() RETURN count(r) AS n',
} as const;

/** Pages whose content hash is missing or not a SHA-256 in hex. */
export const PAGES_WITHOUT_HASH = 'MATCH (p:Page) WHERE p.hash IS NULL OR size(p.hash) <> 64 RETURN p.file AS file';

export async function countStore(store: GraphStore): Promise<StoreCounts> {
  const n = async (q: string) => Number((await store.read(q))[0]?.n ?? 0);
  return { pages: await n(COUNTS.pages), articles: await n(COUNTS.articles), nodes: await n(COUNTS.nodes), relationships: await n(COUNTS.relationships) };
}

const HASH_BATCH = 500;

/** Counts the store, reads every page back, and compares the given page files with what is stored. */
export async function checkStore(store: GraphStore, sourcePaths: string[] = []): Promise<StoreCheck> {
  const damage: string[] = [];
  const counts = await countStore(store);
  try {
    const pages = await exportPages(store);
    const articles = pages.reduce((n, p) => n + p.articles.length, 0);
    if (pages.length !== counts.pages) damage.push(`${counts.pages} pages are stored but ${pages.length} read back`);
    if (articles !== counts.articles) damage.push(`${counts.articles} articles are stored but ${articles} read back with their page (the others belong to no page)`);
  } catch (e) {
    damage.push(`reading the pages back failed: ${isKgError(e) || e instanceof Error ? e.message : String(e)}`);
  }
  const bad = await store.read(PAGES_WITHOUT_HASH);
  for (const r of bad) damage.push(`page ${String(r.file)} has no content hash`);
  return { counts, damage, sources: sourcePaths.length ? await checkSources(store, sourcePaths) : null };
}

async function checkSources(store: GraphStore, paths: string[]): Promise<SourceCheck> {
  const failures: IngestFailure[] = [];
  // Named as `kg ingest` names them: the same paths find the same pages.
  const files = pageSources(paths, failures);
  const out: SourceCheck = { given: files.length, same: 0, changed: [], missing: [], unreadable: failures.map((f) => `${f.file}: ${f.reason}`) };
  for (let i = 0; i < files.length; i += HASH_BATCH) {
    const batch = files.slice(i, i + HASH_BATCH);
    const stored = new Map((await store.read(PAGE_HASHES, { ids: batch.map((f) => pageId(f.file)) })).map((r) => [r.id, r.hash]));
    for (const { path, file } of batch) {
      let hash: string;
      try {
        hash = pageHash(readPage(path));
      } catch (e) {
        out.unreadable.push(`${path}: ${(e as Error).message}`);
        continue;
      }
      const had = stored.get(pageId(file));
      if (had === undefined) out.missing.push(path);
      else if (had === hash) out.same++;
      else out.changed.push(path);
    }
  }
  return out;
}

/** Nothing wrong: the store reads back whole and every given page is stored as it is. */
export const checkPassed = (c: StoreCheck): boolean =>
  c.damage.length === 0 && (!c.sources || (c.sources.changed.length + c.sources.missing.length + c.sources.unreadable.length === 0));
