// Articles of a district filter, paged in JavaScript: the two routes to a
// district's articles (their activity, a place they name) are read as sort
// keys, merged, ordered as the store would order them (orders.ts), and only
// the page asked for is loaded. Keys are a few bytes per article, so this
// stays cheap for tens of thousands of matches.
import { pagePlace } from '../graph/ids.ts';
import { articlesOrder } from './orders.ts';
import { inOrder, type Keyed } from './paging.ts';
import type { KeyValue } from './keyset.ts';
import type { ListOrder } from './types/dates.ts';

export interface ArticleKey { id: string; page: string; position: number; date: string | null }

/** A row of articleKeys as a key: read whole, or an `id` alone whose page and place its form gives (undated: that route is not by date). */
export function articleKeyOf(row: Record<string, unknown>): ArticleKey | null {
  const id = String(row.id);
  if (row.page !== undefined) return { id, page: String(row.page), position: Number(row.position), date: row.date == null ? null : String(row.date) };
  const at = pagePlace(id);
  return at && { id, ...at, date: null };
}

/** An article's key in the articles list ordered by `order` (the columns of articlesOrder's keys). */
const keyOf = (k: ArticleKey, order: ListOrder): KeyValue[] =>
  [...(order.field === 'DATE' ? [k.date] : []), k.page, k.position, k.id];

/** Ids of several routes' articles, each once, with their keys, in the list's order (undated last when ordered by date). */
export function mergeArticleKeys(routes: ArticleKey[][], order: ListOrder): Keyed<string>[] {
  const byId = new Map<string, ArticleKey>();
  for (const keys of routes) for (const k of keys) byId.set(k.id, k);
  return inOrder([...byId.values()].map((k) => ({ node: k.id, key: keyOf(k, order) })), articlesOrder(order));
}
