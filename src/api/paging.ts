// Connections: the `first` limit is checked (a clear error, not silent
// clamping), then the relay helpers make cursors from offsets.
import { cursorToOffset, offsetToCursor, resolveArrayConnection, resolveOffsetConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { KgError } from '../errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './limits.ts';

function checkArgs(args: DefaultConnectionArguments): void {
  pageSize(args.first);
  if (args.last !== null && args.last !== undefined && (args.last < 0 || args.last > MAX_PAGE_SIZE)) {
    throw new KgError('BAD_REQUEST', `"last" must be from 0 to ${MAX_PAGE_SIZE}, got ${args.last}`, { limit: MAX_PAGE_SIZE });
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor === null || cursor === undefined) continue;
    let offset = Number.NaN;
    try { offset = cursorToOffset(cursor); } catch { /* reported below */ }
    // A safe integer: a larger offset is no cursor this API gave out, and the store refuses it.
    if (!Number.isSafeInteger(offset) || offset < 0) {
      const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
      throw new KgError('BAD_REQUEST', `Invalid cursor "${shown}" in "${name}": use a cursor from pageInfo or an edge of the same list`);
    }
  }
}

/**
 * An empty page has no start or end (Relay: null cursors). The relay helpers
 * otherwise compute cursors for offsets with no item, `-1` among them, which
 * this API would then refuse as input.
 */
function withEdgeCursors<C extends { edges?: readonly unknown[] | null; pageInfo: { startCursor?: string | null; endCursor?: string | null } }>(conn: C): C {
  return conn.edges && conn.edges.length > 0 ? conn : { ...conn, pageInfo: { ...conn.pageInfo, startCursor: null, endCursor: null } };
}

/** A connection over a store query that takes an offset and a limit. */
export async function offsetConnection<T>(
  args: DefaultConnectionArguments,
  fetch: (offset: number, limit: number) => Promise<T[]>,
  count: () => Promise<number>,
) {
  checkArgs(args);
  let total: Promise<number> | undefined;
  const counted = () => (total ??= count());
  // `last` alone counts from the end: the end is the list's length, read once and reused for totalCount.
  const fromEnd = args.last !== null && args.last !== undefined && !args.before && (args.first === null || args.first === undefined);
  const paged = fromEnd ? { ...args, before: offsetToCursor(await counted()) } : args;
  const conn = await resolveOffsetConnection({ args: paged, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, ({ offset, limit }) => fetch(offset, limit));
  return { ...withEdgeCursors(conn), totalCount: counted };
}

/** A connection over a list already loaded whole (a relationship list of one node). */
export function arrayConnection<T>(args: DefaultConnectionArguments, items: T[]) {
  checkArgs(args);
  return { ...withEdgeCursors(resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, items)), totalCount: items.length };
}

/** A plain list cut to `first` (default and ceiling MAX_PAGE_SIZE). */
export function firstOf<T>(items: T[], first: number | null | undefined): T[] {
  return items.slice(0, pageSize(first, MAX_PAGE_SIZE));
}
