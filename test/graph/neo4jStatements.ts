// Every statement the project sends to Neo4j, built as the Neo4j store gets
// it: the Neo4j dialect, the parameters each caller passes, and, for the
// statements built from options, each filter combination, ordering, grouping
// and label. Tests check the collection (neo4jSyntax, neo4jSemantics) without
// a server.
import * as activities from '../../src/api/queries/activities.ts';
import * as articles from '../../src/api/queries/articles.ts';
import { associatesOfPeople, shortestPath } from '../../src/api/queries/connections.ts';
import { nodesById, organizationsByName, pagesByName } from '../../src/api/queries/nodes.ts';
import * as relations from '../../src/api/queries/relations.ts';
import { NODE_LISTS, nodeListCount, nodeListPage } from '../../src/api/queries/lists.ts';
import type { DateRange, ListOrder } from '../../src/api/types/dates.ts';
import type { KeysetPage } from '../../src/api/keyset.ts';
import { activitiesOrder, articlesOrder } from '../../src/api/orders.ts';
import { DEFAULT_PATH_HOPS, MAX_PATH_HOPS } from '../../src/api/limits.ts';
import { COUNTS, PAGES_WITHOUT_HASH } from '../../src/graph/check.ts';
import { schemaStatements } from '../../src/graph/dialect.ts';
import { EXPORT_QUERIES } from '../../src/graph/export.ts';
import { NODE_LABELS, RELS } from '../../src/graph/model.ts';
import { mergePlans, planPage } from '../../src/graph/plan.ts';
import * as S from '../../src/graph/statements.ts';
import { STATS_QUERIES } from '../../src/graph/stats.ts';
import type { Params } from '../../src/graph/store.ts';
import { HAS_ACTIVITY, HAS_INVOLVED, INVOLVED_BACKFILL } from '../../src/graph/upgrade.ts';
import { READINESS_QUERY } from '../../src/server/plugins/readiness.ts';
import { goldPages } from './fixtures.ts';
import { ARTICLES_OF_PEOPLE } from '../../src/graph/peopleOverrides.ts';
import { fulltextIndexStatements, fulltextSearch } from '../../src/graph/search/neo4jSearch.ts';
import { SEARCH_KIND_NAMES } from '../../src/graph/search/searchIndex.ts';

export interface SentStatement { name: string; cypher: string; params: Params }

/** Every subset of the given keys, the empty one first. */
function subsets<K extends string>(keys: readonly K[]): K[][] {
  return keys.reduce<K[][]>((out, k) => [...out, ...out.map((s) => [...s, k])], [[]]);
}

const RANGES: [string, DateRange | null][] = [
  ['no date', null], ['from', { from: '2024-01-01', to: null }], ['to', { from: null, to: '2024-12-31' }], ['from..to', { from: '2024-01-01', to: '2024-12-31' }],
];
const ORDERS: (ListOrder | undefined)[] = [
  undefined, { field: 'PAGE', direction: 'ASC' }, { field: 'PAGE', direction: 'DESC' }, { field: 'DATE', direction: 'ASC' }, { field: 'DATE', direction: 'DESC' },
];
const orderName = (o: ListOrder | undefined) => (o ? `${o.field} ${o.direction}` : 'default order');
const PAGE_ORDER: ListOrder = { field: 'PAGE', direction: 'ASC' };

/** A first page, a page after a dated and an undated cursor, and one read back from before a cursor
 *  (the key of a date order: date, page, position, id; a page order's has no date, a name order's is name, id). */
const CURSORS: [string, KeysetPage][] = [
  ['first', { after: null, before: null, backward: false, limit: 21 }],
  ['after', { after: ['2024-01-01', 'page:a.txt', 1, 'x'], before: null, backward: false, limit: 21 }],
  ['after undated', { after: [null, 'page:a.txt', 1, 'x'], before: null, backward: false, limit: 21 }],
  ['before', { after: null, before: ['2024-01-01', 'page:a.txt', 1, 'x'], backward: true, limit: 21 }],
];
/** The cursor without its first `n` keys. */
const dropKeys = (page: KeysetPage, n: number): KeysetPage => ({ ...page, after: page.after?.slice(n) ?? null, before: page.before?.slice(n) ?? null });
const FIRST = CURSORS[0][1];
/** The cursors for a list order: a page order's key has no date. */
const cursorsFor = (o: ListOrder | undefined): [string, KeysetPage][] =>
  CURSORS.map(([name, page]) => [name, (o ?? PAGE_ORDER).field === 'PAGE' ? dropKeys(page, 1) : page]);

const ACTIVITY_VALUES = { kind: 'VISIT', district: 'district:东城区', place: 'place:中关村', organizer: '市总工会', participant: '赵丽君', role: 'LED' } as const;
const ACTIVITY_KEYS = Object.keys(ACTIVITY_VALUES) as (keyof typeof ACTIVITY_VALUES)[];
const ARTICLE_VALUES = { page: 'page:a.txt', person: '赵丽君', organization: '市总工会', district: 'district:东城区' } as const;
const ARTICLE_KEYS = Object.keys(ARTICLE_VALUES) as (keyof typeof ARTICLE_VALUES)[];

/**
 * Every subset of the filters that start the match or add an EXISTS step
 * (which one starts depends on which others are given), then all of them with
 * the plain steps (kind, a date range), and each plain step alone: a plain
 * step is a `WITH … WHERE` of its own, written the same whatever precedes it.
 */
function combinations<F>(starts: readonly string[], values: Record<string, unknown>, plain: Record<string, unknown>): [string, F][] {
  const named = (name: string, f: Record<string, unknown>): [string, F] => [name, f as F];
  const pick = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, values[k]]));
  return [
    ...subsets(starts).map((keys) => named(keys.join('+') || 'no filter', pick(keys))),
    named(`${[...starts, ...Object.keys(plain)].join('+')}, from..to`, { ...pick(starts), ...plain, date: RANGES[3][1] }),
    ...Object.entries(plain).map(([k, v]) => named(k, { [k]: v })),
    ...RANGES.slice(1).map(([range, date]) => named(range, { date })),
  ];
}

export const activityFilters = (): [string, activities.ActivityFilter][] =>
  combinations(ACTIVITY_KEYS.filter((k) => k !== 'kind'), ACTIVITY_VALUES, { kind: ACTIVITY_VALUES.kind });

export const articleFilters = (): [string, articles.ArticleFilter][] =>
  combinations(ARTICLE_KEYS, ARTICLE_VALUES, {});

const ALL_ACTIVITY: activities.ActivityFilter = { ...ACTIVITY_VALUES, date: RANGES[3][1] };
const ALL_ARTICLE: articles.ArticleFilter = { ...ARTICLE_VALUES, date: RANGES[3][1] };
const BREAKDOWNS = ['kind', 'district', 'organizer', 'person', 'involved'] as const;
const PER_DAY_BY = [undefined, 'kind', 'district', 'organizer'] as const;

/** The statements a write of the gold pages sends, with the rows it would send (see ingest.ts: writeNow). */
function ingestStatements(add: (name: string, cypher: string, params: Params) => void): void {
  const plan = mergePlans(goldPages().map((p) => planPage(p)));
  const page = { id: 'page:a.txt', file: 'a.txt', hash: 'h', ingestedAt: '2024-01-01T00:00:00.000Z', ...planPage(goldPages()[0]).pageProps };
  add('PAGE_HASH', S.PAGE_HASH, { id: page.id });
  add('PAGE_HASHES', S.PAGE_HASHES, { ids: [page.id] });
  add('PAGE_ARTICLES', S.PAGE_ARTICLES, { pages: [page.id] });
  add('ARTICLE_ORG_MENTIONS', S.ARTICLE_ORG_MENTIONS, { articles: ['article:a.txt#0'] });
  add('TOUCHED_BY_ARTICLES', S.TOUCHED_BY_ARTICLES, { articles: ['article:a.txt#0'] });
  for (const s of S.deletePageFacts(['article:a.txt#0'])) add('deletePageFacts', s.cypher, s.params ?? {});
  for (const label of S.ENTITY_LABELS) { const s = S.deleteOrphans(label, ['x'], []); add(`deleteOrphans ${label}`, s.cypher, s.params ?? {}); }
  add('UPDATE_PAGES', S.UPDATE_PAGES, { rows: [page] });
  add('EXISTING_ENTITIES', S.EXISTING_ENTITIES, Object.fromEntries(S.ENTITY_LABELS.map((l) => [l, [...plan.entities[l].keys()]])));
  const nodeRows: Record<(typeof NODE_LABELS)[number], Record<string, unknown>[]> = {
    Page: [page], Article: plan.articles, Activity: plan.activities,
    Person: [...plan.entities.Person.values()], Organization: [...plan.entities.Organization.values()],
    District: [...plan.entities.District.values()], Place: [...plan.entities.Place.values()],
  };
  for (const label of NODE_LABELS) {
    const s = S.createNodes(label, nodeRows[label]);
    add(`createNodes ${label}`, s.cypher, s.params ?? {});
    const all = S.createNodes(label, []);
    add(`createNodes ${label} (every property)`, all.cypher, all.params ?? {});
  }
  for (const r of RELS) { const s = S.createRels(r.type, plan.rels[r.type as keyof typeof plan.rels] ?? []); add(`createRels ${r.type}`, s.cypher, s.params ?? {}); }
  add('ORG_TALLIES', S.ORG_TALLIES, { ids: ['org:市总工会'] });
  add('ORG_MENTIONS', S.ORG_MENTIONS, { ids: ['org:市总工会'] });
  const summaries = S.setOrgSummaries([{ id: 'org:市总工会', aliases: [], aliasCounts: [], kindNames: [], kindCounts: [], kind: null }]);
  add('setOrgSummaries', summaries.cypher, summaries.params ?? {});
  add('PEOPLE_BY_ID', S.PEOPLE_BY_ID, { ids: ['person:张伟', 'person:张伟~2'] });
  add('ARTICLES_OF_PEOPLE', ARTICLES_OF_PEOPLE, { ids: ['person:张伟~2'] });
  const profiles = S.setPersonProfiles([{ id: 'person:张伟', context: [], mentions: 1, reason: 'first', score: 0, mergedFrom: [] }]);
  add('setPersonProfiles', profiles.cypher, profiles.params ?? {});
}

export function neo4jStatements(): SentStatement[] {
  const out: SentStatement[] = [];
  const add = (name: string, cypher: string, params: Params = {}) => out.push({ name, cypher, params });
  const st = (name: string, s: { cypher: string; params?: Params }) => add(name, s.cypher, s.params ?? {});

  // Activities: every filter combination, counted and listed; each order, grouping and breakdown.
  // The filter part is the same in a count, a breakdown and a series (activityConditions without the article).
  for (const [name, f] of activityFilters()) {
    st(`activitiesCount ${name}`, activities.activitiesCount(f));
    st(`activitiesPage ${name}`, activities.activitiesPage(f, activitiesOrder(PAGE_ORDER), dropKeys(FIRST, 1)));
    if (activities.startsFromNode(f)) st(`activityIds ${name}`, activities.activityIds(f));
  }
  for (const f of [{}, { participant: ACTIVITY_VALUES.participant }, ALL_ACTIVITY]) {
    const which = f === ALL_ACTIVITY ? 'every filter' : 'participant' in f ? 'participant' : 'no filter';
    for (const o of ORDERS) {
      for (const [c, page] of cursorsFor(o)) st(`activitiesPage ${which}, ${orderName(o)}, ${c}`, activities.activitiesPage(f, activitiesOrder(o ?? PAGE_ORDER), page));
    }
    for (const by of BREAKDOWNS) st(`activityBreakdown ${by} ${which}`, activities.activityBreakdown(f, by, 5));
    for (const by of PER_DAY_BY) st(`activitiesPerDay by ${by ?? 'day'} ${which}`, activities.activitiesPerDay(f, by));
    for (const unit of ['week', 'month', 'year'] as const) st(`activitiesPerDay by ${unit} ${which}`, activities.activitiesPerDay(f, 'kind', unit, 'neo4j'));
  }

  // Articles: every filter combination, by each route to a district; each order.
  // A page and a count share the filter part (articleConditions by the activity route); the keys of a district's
  // articles are read by the place route too.
  for (const [name, f] of articleFilters()) {
    st(`articlesCount ${name}`, articles.articlesCount(f));
    if (f.district) st(`articleKeys place route ${name}`, articles.articleKeys(f, true)[1]);
  }
  for (const f of [{ district: ARTICLE_VALUES.district }, ALL_ARTICLE]) st('articleKeys activity route', articles.articleKeys(f, true)[0]);
  articles.articleKeys({ district: ARTICLE_VALUES.district }).forEach((s, i) => st(`articleKeys of a district alone, route ${i}`, s));
  for (const f of [{}, ALL_ARTICLE]) {
    for (const o of ORDERS) {
      for (const [c, page] of cursorsFor(o)) st(`articlesPage ${f === ALL_ARTICLE ? 'every filter' : 'no filter'}, ${orderName(o)}, ${c}`, articles.articlesPage(f, articlesOrder(o ?? PAGE_ORDER), page));
    }
  }
  for (const [c, cursor] of CURSORS) {
    const page = dropKeys(cursor, 2);
    for (const search of [null, '赵']) {
      st(`peoplePage search ${search} ${c}`, articles.peoplePage(search, page));
      st(`organizationsPage search ${search} ${c}`, articles.organizationsPage(search, page));
    }
    st(`peoplePage name ${c}`, articles.peoplePage(null, page, '张伟'));
    st(`pagesPage ${c}`, articles.pagesPage(page));
  }
  for (const search of [null, '赵']) {
    st(`peopleCount search ${search}`, articles.peopleCount(search));
    st(`organizationsCount search ${search}`, articles.organizationsCount(search));
  }
  st('peopleCount name', articles.peopleCount(null, '张伟'));
  st('pagesCount', articles.pagesCount());
  st('districtsAll', articles.districtsAll());

  // Nodes, relationship lists, connections.
  for (const label of NODE_LABELS) st(`nodesById ${label}`, nodesById(label, ['x']));
  st('organizationsByName', organizationsByName('市总工会'));
  st('pagesByName', pagesByName(['p1.txt']));
  const { firstPositionHolders, positionsOfHolders, ...batched } = relations;
  for (const [name, build] of Object.entries(batched)) st(name, build(['x']));
  st('firstPositionHolders', firstPositionHolders('org:x', 20, null));
  st('firstPositionHolders asOf', firstPositionHolders('org:x', 20, '2024-06-30'));
  st('positionsOfHolders', positionsOfHolders('org:x', ['person:a']));
  for (const [range, date] of RANGES) st(`associatesOfPeople ${range}`, associatesOfPeople(['person:a'], date));
  // A node's lists, page by page: the first page, past a cursor, and back from one.
  for (const [name, list] of Object.entries(NODE_LISTS)) {
    const at = list.keys.map((k) => (k.type === 'int' ? 1 : 'x'));
    st(`nodeListCount ${name}`, nodeListCount(list, 'x'));
    st(`nodeListPage ${name} first`, nodeListPage(list, 'x', { after: null, before: null, backward: false, limit: 3 }));
    st(`nodeListPage ${name} after`, nodeListPage(list, 'x', { after: at, before: null, backward: false, limit: 3 }));
    st(`nodeListPage ${name} before`, nodeListPage(list, 'x', { after: null, before: at, backward: true, limit: 3 }));
  }
  // Labels only name the two ends: each label once at each end.
  NODE_LABELS.forEach((from, i) => {
    const to = NODE_LABELS[(i + 1) % NODE_LABELS.length];
    st(`shortestPath ${from}-${to}`, shortestPath('neo4j', { id: 'a', label: from }, { id: 'b', label: to }, DEFAULT_PATH_HOPS));
  });
  for (const hops of [1, MAX_PATH_HOPS]) st(`shortestPath ${hops} hops`, shortestPath('neo4j', { id: 'person:a', label: 'Person' }, { id: 'org:b', label: 'Organization' }, hops));
  st('shortestPath via', shortestPath('neo4j', { id: 'person:a', label: 'Person' }, { id: 'org:b', label: 'Organization' }, 4, { via: ['PARTICIPATED_IN', 'ORGANIZED'] }));
  st('shortestPath via, avoid', shortestPath('neo4j', { id: 'person:a', label: 'Person' }, { id: 'org:b', label: 'Organization' }, 4, { via: ['HOLDS_POSITION'], avoid: ['org:c', 'person:d'] }));

  // Ingest, upgrade, export, stats, check, readiness, schema.
  ingestStatements(add);
  add('upgrade HAS_INVOLVED', HAS_INVOLVED);
  add('upgrade HAS_ACTIVITY', HAS_ACTIVITY);
  INVOLVED_BACKFILL.forEach((c, i) => add(`upgrade INVOLVED_BACKFILL ${i}`, c));
  for (const [name, cypher] of Object.entries(EXPORT_QUERIES)) add(`export ${name}`, cypher);
  for (const [name, cypher] of Object.entries(STATS_QUERIES)) add(`stats ${name}`, cypher);
  for (const [name, cypher] of Object.entries(COUNTS)) add(`check count ${name}`, cypher);
  add('check PAGES_WITHOUT_HASH', PAGES_WITHOUT_HASH);
  add('COUNT_NODES', S.COUNT_NODES);
  add('COUNT_RELS', S.COUNT_RELS);
  add('readiness', READINESS_QUERY);
  for (const ddl of schemaStatements('neo4j')) add(`schema ${ddl.split(' ').slice(0, 3).join(' ')}`, ddl);
  for (const kind of SEARCH_KIND_NAMES) st(`fulltextSearch ${kind}`, fulltextSearch(kind, '赵丽君', 20));
  return out;
}

/** The statements with distinct text and parameter names, each under the first name that built it. */
export function distinctStatements(statements: SentStatement[] = neo4jStatements()): SentStatement[] {
  const seen = new Map<string, SentStatement>();
  for (const s of statements) {
    const key = `${s.cypher}\u0000${Object.keys(s.params).sort().join(',')}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}
