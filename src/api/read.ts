import type { Statement } from '../graph/store.ts';
import type { ApiContext } from './context.ts';
import { rowKey, type KeyOrder } from './keyset.ts';
import type { Keyed } from './paging.ts';

/** Runs a `RETURN count(…) AS n` statement. */
export async function readCount(ctx: ApiContext, s: Statement): Promise<number> {
  const rows = await ctx.store.read(s.cypher, s.params);
  return Number(rows[0]?.n ?? 0);
}

export async function readRows(ctx: ApiContext, s: Statement): Promise<Record<string, unknown>[]> {
  return ctx.store.read(s.cypher, s.params);
}

/** Runs a keyset page statement (keysetClauses): each row's item with its sort key. */
export async function readKeyed<T>(ctx: ApiContext, s: Statement, order: KeyOrder, map: (row: Record<string, unknown>) => T): Promise<Keyed<T>[]> {
  return (await readRows(ctx, s)).map((row) => ({ node: map(row), key: rowKey(order.keys, row) }));
}
