// `kg recover`: the way out of a store that does not open as it is. Each
// log of the store is checked; a damaged one is copied aside whole and cut
// back to the last commit before the damage (what LadybugDB would replay had
// it not stopped there); the store is then opened for writing, which
// replays the log and completes a checkpoint cut short, and closed, which
// checkpoints. A store file that is itself damaged cannot be recovered
// here: that needs a backup (`kg restore`).
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isKgError, KgError } from '../errors.ts';
import { countStore, type StoreCounts } from './check.ts';
import { LadybugStore, type LadybugOptions } from './ladybug.ts';
import { checkpointLeftOver, cutWal, STORE_FILE, walFiles, writerOf } from './storeFiles.ts';
import { inspectWal } from './wal.ts';

export interface Recovery {
  /** What was done, each in a line; empty when the store opened as it was. */
  actions: string[];
  /** Logs damaged before a commit, set aside whole: transactions after the damage are in them and nowhere else. */
  keptAside: string[];
  counts: StoreCounts;
}

export async function recoverStore(dataDir: string, options: LadybugOptions = {}): Promise<Recovery> {
  const path = join(dataDir, STORE_FILE);
  if (!existsSync(path)) {
    if (walFiles(path).some((f) => existsSync(f))) {
      throw new KgError('STORE_ERROR', `${path} is missing but its log is there: nothing can be replayed without the store file; restore a backup (\`kg restore BACKUP --data ${dataDir}\`)`, { path });
    }
    throw new KgError('NOT_FOUND', `no store at ${dataDir}`, { path });
  }
  if (statSync(path).size === 0) {
    throw new KgError('STORE_ERROR', `${path} is empty (0 bytes): there is nothing in it to recover; restore a backup (\`kg restore BACKUP --data ${dataDir}\`), or delete it to start a new store`, { path });
  }
  const writer = writerOf(path);
  if (writer) throw new KgError('STORE_BUSY', `the store at ${path} is in use by process ${writer}: stop it, then recover`, { path, pid: writer });
  const actions: string[] = [];
  const keptAside: string[] = [];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const wal of walFiles(path)) {
    if (!existsSync(wal)) continue;
    const report = inspectWal(readFileSync(wal));
    if (!report.damage) continue;
    if (report.damage.kind === 'torn') {
      actions.push(cutWal(wal, report));
      continue;
    }
    const aside = `${wal}.damaged-${stamp}`;
    copyFileSync(wal, aside);
    keptAside.push(aside);
    cutWal(wal, report);
    actions.push(`${basename(wal)} was damaged at byte ${report.damage.at} of ${report.size}: replayed up to its last commit before the damage `
      + `(${report.commitEnds.length} transactions); what was written after it is lost from the store. The log as it was is kept in ${aside}; `
      + 'ingest the source pages again to put back what is missing (pages already stored come out unchanged)');
  }
  if (checkpointLeftOver(path)) actions.push('a checkpoint cut short (by a crash or a full disk) is completed by this open');
  let store: LadybugStore;
  try {
    store = await LadybugStore.open(dataDir, options);
  } catch (e) {
    if (isKgError(e) && (e.code === 'STORE_BUSY' || e.details.storeFileDamaged)) throw e;
    const why = (isKgError(e) && e.cause instanceof Error ? e.cause : (e as Error)).message.split('\n')[0].replace(/[.\s]+$/, '');
    throw new KgError('STORE_ERROR', `the store at ${path} still cannot be opened (${why}): restore a backup (\`kg restore BACKUP --data ${dataDir}\`)`, { path }, { cause: e });
  }
  try {
    actions.push(...store.repaired);
    await store.migrate();
    const counts = await countStore(store);
    return { actions, keptAside, counts };
  } finally {
    await store.close();
  }
}
