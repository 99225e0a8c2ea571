// The production store: a Neo4j 5 server through the official driver.
//
// Traps this module handles, since no server runs where the tests run:
// - Integers: the driver runs with disableLosslessIntegers, so results come
//   back as JS numbers; integral parameters are sent as Neo4j integers (a JS
//   number is otherwise a float, and `LIMIT $n` or an INT64 comparison breaks).
// - Retries: executeRead/executeWrite may run the work function more than
//   once on a transient error, so the work function only runs statements and
//   collects their rows, nothing outside the transaction.
// - Sessions: one per call, closed in `finally`; the driver is created once.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { KgError, READ_TIMED_OUT } from '../errors.ts';
import { schemaStatements } from './dialect.ts';
import { Neo4jSearch } from './search/neo4jSearch.ts';
import type { GraphStore, Params, ReadOptions, Row, Statement } from './store.ts';

export class Neo4jStore implements GraphStore {
  readonly dialect = 'neo4j' as const;
  readonly search: Neo4jSearch = new Neo4jSearch(this);

  private constructor(private readonly driver: Driver, private readonly database: string | undefined, readonly uri: string) {}

  static async open(config: Neo4jConfig): Promise<Neo4jStore> {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
    });
    try {
      await driver.verifyConnectivity(config.database ? { database: config.database } : {});
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw toKgError(e, config.uri);
    }
    return new Neo4jStore(driver, config.database, config.uri);
  }

  async migrate(): Promise<void> {
    // Schema statements cannot share a transaction with each other in Neo4j: one each.
    for (const ddl of schemaStatements('neo4j')) await this.write([{ cypher: ddl }]);
  }

  async read(cypher: string, params: Params = {}, options: ReadOptions = {}): Promise<Row[]> {
    return (await this.readEach(cypher, [params], options))[0]!;
  }

  /** The statement once per parameter set, in one read transaction. */
  async readEach(cypher: string, paramSets: Params[], options: ReadOptions = {}): Promise<Row[][]> {
    // The server stops a transaction past its timeout; one with no time left is not begun.
    let config: { timeout: number } | undefined;
    if (options.deadline !== undefined) {
      const left = Math.floor(options.deadline - Date.now());
      if (left < 1) throw new KgError('TIMEOUT', READ_TIMED_OUT);
      config = { timeout: left };
    }
    if (paramSets.length === 0) return [];
    return this.withSession('READ', (s) =>
      s.executeRead((tx) => runAll(tx, paramSets.map((params) => ({ cypher, params }))), config),
    );
  }

  async write(statements: Statement[]): Promise<Row[][]> {
    return this.withSession('WRITE', (s) => s.executeWrite((tx) => runAll(tx, statements)));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (e) {
      throw toKgError(e, this.uri);
    } finally {
      // A failure to close (the connection is gone) must not hide the answer or the mapped error.
      await session.close().catch(() => undefined);
    }
  }
}

async function runAll(tx: ManagedTransaction, statements: Statement[]): Promise<Row[][]> {
  const out: Row[][] = [];
  for (const s of statements) {
    const result = await tx.run(s.cypher, toParams(s.params ?? {}));
    out.push(result.records.map((r) => toPlain(r.toObject()) as Row));
  }
  return out;
}

/** JS values to driver parameters: integral numbers become Neo4j integers. */
function toParams(v: unknown): never {
  const conv = (x: unknown): unknown => {
    if (typeof x === 'number' && Number.isInteger(x)) return neo4j.int(x);
    if (Array.isArray(x)) return x.map(conv);
    if (x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
      return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, conv(y)]));
    }
    return x;
  };
  return conv(v) as never;
}

/** Driver values to the plain rows of the GraphStore contract (same shapes as the embedded store). */
function toPlain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (v instanceof neo4j.types.Node) return { _label: v.labels[0] ?? null, ...(toPlain(v.properties) as object) };
  if (v instanceof neo4j.types.Relationship) return { _label: v.type, ...(toPlain(v.properties) as object) };
  if (v instanceof neo4j.types.Path) {
    return {
      nodes: toPlain([v.start, ...v.segments.map((s) => s.end)]),
      rels: toPlain(v.segments.map((s) => s.relationship)),
    };
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return String(v); // temporal and spatial values
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
}

/** The one place where Neo4j driver errors become project errors. */
function toKgError(e: unknown, uri: string): KgError {
  if (e instanceof KgError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  // A transaction past the timeout read() gave it (Neo4j 5: TransactionTimedOutClientConfiguration; 4: TransactionTimedOut).
  if (/\.Transaction\.TransactionTimedOut/.test(code)) return new KgError('TIMEOUT', READ_TIMED_OUT, {}, { cause: e });
  // Transient errors (a leader switch, a database starting) are what the driver's retries could not outlast: the store's state, worth retrying later.
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security.') || code.startsWith('Neo.TransientError.')) {
    return new KgError('STORE_UNAVAILABLE', `cannot reach Neo4j at ${uri}: ${message}`, { uri, code }, { cause: e });
  }
  return new KgError('STORE_ERROR', `store error: ${message.split('\n')[0]}`, { uri, code }, { cause: e });
}
