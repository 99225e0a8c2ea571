// Limits shared by the schema (argument validation) and the server (cost plugin).
import { KgError } from '../errors.ts';

/** Largest `first`/`last` any list or connection accepts. */
export const MAX_PAGE_SIZE = 100;
/** Page size of a connection, or of a list that can grow, asked for without `first`. */
export const DEFAULT_PAGE_SIZE = 20;
/** `first` of a plain list that can grow with the archive (a body's positions): the query-cost limit counts it at that size. */
export const LIST_FIRST = `At most this many (default ${DEFAULT_PAGE_SIZE}, limit ${MAX_PAGE_SIZE}).`;
/** `path(maxHops:)` default and ceiling: longer searches get slow and explain little. */
export const DEFAULT_PATH_HOPS = 4;
export const MAX_PATH_HOPS = 6;
/** `paths(first:)` default and ceiling: each further chain is several shortest-path searches. */
export const DEFAULT_PATHS = 3;
export const MAX_PATHS = 10;
/** Nodes `path(avoid:)` takes. */
export const MAX_PATH_AVOID = 20;
/** Most ids `nodes(ids:)` looks up at once. */
export const MAX_NODE_IDS = 100;

/** Longest name, search or filter string a query may pass: every real name is far shorter. */
export const MAX_TEXT_LENGTH = 100;
/** Longest id (`article:<file>#<n>`, `org:<canonical name>`). */
export const MAX_ID_LENGTH = 200;

/** A user string, trimmed, or a BAD_REQUEST naming the argument when it is too long. */
export function boundedText(argument: string, value: string): string;
export function boundedText(argument: string, value: string | null | undefined): string | null;
export function boundedText(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > MAX_TEXT_LENGTH) {
    throw new KgError('BAD_REQUEST', `"${argument}" must be at most ${MAX_TEXT_LENGTH} characters, got ${value.length}`, { argument, limit: MAX_TEXT_LENGTH });
  }
  return value.trim();
}

/** A page size from a `first` argument: a clear error instead of silent clamping. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0) throw new KgError('BAD_REQUEST', `"first" must be a non-negative integer, got ${first}`);
  if (first > MAX_PAGE_SIZE) throw new KgError('BAD_REQUEST', `"first" must be at most ${MAX_PAGE_SIZE}, got ${first}`, { limit: MAX_PAGE_SIZE });
  return first;
}
