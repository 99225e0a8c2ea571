// Articles of a district filter, paged in JavaScript: the two routes to a
// district's articles (their activity, a place they name) are read as sort
// keys, merged, ordered as the store would order them, and only the page
// asked for is loaded. Keys are a few bytes per article, so this stays cheap
// for tens of thousands of matches.
import type { ListOrder } from './types/dates.ts';

export interface ArticleKey { id: string; page: string; position: number; date: string | null }

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const pageOrder = (a: ArticleKey, b: ArticleKey) => cmp(a.page, b.page) || cmp(a.position, b.position) || cmp(a.id, b.id);

/** Keys of several routes, each article once, in the list's order (undated last when ordered by date, as listOrder does). */
export function mergeArticleKeys(routes: ArticleKey[][], order: ListOrder): ArticleKey[] {
  const byId = new Map<string, ArticleKey>();
  for (const keys of routes) for (const k of keys) byId.set(k.id, k);
  const keys = [...byId.values()];
  const dir = order.direction === 'DESC' ? -1 : 1;
  if (order.field === 'PAGE') return keys.sort((a, b) => dir * pageOrder(a, b));
  return keys.sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0)
    || (a.date !== null && b.date !== null ? dir * cmp(a.date, b.date) : 0) || pageOrder(a, b));
}
