// Articles of a district filter, paged in JavaScript: the two routes to a
// district's articles (their activity, a place they name) are read as sort
// keys, merged, ordered as the store would order them (orders.ts), and only
// the page asked for is loaded. Keys are a few bytes per article, so this
// stays cheap for tens of thousands of matches.
import { articlesOrder } from './orders.ts';
import { inOrder, type Keyed } from './paging.ts';
import type { KeyValue } from './keyset.ts';
import type { ListOrder } from './types/dates.ts';

export interface ArticleKey { id: string; page: string; position: number; date: string | null }

/** An article's key in the articles list ordered by `order` (the columns of articlesOrder's keys). */
const keyOf = (k: ArticleKey, order: ListOrder): KeyValue[] =>
  [...(order.field === 'DATE' ? [k.date] : []), k.page, k.position, k.id];

/** Ids of several routes' articles, each once, with their keys, in the list's order (undated last when ordered by date). */
export function mergeArticleKeys(routes: ArticleKey[][], order: ListOrder): Keyed<string>[] {
  const byId = new Map<string, ArticleKey>();
  for (const keys of routes) for (const k of keys) byId.set(k.id, k);
  return inOrder([...byId.values()].map((k) => ({ node: k.id, key: keyOf(k, order) })), articlesOrder(order));
}
