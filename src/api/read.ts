import type { Statement } from '../graph/store.ts';
import type { ApiContext } from './context.ts';

/** Runs a `RETURN count(…) AS n` statement. */
export async function readCount(ctx: ApiContext, s: Statement): Promise<number> {
  const rows = await ctx.store.read(s.cypher, s.params);
  return Number(rows[0]?.n ?? 0);
}

export async function readRows(ctx: ApiContext, s: Statement): Promise<Record<string, unknown>[]> {
  return ctx.store.read(s.cypher, s.params);
}
