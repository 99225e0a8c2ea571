// A connection over a node's relationship list, read a page at a time by the
// store (queries/lists.ts). Its cursors are those of the list's order
// (orders.ts): the same list, order and key types, over the statement's columns.
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { ApiContext } from './context.ts';
import { rowKey, type KeyOrder } from './keyset.ts';
import { keysetConnection } from './paging.ts';
import { NODE_LISTS, nodeListCount, nodeListPage, type NodeListName } from './queries/lists.ts';
import { readCount } from './read.ts';

type Row = Record<string, unknown>;

export const idOfRow = (row: Row): string => String(row.id);

/** The page of `name` that `args` ask for, of the node `id`, each row mapped to its item. */
export function nodeListConnection<T>(ctx: ApiContext, args: DefaultConnectionArguments, order: KeyOrder, name: NodeListName, id: string, map: (row: Row) => T) {
  const list = NODE_LISTS[name];
  const keyed: KeyOrder = { ...order, keys: list.keys };
  return keysetConnection(
    args,
    keyed,
    async (page) => (await ctx.loaders.statementRows.load(nodeListPage(list, id, page))).map((row) => ({ node: map(row), key: rowKey(list.keys, row) })),
    () => readCount(ctx, nodeListCount(list, id)),
  );
}

/** The first `first` items of `name` of the node `id` (a plain list, no cursor), read as that many rows. */
export async function nodeListFirst<T>(ctx: ApiContext, name: NodeListName, id: string, first: number, map: (row: Row) => T): Promise<T[]> {
  const page = { after: null, before: null, backward: false, limit: first };
  return first <= 0 ? [] : (await ctx.loaders.statementRows.load(nodeListPage(NODE_LISTS[name], id, page))).map(map);
}
