// The files of the embedded store and what to make of them before LadybugDB
// opens them. LadybugDB takes a file that exists but holds nothing for a new
// store, and crashes on a log cut inside a record; so the open path looks
// first (a few stats when the store was closed cleanly, a read of the log
// when one was left) and either repairs what a crash leaves or refuses with
// the file and the way out.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, statfsSync, truncateSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors.ts';
import { inspectWal, onlyTorn, type WalReport } from './wal.ts';

/** The store file inside the data directory. */
export const STORE_FILE = 'graph.lbug';

/** The embedded store's full-text index, beside the store file (search/embedded.ts): rebuilt from the store when missing or behind it. */
export const SEARCH_FILE = 'graph.search';
/** The search index's file in an earlier layout (JSON), removed when a writer opens the store: the index is rebuilt from the store. */
export const OLD_SEARCH_FILES = ['graph.search.json'] as const;

/** The files LadybugDB keeps beside the store file: its log, the log being checkpointed, the checkpoint's pages and locks. */
export const SIDE_FILES = ['.wal', '.wal.checkpoint', '.shadow', '.checkpoint.intent.lock', '.checkpoint.apply.lock'] as const;

/** The logs LadybugDB replays on open: the live one, and the one a checkpoint was applying when it stopped. */
export const walFiles = (path: string): string[] => [`${path}.wal`, `${path}.wal.checkpoint`];

/** Every file of the store at `path` that exists (the store file first). */
export function storeFilesPresent(path: string): string[] {
  return [path, ...SIDE_FILES.map((s) => path + s)].filter((f) => existsSync(f));
}

/** A checkpoint was cut short (a crash or a full disk while it ran): a writer's open completes it. */
export const checkpointLeftOver = (path: string): boolean => existsSync(`${path}.wal.checkpoint`);

/**
 * The process holding the store's write lock, from /proc/locks (Linux):
 * a pid, null when nobody holds it, undefined where this cannot be known.
 * LadybugDB takes a POSIX lock on the store file for writing; a reader
 * takes none.
 */
export function writerOf(path: string): number | null | undefined {
  let table: string;
  let st: { dev: bigint; ino: bigint };
  try {
    table = readFileSync('/proc/locks', 'utf8');
    st = statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
  // glibc's dev_t to the kernel's major:minor, as /proc/locks prints them (hex).
  const major = ((st.dev >> 8n) & 0xfffn) | ((st.dev >> 32n) & ~0xfffn);
  const minor = (st.dev & 0xffn) | ((st.dev >> 12n) & ~0xffn);
  const key = `${major.toString(16).padStart(2, '0')}:${minor.toString(16).padStart(2, '0')}:${st.ino}`;
  for (const line of table.split('\n')) {
    const f = line.trim().split(/\s+/);
    // "1: POSIX  ADVISORY  WRITE 10348 fe:00:2162705 0 EOF"; waiting locks have "->" after the number.
    const at = f[1] === '->' ? 2 : 1;
    if (f[at] === 'POSIX' && f[at + 2] === 'WRITE' && f[at + 4] === key) return Number(f[at + 3]);
  }
  return null;
}

/** Free bytes on the filesystem of `dir` for an unprivileged writer, or null where it cannot be asked. */
export function freeBytes(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** Bytes of a file, 0 when there is none. */
export function fileSize(path: string): number {
  try { return statSync(path).size; } catch { return 0; }
}

export interface Preflight {
  /** The store file does not exist yet: opening for writing makes a new store. */
  fresh: boolean;
  /** What was repaired before the open, in words, for the command to print. */
  repaired: string[];
}

const MiB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** How a command gets out of a store that cannot be opened as it is. */
export const wayOut = (dataDir: string) =>
  `\`kg recover --data ${dataDir}\` keeps what can be read (it sets the damaged file aside), or \`kg restore BACKUP --data ${dataDir}\` puts back a backup`;

/**
 * Looks at the store's files before LadybugDB opens them. Refuses (STORE_ERROR
 * with the file and what to do) a store file of no bytes and a log damaged
 * before its last commit; cuts a log that ends in a write that never finished
 * back to its last commit, unless a live writer holds the store (then it is
 * that writer's log, being written: STORE_BUSY, retried by the caller).
 */
export function preflight(path: string): Preflight {
  const dataDir = dirname(path);
  const repaired: string[] = [];
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    const logs = walFiles(path).filter((f) => fileSize(f) > 0);
    if (logs.length) {
      throw new KgError('STORE_ERROR', `${logs[0]} is there but its store file ${path} is not: the log cannot be replayed without it. Put the store file back, or \`kg restore BACKUP --data ${dataDir}\``, { path });
    }
    return { fresh: true, repaired };
  }
  if (size === 0) {
    throw new KgError('STORE_ERROR', `${path} is empty (0 bytes): a store file holds at least its 4 KiB header, so this one was cut or never written, and opening it would start an empty graph. `
      + `Restore a backup (\`kg restore BACKUP --data ${dataDir}\`); if the directory never held pages, delete the file to start a new store`, { path });
  }
  for (const wal of walFiles(path)) {
    const bytes = readIfAny(wal);
    if (!bytes) continue;
    const report = inspectWal(bytes);
    if (!report.damage) continue;
    if (!onlyTorn(report)) throw damagedWal(wal, report, dataDir);
    const writer = writerOf(path);
    if (writer) {
      throw new KgError('STORE_BUSY', `the store at ${path} is in use by process ${writer}, which is writing it`, { path, pid: writer });
    }
    if (writer === undefined) {
      throw new KgError('STORE_ERROR', `${wal} ends in a write that never finished (a crash or a full disk), and whether another process is writing it cannot be told here. `
        + `When no \`kg\` process runs on it, \`kg recover --data ${dataDir}\` cuts the log at its last commit`, { path, wal });
    }
    repaired.push(cutWal(wal, report));
  }
  return { fresh: false, repaired };
}

/** Cuts a log back to the end of its last commit; says what was cut. */
export function cutWal(wal: string, report: WalReport): string {
  const dropped = report.size - report.committedEnd;
  try {
    truncateSync(wal, report.committedEnd);
    const fd = openSync(wal, 'r+');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch (e) {
    throw new KgError('STORE_ERROR', `${wal} ends in a write that never finished and cannot be cut back to its last commit here (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): `
      + `run \`kg recover --data ${dirname(wal)}\` as a user who may write the directory`, { wal }, { cause: e });
  }
  return `${basename(wal)} ended in a write that never finished (${dropped} bytes after its last commit, left by a crash or a full disk): cut back to the last commit; every committed page is kept`;
}

export function damagedWal(wal: string, report: WalReport, dataDir: string): KgError {
  const what = report.damage?.kind === 'header' ? 'its header is damaged' : `it is damaged at byte ${report.damage?.at} of ${report.size} (${MiB(report.size)})`;
  return new KgError('STORE_ERROR', `the store's log ${wal} cannot be replayed: ${what}, with ${report.commitEnds.length} committed transaction(s) before the damage. ${wayOut(dataDir)}`, { wal, at: report.damage?.at });
}

function readIfAny(file: string): Buffer | null {
  try {
    const bytes = readFileSync(file);
    return bytes.length ? bytes : null;
  } catch {
    return null;
  }
}

/** The store's files in words, for `kg check`: the store file, and each log left beside it with what it holds. */
export function describeFiles(path: string): string[] {
  const lines = [`store: ${path} (${MiB(fileSize(path))})`];
  const logs = walFiles(path).filter((f) => existsSync(f));
  if (!logs.length) lines.push('log: none (everything is in the store file)');
  for (const wal of logs) {
    const report = inspectWal(readFileSync(wal));
    const state = !report.damage ? 'whole'
      : report.damage.kind === 'torn' ? `ends in a write that never finished (${report.size - report.committedEnd} bytes after its last commit)`
      : `damaged at byte ${report.damage.at}`;
    const checkpoint = wal.endsWith('.checkpoint') ? ', a checkpoint cut short' : '';
    lines.push(`log: ${basename(wal)} (${MiB(report.size)}, ${report.commitEnds.length} commits${checkpoint}): ${state}`);
  }
  return lines;
}
