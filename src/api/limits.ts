// Limits shared by the schema (argument validation) and the server (cost plugin).
import { KgError } from '../errors.ts';

/** Largest `first`/`last` any list or connection accepts. */
export const MAX_PAGE_SIZE = 100;
/** Page size of a connection asked for without `first`. */
export const DEFAULT_PAGE_SIZE = 20;
/** `path(maxHops:)` default and ceiling: longer searches get slow and explain little. */
export const DEFAULT_PATH_HOPS = 4;
export const MAX_PATH_HOPS = 6;
/** Most ids `nodes(ids:)` looks up at once. */
export const MAX_NODE_IDS = 100;

/** A page size from a `first` argument: a clear error instead of silent clamping. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0) throw new KgError('BAD_REQUEST', `"first" must be a non-negative integer, got ${first}`);
  if (first > MAX_PAGE_SIZE) throw new KgError('BAD_REQUEST', `"first" must be at most ${MAX_PAGE_SIZE}, got ${first}`, { limit: MAX_PAGE_SIZE });
  return first;
}
