// `kg compact`: the embedded store written anew, as a bulk load writes it.
// A store that took pages batch by batch for a long time holds the same
// graph in a file several times larger than a bulk load of the same rows
// gives (each checkpoint rewrites the parts of the file its batches touched,
// elsewhere in the file); LadybugDB reclaims none of it. Compaction takes the
// store for writing, checkpoints it, exports every table (Parquet, with the
// schema), imports them into a new store file beside it, reads that back
// (every count, every page's hash), and only then sets the old file aside in
// DATA/replaced-<time>/, as `kg restore` does; the new file takes its place.
// The search index file is kept: the pages, and so their hashes, are the same.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KgError } from '../errors.ts';
import { countStore, type StoreCounts } from './check.ts';
import { LadybugStore, type LadybugOptions } from './ladybug.ts';
import { ALL_PAGE_HASHES } from './statements.ts';
import { STORE_FILE, storeFilesPresent } from './storeFiles.ts';

export interface Compacted {
  counts: StoreCounts;
  /** The store file's size before and after, in bytes. */
  before: number;
  after: number;
  /** Where the old store file now is. */
  setAside: string;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

export async function compactStore(dataDir: string, options: LadybugOptions = {}): Promise<Compacted> {
  const target = join(dataDir, STORE_FILE);
  if (!existsSync(target)) throw new KgError('NOT_FOUND', `no store at ${dataDir}: nothing to compact`, { path: target });
  let store: LadybugStore;
  try {
    store = await LadybugStore.open(dataDir, options);
  } catch (e) {
    if (e instanceof KgError && e.code === 'STORE_BUSY') {
      throw new KgError('STORE_BUSY', `${e.message}: compaction takes the store for its whole run; stop that process, compact, and start it again`, e.details, { cause: e });
    }
    throw e;
  }
  const work = join(dataDir, `compact-${stamp()}`);
  const exported = join(work, 'export');
  const fresh = join(work, 'store');
  let counts: StoreCounts;
  let hashes: Map<string, unknown>;
  let before: number;
  try {
    await store.checkpoint();
    before = statSync(target).size;
    counts = await countStore(store);
    hashes = pageHashes(await store.read(ALL_PAGE_HASHES));
    mkdirSync(work);
    await store.exportDatabase(exported);
  } catch (e) {
    await store.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  // Still held while the copy is made and checked: no other process writes the store meanwhile.
  try {
    const incoming = await LadybugStore.open(fresh, options);
    try {
      await incoming.importDatabase(exported);
      const got = await countStore(incoming);
      const gotHashes = pageHashes(await incoming.read(ALL_PAGE_HASHES));
      const same = got.pages === counts.pages && got.articles === counts.articles && got.nodes === counts.nodes
        && got.relationships === counts.relationships && gotHashes.size === hashes.size
        && [...hashes].every(([id, hash]) => gotHashes.get(id) === hash);
      if (!same) {
        throw new KgError('STORE_ERROR', `the compacted copy in ${fresh} reads back ${got.pages} pages, ${got.nodes} nodes and ${got.relationships} relationships, `
          + `not ${counts.pages}, ${counts.nodes} and ${counts.relationships}: the store is left as it was`, { path: fresh });
      }
    } finally {
      await incoming.close();
    }
  } catch (e) {
    await store.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  await store.close();
  const setAside = join(dataDir, `replaced-${stamp()}`);
  mkdirSync(setAside);
  for (const f of storeFilesPresent(target)) renameSync(f, join(setAside, basename(f)));
  renameSync(join(fresh, STORE_FILE), target);
  rmSync(work, { recursive: true, force: true });
  return { counts, before, after: statSync(target).size, setAside };
}

const pageHashes = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [String(r.id), r.hash]));
