// The same store, each read and each write transaction timed: the one place
// where statement times are taken, whichever store is behind it. What is
// reported is the kind of call, never the statement's text (that would make a
// label of every query shape and put the values' place in metrics).
import type { GraphStore, Params, ReadOptions, Row, Statement } from './store.ts';

export type StoreOperation = 'read' | 'write';

/** Told of every call once it has settled: its kind, how long it took in seconds, and whether it succeeded. */
export type StoreTiming = (operation: StoreOperation, seconds: number, ok: boolean) => void;

async function timed<T>(operation: StoreOperation, observe: StoreTiming, call: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    const out = await call();
    observe(operation, (performance.now() - start) / 1000, true);
    return out;
  } catch (e) {
    observe(operation, (performance.now() - start) / 1000, false);
    throw e;
  }
}

/** `store`, with `observe` told of each read (a readEach is one) and write; migrate and close pass through untimed. */
export function timedStore(store: GraphStore, observe: StoreTiming): GraphStore {
  return {
    dialect: store.dialect,
    migrate: () => store.migrate(),
    read: (cypher: string, params?: Params, options?: ReadOptions): Promise<Row[]> => timed('read', observe, () => store.read(cypher, params, options)),
    ...(store.readEach ? { readEach: (cypher: string, paramSets: Params[], options?: ReadOptions): Promise<Row[][]> => timed('read', observe, () => store.readEach!(cypher, paramSets, options)) } : {}),
    write: (statements: Statement[]): Promise<Row[][]> => timed('write', observe, () => store.write(statements)),
    close: () => store.close(),
    // Searches are not store statements: the index is the store's own, passed on untimed.
    search: store.search,
  };
}
