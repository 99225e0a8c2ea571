// The embedded store: LadybugDB (the maintained fork of Kùzu), in-process, one
// file under the data directory. One process at a time may open it for
// writing; a second one gets STORE_BUSY.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Connection, Database, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { DEFAULT_BUFFER_POOL_MB, DEFAULT_READ_CONNECTIONS } from '../config.ts';
import { KgError } from '../errors.ts';
import { schemaStatements } from './dialect.ts';
import type { GraphStore, Params, Row, Statement } from './store.ts';

/** The store file inside the data directory. */
export const STORE_FILE = 'graph.lbug';

export interface LadybugOptions {
  readOnly?: boolean;
  /** Page cache size in MiB (LadybugDB's default is a share of the machine's memory). */
  bufferPoolMb?: number;
  /** Read connections (default DEFAULT_READ_CONNECTIONS): reads on different connections run at the same time, off the event loop. */
  readConnections?: number;
}

const MAX_PREPARED = 500;

export class LadybugStore implements GraphStore {
  readonly dialect = 'ladybug' as const;
  /** Writes take turns: one transaction at a time on the write connection. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly db: Database,
    private readonly writeConn: Connection,
    private readonly readConns: Connection[],
    readonly path: string,
    readonly readOnly: boolean,
  ) {}

  static async open(dataDir: string, options: LadybugOptions = {}): Promise<LadybugStore> {
    const path = join(dataDir, STORE_FILE);
    const readOnly = options.readOnly ?? false;
    try {
      if (!readOnly) mkdirSync(dataDir, { recursive: true });
      const db = new lbug.Database(path, (options.bufferPoolMb ?? DEFAULT_BUFFER_POOL_MB) * 1024 * 1024, true, readOnly);
      await db.init();
      const writeConn = new lbug.Connection(db);
      await writeConn.init();
      const readConns: Connection[] = [];
      for (let i = 0; i < Math.max(1, options.readConnections ?? DEFAULT_READ_CONNECTIONS); i++) {
        const c = new lbug.Connection(db);
        await c.init();
        readConns.push(c);
      }
      return new LadybugStore(db, writeConn, readConns, path, readOnly);
    } catch (e) {
      throw toKgError(e, path);
    }
  }

  async migrate(): Promise<void> {
    if (this.readOnly) return;
    await this.exclusive(async () => {
      for (const ddl of schemaStatements('ladybug')) await this.run(this.writeConn, ddl, {});
    });
  }

  /** Reads in flight per read connection: a read goes to the least busy one, so a slow dashboard does not hold up a look-up. */
  private readonly busy = new Map<Connection, number>();

  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    this.assertOpen();
    let conn = this.readConns[0];
    for (const c of this.readConns) if ((this.busy.get(c) ?? 0) < (this.busy.get(conn) ?? 0)) conn = c;
    this.busy.set(conn, (this.busy.get(conn) ?? 0) + 1);
    try {
      return await this.run(conn, cypher, params);
    } finally {
      this.busy.set(conn, this.busy.get(conn)! - 1);
    }
  }

  async write(statements: Statement[]): Promise<Row[][]> {
    this.assertOpen();
    if (this.readOnly) throw new KgError('STORE_ERROR', `the store at ${this.path} is open read-only`);
    return this.exclusive(async () => {
      await this.run(this.writeConn, 'BEGIN TRANSACTION', {});
      try {
        const out: Row[][] = [];
        for (const s of statements) out.push(await this.run(this.writeConn, s.cypher, s.params ?? {}));
        await this.run(this.writeConn, 'COMMIT', {});
        return out;
      } catch (e) {
        // A failed statement may already have ended the transaction; ROLLBACK then fails harmlessly.
        await this.run(this.writeConn, 'ROLLBACK', {}).catch(() => undefined);
        throw e;
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => undefined);
    for (const c of this.readConns) await c.close();
    await this.writeConn.close();
    await this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new KgError('STORE_UNAVAILABLE', 'the store is closed');
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
      const rows = await last.getAll();
      for (const r of Array.isArray(result) ? result : [result]) r.close();
      return rows.map((r) => toPlain(r) as Row);
    } catch (e) {
      throw toKgError(e, this.path, cypher);
    }
  }
}

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

/** The one place where LadybugDB errors become project errors. */
function toKgError(e: unknown, path: string, cypher?: string): KgError {
  if (e instanceof KgError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/Could not set lock on file/i.test(message)) {
    return new KgError('STORE_BUSY', `the store at ${path} is in use by another process (a running \`kg serve\` or \`kg ingest\`)`, { path }, { cause: e });
  }
  const first = message.split('\n')[0];
  return new KgError('STORE_ERROR', `store error: ${first}`, cypher ? { path, cypher } : { path }, { cause: e });
}
