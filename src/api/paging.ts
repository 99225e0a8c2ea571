// Connections: `first`/`last` are checked (a clear error, not silent
// clamping), cursors are sort keys of the list's total order (keyset.ts), so
// a page ingested between two requests neither repeats nor skips an item.
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { KgError } from '../errors.ts';
import { compareKeys, decodeCursor, encodeCursor, type KeyOrder, type KeysetPage, type KeyValue } from './keyset.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './limits.ts';

/** An item of a page with its sort key. */
export interface Keyed<T> { node: T; key: KeyValue[] }

interface Plan { page: KeysetPage; size: number; last: number | null }

function planPage(args: DefaultConnectionArguments, order: KeyOrder): Plan {
  const first = args.first === null || args.first === undefined ? null : pageSize(args.first);
  const last = args.last === null || args.last === undefined ? null : args.last;
  if (last !== null && (!Number.isInteger(last) || last < 0 || last > MAX_PAGE_SIZE)) {
    throw new KgError('BAD_REQUEST', `"last" must be from 0 to ${MAX_PAGE_SIZE}, got ${last}`, { limit: MAX_PAGE_SIZE });
  }
  const after = args.after ? decodeCursor(order, args.after, 'after') : null;
  const before = args.before ? decodeCursor(order, args.before, 'before') : null;
  // `last` alone reads from the end; with `first` too, the last items of the first ones (Relay's order of the two).
  const backward = last !== null && first === null;
  const size = backward ? last : first ?? DEFAULT_PAGE_SIZE;
  return { page: { after, before, backward, limit: size + 1 }, size, last: backward ? null : last };
}

function toConnection<T>(args: DefaultConnectionArguments, order: KeyOrder, plan: Plan, read: Keyed<T>[]) {
  const more = read.length > plan.size;
  let items = read.slice(0, plan.size);
  if (plan.page.backward) items.reverse();
  const cut = plan.last !== null && items.length > plan.last;
  if (cut) items = items.slice(items.length - plan.last!);
  const edges = items.map((i) => ({ cursor: encodeCursor(order, i.key), node: i.node }));
  return {
    edges,
    pageInfo: {
      // Past a cursor there is at least the item it was made from.
      hasNextPage: plan.page.backward ? Boolean(args.before) : more,
      hasPreviousPage: plan.page.backward ? more : cut || Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A connection over a store query that reads one keyset page (see keysetClauses). */
export async function keysetConnection<T>(
  args: DefaultConnectionArguments,
  order: KeyOrder,
  fetch: (page: KeysetPage) => Promise<Keyed<T>[]>,
  count: () => Promise<number>,
) {
  const plan = planPage(args, order);
  let total: Promise<number> | undefined;
  return { ...toConnection(args, order, plan, await fetch(plan.page)), totalCount: () => (total ??= count()) };
}

/**
 * A connection over the ids of a whole list with their sort keys, read and
 * put in order here (inOrder): only the page's nodes are loaded (`load`, in
 * the ids' order; an id it finds no node for is left out), and the count is
 * the keys'. For lists whose keys come cheaper than the store's own sort.
 */
export function keysConnection<T>(
  args: DefaultConnectionArguments,
  order: KeyOrder,
  keys: () => Promise<Keyed<string>[]>,
  load: (ids: string[]) => Promise<readonly (T | Error | null | undefined)[]>,
) {
  let all: Promise<Keyed<string>[]> | undefined;
  const read = () => (all ??= keys());
  return keysetConnection(
    args,
    order,
    async (page) => {
      const keyed = keysetPage(await read(), order, page);
      const loaded = await load(keyed.map((k) => k.node));
      return keyed.flatMap((k, i) => {
        const node = loaded[i];
        return node instanceof Error || !node ? [] : [{ node, key: k.key }];
      });
    },
    async () => (await read()).length,
  );
}

/** Keyed items in the list's order, an item listed twice (the same key) once. */
export function inOrder<T>(items: Keyed<T>[], order: KeyOrder): Keyed<T>[] {
  const sorted = [...items].sort((a, b) => compareKeys(order.keys, a.key, b.key));
  return sorted.filter((item, i) => i === 0 || compareKeys(order.keys, sorted[i - 1]!.key, item.key) !== 0);
}

/** The keyset page of keyed items already in the list's order (inOrder), as the store would read it. */
export function keysetPage<T>(items: Keyed<T>[], order: KeyOrder, page: KeysetPage): Keyed<T>[] {
  const inRange = items.filter((i) => (!page.after || compareKeys(order.keys, i.key, page.after) > 0)
    && (!page.before || compareKeys(order.keys, i.key, page.before) < 0));
  return (page.backward ? inRange.reverse() : inRange).slice(0, page.limit);
}

/** A connection over a list already loaded whole (a relationship list of one node). */
export function arrayConnection<T>(args: DefaultConnectionArguments, order: KeyOrder, items: Keyed<T>[]) {
  const plan = planPage(args, order);
  const list = inOrder(items, order);
  return { ...toConnection(args, order, plan, keysetPage(list, order, plan.page)), totalCount: list.length };
}

/** A plain list cut to `first` (default and ceiling MAX_PAGE_SIZE). */
export function firstOf<T>(items: T[], first: number | null | undefined): T[] {
  return items.slice(0, pageSize(first, MAX_PAGE_SIZE));
}
