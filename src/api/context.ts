// A fresh context per request: the store and that request's loaders, so a
// cached record never outlives the request that read it, and the request's
// deadline, which every store read of the request carries.
import { initContextCache } from '@pothos/core';
import { DEFAULT_HOME_CITY, DEFAULT_REQUEST_TIMEOUT_MS } from '../config.ts';
import type { GraphStore, Params, ReadOptions } from '../graph/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface ApiContext {
  /** The store, its reads bound to `deadline`. */
  store: GraphStore;
  loaders: Loaders;
  /** The paper's city (北京): ranks the bodies that share a short name. */
  homeCity: string;
  /** When the request must be answered by (a `Date.now()` time). */
  deadline: number;
}

export interface ContextOptions {
  homeCity?: string;
  /** Time the request gets, in ms (KG_REQUEST_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** The store as one request sees it: each read stops at the request's deadline. */
function withDeadline(store: GraphStore, deadline: number): GraphStore {
  return {
    dialect: store.dialect,
    migrate: () => store.migrate(),
    read: (cypher, params, options) => store.read(cypher, params, { deadline: Math.min(deadline, options?.deadline ?? Infinity) }),
    ...(store.readEach ? { readEach: (cypher: string, paramSets: Params[], options?: ReadOptions) => store.readEach!(cypher, paramSets, { deadline: Math.min(deadline, options?.deadline ?? Infinity) }) } : {}),
    write: (statements) => store.write(statements),
    close: () => store.close(),
    search: store.search,
  };
}

export function createContext(store: GraphStore, { homeCity = DEFAULT_HOME_CITY, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: ContextOptions = {}): ApiContext {
  const deadline = Date.now() + timeoutMs;
  const reads = withDeadline(store, deadline);
  // initContextCache keeps the Pothos loader cache when the server copies the context.
  return { ...initContextCache(), store: reads, loaders: createLoaders(reads), homeCity, deadline };
}
