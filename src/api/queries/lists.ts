// The relationship lists a connection pages (an organization's activities, a
// person's articles, …), read a page at a time from the node they belong to:
// the store reads the page the client asked for, and the list's size is
// counted only when `totalCount` is asked. A hub's list (北京市总工会 organized
// 6,195 activities on a 10,000-page archive) costs one page, not the whole
// list turned into rows and cut in JavaScript.
import type { Statement } from '../../graph/store.ts';
import { keysetClauses, type KeysetPage, type SortKey } from '../keyset.ts';

export interface NodeList {
  /** The pattern from the node, bound by `{id: $key}`. */
  match: string;
  /** `expr AS column, …`: the row of one item, each item once (its sort key among the columns). */
  columns: string;
  /** The sort key, over the columns' names, in the order of the list's cursor (orders.ts). */
  keys: SortKey[];
}

const str = (expr: string): SortKey => ({ expr, type: 'string' });
const int = (expr: string): SortKey => ({ expr, type: 'int' });
/** Page order over an item's columns: page, place on the page, id. */
const PAGE_KEYS = (id: string): SortKey[] => [str('page'), int('position'), str(id)];
const names = (columns: string): string[] => columns.split(',').map((c) => c.trim().split(/\s+AS\s+/i)[1]!);
const evidence = (r: string) => `${r}.evStart AS evStart, ${r}.evEnd AS evEnd, ${r}.evText AS evText, ${r}.rules AS rules`;

export const NODE_LISTS = {
  'Organization.organized': {
    match: 'MATCH (o:Organization {id: $key})-[:ORGANIZED]->(a:Activity)<-[:REPORTS]-(src:Article)',
    columns: 'a.id AS id, src.page AS page, src.position AS position',
    keys: PAGE_KEYS('id'),
  },
  'Organization.mentionedIn': {
    match: 'MATCH (ar:Article)-[:MENTIONS_ORG]->(o:Organization {id: $key})',
    columns: 'ar.id AS id, ar.page AS page, ar.position AS position',
    keys: PAGE_KEYS('id'),
  },
  'Person.mentionedIn': {
    match: 'MATCH (ar:Article)-[:MENTIONS_PERSON]->(p:Person {id: $key})',
    columns: 'ar.id AS id, ar.page AS page, ar.position AS position',
    keys: PAGE_KEYS('id'),
  },
  // A person may write and photograph the same article: the role tells the two apart.
  'Person.authored': {
    match: 'MATCH (p:Person {id: $key})-[w:AUTHORED]->(ar:Article)',
    columns: `p.id AS person, ar.id AS article, w.role AS role, ar.page AS page, ar.position AS position, ${evidence('w')}`,
    keys: [...PAGE_KEYS('article'), str('role')],
  },
  // A plain list with `first` (types/person.ts): the person's first activities in page order, read as that many rows.
  'Person.participations': {
    match: 'MATCH (p:Person {id: $key})-[r:PARTICIPATED_IN]->(a:Activity)<-[:REPORTS]-(src:Article)',
    columns: `p.id AS person, a.id AS activity, r.roles AS roles, r.article AS article, ${evidence('r')}, src.page AS page, src.position AS position`,
    keys: PAGE_KEYS('activity'),
  },
  'District.activities': {
    match: 'MATCH (a:Activity)-[:TOOK_PLACE_IN]->(d:District {id: $key}) MATCH (src:Article)-[:REPORTS]->(a)',
    columns: 'a.id AS id, src.page AS page, src.position AS position',
    keys: PAGE_KEYS('id'),
  },
  // A place is put in its district once per article that names it: each place once.
  'District.places': {
    match: 'MATCH (pl:Place)-[:IN_DISTRICT]->(d:District {id: $key})',
    columns: 'pl.id AS id, pl.name AS name',
    keys: [str('name'), str('id')],
  },
} as const satisfies Record<string, NodeList>;

export type NodeListName = keyof typeof NODE_LISTS;

/** One keyset page of a node's list: `key` is the node's id, the page as keyset.ts plans it. */
export function nodeListPage(list: NodeList, key: string, page: KeysetPage): Statement {
  const vars = names(list.columns).join(', ');
  const k = keysetClauses(list.keys, page, vars);
  return {
    cypher: `${list.match} WITH DISTINCT ${list.columns}${k.where} RETURN ${vars}${k.returns}${k.tail}`,
    params: { ...k.params, key },
  };
}

/** The number of items in a node's list. */
export function nodeListCount(list: NodeList, key: string): Statement {
  return { cypher: `${list.match} WITH DISTINCT ${list.columns} RETURN count(*) AS n`, params: { key } };
}
