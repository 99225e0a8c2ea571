// Stores as a crash leaves them, for the tests of damaged stores: the seed
// pages written in two commits, and the store file and its log copied while
// the store is still open (what is on disk when the process dies).
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore, STORE_FILE } from '../../src/graph/ladybug.ts';
import { inspectWal, type WalReport } from '../../src/graph/wal.ts';

export const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
export const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
/** Pages of the first commit; the rest go in the second. */
export const FIRST_COMMIT = SEED_FILES.slice(0, 3);

export interface CrashImage {
  /** Data directory holding the store file and its log. */
  dir: string;
  wal: string;
  report: WalReport;
}

/** Copies of the seed pages under `pages/`, three in the first commit and two in the second, into a store left open; its files copied to `image/`. */
export async function crashImage(tmp: string): Promise<CrashImage> {
  const live = join(tmp, 'live');
  const dir = join(tmp, 'image');
  mkdirSync(dir, { recursive: true });
  const store = await LadybugStore.open(live, { checkpointMb: 1024, minFreeMb: 0 });
  try {
    await store.migrate();
    await ingestPaths(store, SEED_FILES.map((f) => join(SEEDS, f)), { batch: FIRST_COMMIT.length });
    for (const f of readdirSync(live)) copyFileSync(join(live, f), join(dir, f));
  } finally {
    await store.close();
  }
  const wal = join(dir, `${STORE_FILE}.wal`);
  return { dir, wal, report: inspectWal(readFileSync(wal)) };
}

/** The page files in a store, sorted. */
export async function storedPages(dir: string): Promise<string[]> {
  const store = await LadybugStore.open(dir, { readOnly: true });
  try {
    return (await store.read('MATCH (p:Page) RETURN p.file AS file ORDER BY file')).map((r) => String(r.file));
  } finally {
    await store.close();
  }
}
