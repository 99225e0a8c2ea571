// The one boundary between the project and a graph database.
//
// Both implementations (Neo4j, embedded LadybugDB) run the same Cypher text;
// values always travel as parameters. Rows come back as plain JS objects with
// plain numbers (no driver Integer) and arrays, keyed by the RETURN aliases.

import type { SearchIndex } from './search/searchIndex.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Statement { cypher: string; params?: Params }

export interface ReadOptions {
  /**
   * When the read must be done by (a `Date.now()` time): the store stops it
   * there (TIMEOUT), and one that has not started by then never starts.
   */
  deadline?: number;
}

export interface GraphStore {
  /** Which store this is: the dialect module keys its few differences on it. */
  readonly dialect: 'neo4j' | 'ladybug';
  /** Creates tables/constraints/indexes if missing; safe to call on every start. */
  migrate(): Promise<void>;
  /** One read query. */
  read(cypher: string, params?: Params, options?: ReadOptions): Promise<Row[]>;
  /**
   * One read statement for several parameter sets, in one call: each set's
   * rows, in order. The embedded store runs the prepared statement once per
   * set, side by side on its read connections (see keyed.ts); Neo4j runs them
   * in one read transaction. A wrapper of a store may leave it out: callers
   * then read a batched statement, or each set on its own.
   */
  readEach?(cypher: string, paramSets: Params[], options?: ReadOptions): Promise<Row[][]>;
  /** Several statements in one transaction: all applied, or none. Returns each statement's rows. */
  write(statements: Statement[]): Promise<Row[][]>;
  close(): Promise<void>;
  /** Full-text search over its texts (absent on a store opened without one: a bare LadybugStore.open). */
  search?: SearchIndex;
}
