// The total order of every connection: its documented order, then the node
// id, so no two items tie. A cursor names its list and order (keyset.ts);
// lists loaded whole read the same keys from their rows.
import type { KeyOrder, KeyValue, SortKey } from './keyset.ts';
import type { ListOrder } from './types/dates.ts';

const str = (expr: string, desc = false): SortKey => ({ expr, type: 'string', desc });
const int = (expr: string, desc = false): SortKey => ({ expr, type: 'int', desc });

/** Page order: page, place on the page, id; `article` is the variable of the item's article. */
const pageKeys = (article: string, id: string, desc = false): SortKey[] =>
  [str(`${article}.page`, desc), int(`${article}.position`, desc), str(id, desc)];

/** A list in page order or by date (undated last either way; ties in page order), as `orderBy` asks. */
function listOrder(list: string, order: ListOrder, date: string, article: string, id: string): KeyOrder {
  const desc = order.direction === 'DESC';
  const keys = order.field === 'PAGE'
    ? pageKeys(article, id, desc)
    : [{ expr: date, type: 'date', desc, nullable: true } satisfies SortKey, ...pageKeys(article, id)];
  return { list, order: `${order.field}_${order.direction}`, keys };
}

export const activitiesOrder = (order: ListOrder): KeyOrder => listOrder('activities', order, 'a.date', 'src', 'a.id');
export const articlesOrder = (order: ListOrder): KeyOrder => listOrder('articles', order, 'ar.date', 'ar', 'ar.id');

export const PAGES_ORDER: KeyOrder = { list: 'pages', order: 'FILE', keys: [str('pg.file'), str('pg.id')] };
export const PEOPLE_ORDER: KeyOrder = { list: 'people', order: 'NAME', keys: [str('p.name'), str('p.id')] };
export const ORGANIZATIONS_ORDER: KeyOrder = { list: 'organizations', order: 'NAME', keys: [str('o.name'), str('o.id')] };

// Relationship lists of one node, loaded whole: the keys are columns of their rows (queries/relations.ts).
const inPageOrder = (list: string): KeyOrder => ({ list, order: 'PAGE_ASC', keys: pageKeys('item', 'item.id') });
/** A person may write and photograph the same article: the role tells the two apart. */
export const PERSON_AUTHORED_ORDER: KeyOrder = { ...inPageOrder('Person.authored'), keys: [...pageKeys('item', 'item.article'), str('item.role')] };
export const PERSON_MENTIONED_IN_ORDER = inPageOrder('Person.mentionedIn');
export const ORGANIZATION_ORGANIZED_ORDER = inPageOrder('Organization.organized');
export const ORGANIZATION_MENTIONED_IN_ORDER = inPageOrder('Organization.mentionedIn');
export const DISTRICT_ACTIVITIES_ORDER = inPageOrder('District.activities');
export const DISTRICT_PLACES_ORDER: KeyOrder = { list: 'District.places', order: 'NAME', keys: [str('item.name'), str('item.id')] };

/** The page-order key of a relationship row that has `page`, `position` and an id column. */
export const pageKeyOf = (row: Record<string, unknown>, id = 'id'): KeyValue[] =>
  [(row.page ?? null) as KeyValue, (row.position ?? null) as KeyValue, String(row[id])];
