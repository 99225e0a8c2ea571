// The embedded store: LadybugDB (the maintained fork of Kùzu), in-process, one
// file under the data directory. One process at a time may open it for
// writing; a second one gets STORE_BUSY.
//
// What a page once reported written must survive (a crash, a kill, a full
// disk), and how:
//   - before LadybugDB opens the files, preflight() refuses an empty store
//     file and a damaged log, and cuts a log left ending in a half-written
//     record back to its last commit (LadybugDB would crash on it);
//   - a write is refused with STORE_FULL, before it starts, when less than
//     `minFreeMb` is free, so that the log and a checkpoint always fit;
//   - a write that fails all the same (no space, an I/O error) stops the
//     store: the log is cut back to its last commit, nothing more is written,
//     and the native database is never closed, since LadybugDB aborts the
//     process when it tears down a log it could not write (see leftOpen.ts);
//   - checkpoints are the adapter's, not LadybugDB's automatic ones inside a
//     commit: after a commit that leaves the log over `checkpointMb`, so that
//     a failed checkpoint never reads as a failed write of pages it holds;
//   - a read-only open of a store whose checkpoint was cut short (LadybugDB
//     refuses it) completes the checkpoint by a writer's open when no process
//     holds the store, and waits for the one that does.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Connection, Database, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { DEFAULT_BUFFER_POOL_MB, DEFAULT_CHECKPOINT_MB, DEFAULT_MIN_FREE_MB, DEFAULT_READ_CONNECTIONS } from '../config.ts';
import { KgError, READ_TIMED_OUT } from '../errors.ts';
import { cypherString, schemaStatements } from './dialect.ts';
import type { SearchIndex } from './search/searchIndex.ts';
import type { GraphStore, Params, ReadOptions, Row, Statement } from './store.ts';
import { cutWal, fileSize, freeBytes, preflight, STORE_FILE, wayOut, writerOf } from './storeFiles.ts';
import { markLeftOpen } from './leftOpen.ts';
import { inspectWal, onlyTorn } from './wal.ts';

export { STORE_FILE } from './storeFiles.ts';

export interface LadybugOptions {
  readOnly?: boolean;
  /** Page cache size in MiB (LadybugDB's default is a share of the machine's memory). */
  bufferPoolMb?: number;
  /** Read connections (default DEFAULT_READ_CONNECTIONS): reads on different connections run at the same time, off the event loop. */
  readConnections?: number;
  /** A commit that leaves the log larger than this many MiB is followed by a checkpoint. */
  checkpointMb?: number;
  /** A write is refused (STORE_FULL) when less than this many MiB is free on the store's filesystem. */
  minFreeMb?: number;
}

const MiB = 1024 * 1024;
/** How long a read-only open waits for a writer that is mid-commit or mid-checkpoint. */
const READ_WAIT_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const MAX_PREPARED = 500;

export class LadybugStore implements GraphStore {
  readonly dialect = 'ladybug' as const;
  /** Set by openStore: the index file beside the store file. */
  search?: SearchIndex;
  /** Writes take turns: one transaction at a time on the write connection. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Set as close() starts: writes are refused from then on, reads once `closed` is set. */
  private closing = false;
  /** Set once a write or checkpoint failed: every later write gets this error, and the native side is never closed. */
  private stopped: KgError | null = null;
  private readonly checkpointBytes: number;
  private readonly minFreeBytes: number;

  private constructor(
    private readonly db: Database,
    private readonly writeConn: Connection,
    private readonly readConns: Connection[],
    readonly path: string,
    readonly readOnly: boolean,
    /** What the open repaired first (a log cut back to its last commit, a checkpoint completed), in words. */
    readonly repaired: string[],
    options: LadybugOptions,
  ) {
    this.checkpointBytes = (options.checkpointMb ?? DEFAULT_CHECKPOINT_MB) * MiB;
    this.minFreeBytes = (options.minFreeMb ?? DEFAULT_MIN_FREE_MB) * MiB;
  }

  static async open(dataDir: string, options: LadybugOptions = {}): Promise<LadybugStore> {
    const path = join(dataDir, STORE_FILE);
    const readOnly = options.readOnly ?? false;
    const repaired: string[] = [];
    const deadline = Date.now() + READ_WAIT_MS;
    for (;;) {
      try {
        repaired.push(...preflight(path).repaired);
        if (!readOnly) mkdirSync(dataDir, { recursive: true });
        // Automatic checkpoints off: the adapter checkpoints after a commit (see afterCommit).
        const db = new lbug.Database(path, (options.bufferPoolMb ?? DEFAULT_BUFFER_POOL_MB) * MiB, true, readOnly, 0, false);
        await db.init();
        const writeConn = new lbug.Connection(db);
        await writeConn.init();
        const readConns: Connection[] = [];
        for (let i = 0; i < Math.max(1, options.readConnections ?? DEFAULT_READ_CONNECTIONS); i++) {
          const c = new lbug.Connection(db);
          await c.init();
          readConns.push(c);
        }
        return new LadybugStore(db, writeConn, readConns, path, readOnly, repaired, options);
      } catch (e) {
        const err = toKgError(e, path);
        if (!readOnly) throw err;
        if (err.details.checkpointCutShort && writerOf(path) === null && (await completeCheckpoint(dataDir, options, repaired))) continue;
        // A live writer is mid-commit or mid-checkpoint: it is done in a moment.
        if ((err.code === 'STORE_BUSY' || err.details.checkpointCutShort) && Date.now() < deadline) { await sleep(100); continue; }
        if (err.details.checkpointCutShort) {
          throw new KgError('STORE_ERROR', `${path}: a checkpoint is under way or was cut short, and the store cannot be read until it is done. `
            + `If no \`kg\` process runs on this store, any command that writes it completes it: \`kg recover --data ${dataDir}\``, { path }, { cause: e });
        }
        throw err;
      }
    }
  }

  async migrate(): Promise<void> {
    if (this.readOnly) return;
    await this.exclusive(async () => {
      if (this.stopped) throw this.stopped;
      try {
        for (const ddl of schemaStatements('ladybug')) await this.run(this.writeConn, ddl, {});
      } catch (e) {
        throw isWriteFailure(e) ? this.stop(e, 'write') : e;
      }
    });
  }

  /** Reads in flight per read connection: a read goes to the least busy one, so a slow dashboard does not hold up a look-up. */
  private readonly busy = new Map<Connection, number>();
  /**
   * Reads on one connection take turns here rather than in LadybugDB: the
   * connection's query timeout is read when a query starts, so each read sets
   * its own just before it runs, and no other read can change it meanwhile.
   */
  private readonly lanes = new Map<Connection, Promise<unknown>>();

  async read(cypher: string, params: Params = {}, options: ReadOptions = {}): Promise<Row[]> {
    this.assertOpen();
    let conn = this.readConns[0];
    for (const c of this.readConns) if ((this.busy.get(c) ?? 0) < (this.busy.get(conn) ?? 0)) conn = c;
    this.busy.set(conn, (this.busy.get(conn) ?? 0) + 1);
    const work = () => {
      conn.setQueryTimeout(readTimeout(options.deadline));
      return this.run(conn, cypher, params);
    };
    const turn = (this.lanes.get(conn) ?? Promise.resolve()).then(work, work);
    this.lanes.set(conn, turn.catch(() => undefined));
    try {
      return await turn;
    } finally {
      this.busy.set(conn, this.busy.get(conn)! - 1);
    }
  }

  async readEach(cypher: string, paramSets: Params[], options: ReadOptions = {}): Promise<Row[][]> {
    this.assertOpen();
    return Promise.all(paramSets.map((params) => this.read(cypher, params, options)));
  }

  async write(statements: Statement[]): Promise<Row[][]> {
    this.assertOpen(this.closing);
    if (this.readOnly) throw new KgError('STORE_ERROR', `the store at ${this.path} is open read-only`);
    return this.exclusive(async () => {
      if (this.stopped) throw this.stopped;
      this.assertSpace();
      await this.run(this.writeConn, 'BEGIN TRANSACTION', {});
      const out: Row[][] = [];
      try {
        for (const s of statements) out.push(await this.run(this.writeConn, s.cypher, s.params ?? {}));
        await this.run(this.writeConn, 'COMMIT', {});
      } catch (e) {
        if (isWriteFailure(e)) throw this.stop(e, 'write');
        // A failed statement may already have ended the transaction; ROLLBACK then fails harmlessly.
        await this.run(this.writeConn, 'ROLLBACK', {}).catch(() => undefined);
        throw e;
      }
      await this.afterCommit();
      return out;
    });
  }

  /** Writes the log into the store file now (a backup copies the store file alone). */
  async checkpoint(): Promise<void> {
    this.assertOpen(this.closing);
    if (this.readOnly) throw new KgError('STORE_ERROR', `the store at ${this.path} is open read-only`);
    await this.exclusive(async () => {
      if (this.stopped) throw this.stopped;
      try {
        await this.run(this.writeConn, 'CHECKPOINT', {});
      } catch (e) {
        throw this.stop(e, 'checkpoint');
      }
    });
  }

  /**
   * `EXPORT DATABASE` into `dir` (Parquet files and the schema), or
   * `IMPORT DATABASE` from one into this store, which must have no tables yet:
   * kg compact's two halves. Each runs alone on the write connection, outside
   * a transaction (LadybugDB runs them in one of their own).
   */
  async exportDatabase(dir: string): Promise<void> {
    await this.alone(`EXPORT DATABASE ${cypherString(dir)} (format='parquet')`);
  }

  async importDatabase(dir: string): Promise<void> {
    await this.alone(`IMPORT DATABASE ${cypherString(dir)}`);
  }

  private async alone(cypher: string): Promise<void> {
    this.assertOpen(this.closing);
    if (this.readOnly) throw new KgError('STORE_ERROR', `the store at ${this.path} is open read-only`);
    await this.exclusive(async () => {
      if (this.stopped) throw this.stopped;
      this.assertSpace();
      await this.run(this.writeConn, cypher, {});
    });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    // No write starts once closing; reads go on until the search index has applied what it was told (it may read the store).
    this.closing = true;
    await this.queue.catch(() => undefined);
    // A search file left behind is caught up on the next open: its loss is no reason to fail the close.
    try {
      if (!this.stopped) await this.search?.flush?.();
    } catch { /* caught up on open */ } finally {
      await this.search?.close?.().catch(() => undefined);
    }
    this.closed = true;
    if (this.stopped) {
      markLeftOpen();
      return;
    }
    if (!this.readOnly) await this.checkpointForClose();
    for (const c of this.readConns) await c.close();
    await this.writeConn.close();
    await this.db.close();
  }

  /** Refuses a write that could fill the disk: the log and a checkpoint need room, and a write cut short by a full disk stops the store. */
  private assertSpace(): void {
    const free = freeBytes(dirname(this.path));
    if (free === null || free >= this.minFreeBytes) return;
    throw new KgError('STORE_FULL', `only ${(free / MiB).toFixed(1)} MiB free on the filesystem of ${dirname(this.path)}, under the ${this.minFreeBytes / MiB} MiB kept free (KG_MIN_FREE_MB): `
      + 'nothing more is written. Every page reported written is stored; free some space and run again', { path: this.path, free, writesStopped: true });
  }

  /** A checkpoint once the log is over its size, when the disk has room for it (about the log's size twice over). */
  private async afterCommit(): Promise<void> {
    const wal = fileSize(`${this.path}.wal`);
    if (wal < this.checkpointBytes) return;
    const free = freeBytes(dirname(this.path));
    if (free !== null && free < 2 * wal) return; // the next write is refused for space, or the log is checkpointed when the store is opened again
    try {
      await this.run(this.writeConn, 'CHECKPOINT', {});
    } catch (e) {
      // The commit stands (it is in the log, and the next writer's open completes the checkpoint); later writes get this error.
      this.stop(e, 'checkpoint');
    }
  }

  /**
   * The checkpoint a close makes, made here where its failure can be told
   * (LadybugDB's own, as it closes, fails silently): without room for it the
   * log stays beside the store file, whole, for the next open to replay.
   */
  private async checkpointForClose(): Promise<void> {
    const wal = fileSize(`${this.path}.wal`);
    if (wal === 0) return;
    const free = freeBytes(dirname(this.path));
    if (free !== null && free < 2 * wal) {
      markLeftOpen();
      throw new KgError('STORE_FULL', `only ${(free / MiB).toFixed(1)} MiB free on the filesystem of ${dirname(this.path)}: the store's log (${(wal / MiB).toFixed(1)} MiB) `
        + 'stays beside the store file to be replayed by the next open, as there is no room to checkpoint it; every page reported written is stored. Free some space', { path: this.path, writesStopped: true });
    }
    try {
      await this.run(this.writeConn, 'CHECKPOINT', {});
    } catch (e) {
      markLeftOpen();
      throw this.stop(e, 'checkpoint');
    }
  }

  /**
   * After a failed write or checkpoint: no more writes in this process; a log
   * left ending in a record half written is cut back to its last commit, so
   * that the files on disk are the store as of the last commit. The disk was
   * full when the failure says so or nearly nothing is free (LadybugDB
   * reports a short write with no errno).
   */
  private stop(e: unknown, failed: 'write' | 'checkpoint'): KgError {
    const cause = e instanceof KgError && e.cause ? e.cause : e;
    const message = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    const dir = dirname(this.path);
    const free = freeBytes(dir);
    const full = /No space left|ENOSPC/i.test(message) || (free !== null && free < 4 * MiB);
    const repair: string[] = [];
    try {
      const wal = `${this.path}.wal`;
      const bytes = readFileSync(wal);
      const report = inspectWal(bytes);
      if (onlyTorn(report)) repair.push(cutWal(wal, report));
    } catch { /* no log, or it cannot be read: the next open looks at it again */ }
    const outcome = failed === 'write'
      ? 'the write that failed is not stored, every page reported written before it is'
      : 'a checkpoint failed; every page reported written is stored (in the log: the next open completes the checkpoint)';
    this.stopped = full
      ? new KgError('STORE_FULL', `no space left on the filesystem of ${dir} (${free === null ? '?' : (free / MiB).toFixed(1)} MiB free): ${outcome}; free some space and run again`, { path: this.path, writesStopped: true }, { cause })
      : new KgError('STORE_ERROR', `writing the store at ${this.path} failed (${message}): ${outcome}; nothing more is written by this process. Check the disk, then \`kg check --data ${dir}\``, { path: this.path, writesStopped: true }, { cause });
    this.stopped.details.repaired = repair;
    return this.stopped;
  }

  private assertOpen(closing = false): void {
    if (this.closed || closing) throw new KgError('STORE_UNAVAILABLE', 'the store is closed');
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Prepared statements by text: the project's statements are a fixed set, prepared once per connection. */
  private readonly cache = new Map<Connection, Map<string, PreparedStatement>>();

  private async prepared(conn: Connection, cypher: string): Promise<PreparedStatement> {
    let byText = this.cache.get(conn);
    if (!byText) this.cache.set(conn, (byText = new Map()));
    let ps = byText.get(cypher);
    if (!ps) {
      ps = await conn.prepare(cypher);
      if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
      if (byText.size >= MAX_PREPARED) byText.clear();
      byText.set(cypher, ps);
    }
    return ps;
  }

  private async run(conn: Connection, cypher: string, params: Params): Promise<Row[]> {
    try {
      let result: QueryResult | QueryResult[];
      if (Object.keys(params).length === 0) {
        result = await conn.query(cypher);
      } else {
        result = await conn.execute(await this.prepared(conn, cypher), params as Record<string, never>);
      }
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      const rows = await allRows(last);
      for (const r of Array.isArray(result) ? result : [result]) r.close();
      return rows.map((r) => toPlain(r) as Row);
    } catch (e) {
      throw toKgError(e, this.path, cypher);
    }
  }
}

/**
 * Rows converted between turns of the event loop. The result is complete once
 * the query has run; QueryResult.getAll then fetches each row as its own task
 * on the thread pool (6,000 rows of two strings: 250-900 ms), where reading
 * them in place takes about a microsecond a row. They are read in place, a
 * slice at a time, so a large result holds the event loop a few ms at most.
 */
const ROWS_PER_TURN = 4096;

async function allRows(result: QueryResult): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  result.resetIterator();
  while (result.hasNext()) {
    for (let i = 0; i < ROWS_PER_TURN && result.hasNext(); i++) rows.push(result.getNextSync()!);
    if (result.hasNext()) await new Promise<void>((done) => setImmediate(done));
  }
  return rows;
}

/** A read without a deadline: LadybugDB takes no 0 for "none", and a connection keeps the last timeout set. */
const NO_TIMEOUT_MS = 2 ** 31 - 1;

/** The milliseconds a read has left, or TIMEOUT when none are left: it is not started. */
function readTimeout(deadline: number | undefined): number {
  if (deadline === undefined) return NO_TIMEOUT_MS;
  const left = Math.floor(deadline - Date.now());
  if (left < 1) throw timedOut();
  return left;
}

const timedOut = (cause?: unknown) => new KgError('TIMEOUT', READ_TIMED_OUT, {}, { cause });

/** Driver values to plain data: bigint to number, node/rel values keep `_label` and their properties. */
function toPlain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toPlain);
  if (v === null || typeof v !== 'object') return v;
  // DATE columns come back as a Date at midnight UTC: the contract's form is `YYYY-MM-DD`, as Neo4j's dates print.
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), toPlain(x)]));
  const o = v as Record<string, unknown>;
  if ('_nodes' in o && '_rels' in o) return { nodes: toPlain(o._nodes), rels: toPlain(o._rels) };
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) if (k !== '_id' && k !== '_src' && k !== '_dst') out[k] = toPlain(x);
  return out;
}

/**
 * Opens the store for writing and closes it, which completes a checkpoint
 * that was cut short; false when another process took the store meanwhile.
 */
async function completeCheckpoint(dataDir: string, options: LadybugOptions, repaired: string[]): Promise<boolean> {
  let writer: LadybugStore;
  try {
    writer = await LadybugStore.open(dataDir, { ...options, readOnly: false });
  } catch (e) {
    if (e instanceof KgError && e.code === 'STORE_BUSY') return false;
    throw e;
  }
  repaired.push(...writer.repaired, 'a checkpoint cut short (by a crash or a full disk) was completed');
  await writer.close();
  return true;
}

/** A failure of the disk under a write (no space, an I/O error, a file-size limit), not a statement the store rejected. */
function isWriteFailure(e: unknown): boolean {
  const cause = e instanceof KgError && e.cause ? e.cause : e;
  const message = cause instanceof Error ? cause.message : String(cause);
  return /IO exception|No space left|Input\/output error|File too large|Cannot write to file|fsync/i.test(message);
}

/** The one place where LadybugDB errors become project errors. */
function toKgError(e: unknown, path: string, cypher?: string): KgError {
  if (e instanceof KgError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const dataDir = dirname(path);
  if (/Could not set lock on file/i.test(message)) {
    return new KgError('STORE_BUSY', `the store at ${path} is in use by another process (a running \`kg serve\` or \`kg ingest\`)`, { path }, { cause: e });
  }
  const first = message.split('\n')[0];
  if (/read-only mode while checkpoint is in progress/i.test(message)) {
    return new KgError('STORE_BUSY', `the store at ${path} is being checkpointed`, { path, checkpointCutShort: true }, { cause: e });
  }
  // The connection's query timeout (set by read() from the request's deadline).
  if (cypher && /^Interrupted\.?$/.test(first)) return timedOut(e);
  const why = first.replace(/[.\s]+$/, '');
  if (!cypher && /not a valid Lbug database file|different version|Cannot read checkpoint/i.test(message)) {
    return new KgError('STORE_ERROR', `the store file ${path} cannot be read (${why}): restore a backup (\`kg restore BACKUP --data ${dataDir}\`)`, { path, storeFileDamaged: true }, { cause: e });
  }
  if (!cypher && /WAL file is corrupted|Corrupted wal|Reading past the end|database ID/i.test(message)) {
    return new KgError('STORE_ERROR', `the log beside the store file ${path} cannot be replayed (${why}): ${wayOut(dataDir)}`, { path }, { cause: e });
  }
  return new KgError('STORE_ERROR', `store error: ${first}`, cypher ? { path, cypher } : { path }, { cause: e });
}
