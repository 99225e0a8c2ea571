// The relationship loaders of one request: each list a type can show is one
// DataLoader over a batched statement, so a query that asks N parents for a
// relationship costs one statement per level, not N (on the embedded store,
// one read per parent of that statement: see graph/keyed.ts). (Entities are
// loaded by the Pothos loadable nodes in types/*.ts.)
import DataLoader from 'dataloader';
import type { DateRange } from './types/dates.ts';
import { keyedParts, readKeyed } from '../graph/keyed.ts';
import type { GraphStore, Statement } from '../graph/store.ts';
import * as q from './queries/relations.ts';
import { associatesOfPeople } from './queries/connections.ts';
import { pageKeyOf } from './orders.ts';
import type { Keyed } from './paging.ts';
import { evidenceOf, groupBy, str, strs, type AssociateRow, type AuthorshipRow, type ParticipationRow, type PositionStatement } from './rows.ts';

type Row = Record<string, unknown>;

function grouped<T>(store: GraphStore, statement: (ids: readonly string[]) => Statement, map: (row: Row) => T) {
  return new DataLoader<string, T[]>(async (keys) => {
    return groupBy(keys, await readKeyed(store, statement(keys)), map);
  });
}

const idOf = (row: Row): string => String(row.id);
/** An id with its page-order key (orders.ts). */
const inPageOrder = (row: Row): Keyed<string> => ({ node: String(row.id), key: pageKeyOf(row) });

export const position = (row: Row): PositionStatement => ({
  person: String(row.person), organization: String(row.organization), titles: strs(row.titles),
  article: str(row.article), date: str(row.date), evidence: evidenceOf(row, str(row.article)),
});
export const participation = (row: Row): ParticipationRow => ({
  person: String(row.person), activity: String(row.activity), roles: strs(row.roles), article: str(row.article),
  evidence: evidenceOf(row, str(row.article)),
});
export const authorship = (row: Row): AuthorshipRow => ({
  person: String(row.person), article: String(row.article), role: String(row.role), evidence: evidenceOf(row, String(row.article)),
});

/** Position statements as stored; the resolver merges them, or reads them as of a day. */
function positions(store: GraphStore, statement: (ids: readonly string[]) => Statement) {
  return new DataLoader<string, PositionStatement[]>(async (keys) => {
    return groupBy(keys, await readKeyed(store, statement(keys)), position);
  });
}

/** Associates ranked by how much they share, then by name: stable. */
function associates(store: GraphStore, range: DateRange | null = null) {
  return new DataLoader<string, AssociateRow[]>(async (keys) => {
    const rows = await readKeyed(store, associatesOfPeople(keys, range));
    return groupBy(keys, rows, (r) => r).map((group) => {
      const byPerson = new Map<string, AssociateRow>();
      for (const r of group) {
        const person = String(r.person);
        const a = byPerson.get(person) ?? { person, activities: [], organizations: [] };
        // The store gives each associate's shared activities, and shared organizations, as one list each.
        const list = r.via === 'activity' ? a.activities : a.organizations;
        for (const id of (r.shared as unknown[]).map(String)) if (!list.includes(id)) list.push(id);
        byPerson.set(person, a);
      }
      const count = (a: AssociateRow) => a.activities.length + a.organizations.length;
      return [...byPerson.values()]
        .map((a) => ({ ...a, activities: a.activities.sort(), organizations: a.organizations.sort() }))
        .sort((x, y) => count(y) - count(x) || (x.person < y.person ? -1 : x.person > y.person ? 1 : 0));
    });
  });
}

/**
 * Rows of statements about one node each (a page of a node's list,
 * queries/lists.ts; an organization's first positions), each statement once
 * per request: the statements of one shape (the same text, for many nodes)
 * go to the store in one readEach. A keyed statement (graph/keyed.ts) is
 * read per key where the store reads so, all its keys in that readEach.
 */
function statementRows(store: GraphStore) {
  return new DataLoader<Statement, Row[], string>(async (statements) => {
    const parts = statements.map((s) => keyedParts(store, s));
    const reads = parts.flat();
    const byText = new Map<string, number[]>();
    reads.forEach((s, i) => byText.set(s.cypher, [...(byText.get(s.cypher) ?? []), i]));
    const rows: Row[][] = new Array(reads.length);
    await Promise.all([...byText].map(async ([cypher, at]) => {
      const sets = at.map((i) => reads[i]!.params ?? {});
      const got = store.readEach ? await store.readEach(cypher, sets) : await Promise.all(sets.map((p) => store.read(cypher, p)));
      at.forEach((i, k) => { rows[i] = got[k]!; });
    }));
    let next = 0;
    return parts.map((p) => p.flatMap(() => rows[next++]!));
  }, { cacheKeyFn: (s) => JSON.stringify([s.cypher, s.params]) });
}

export function createLoaders(store: GraphStore) {
  const inRange = new Map<string, DataLoader<string, AssociateRow[]>>();
  return {
    /** Associates counting only what happened within a date range: one loader per range asked for. */
    associatesInRange(range: DateRange): DataLoader<string, AssociateRow[]> {
      const key = `${range.from ?? ''}|${range.to ?? ''}`;
      let l = inRange.get(key);
      if (!l) inRange.set(key, (l = associates(store, range)));
      return l;
    },
    positionsOfPerson: positions(store, q.positionsOfPeople),
    positionsInOrganization: positions(store, q.positionsInOrganizations),
    positionsInArticle: positions(store, q.positionsInArticles),
    participationsOfPerson: grouped(store, q.participationsOfPeople, participation),
    participantsOfActivity: grouped(store, q.participantsOfActivities, participation),
    authorsOfArticle: grouped(store, q.authorsOfArticles, authorship),
    peopleInArticle: grouped(store, q.peopleInArticles, idOf),
    occupationsOfPerson: grouped(store, q.occupationsOfPeople, (r) => String(r.occupation)),
    peopleNamed: grouped(store, q.peopleNamed, idOf),
    organizationsInArticle: grouped(store, q.organizationsInArticles, idOf),
    placesInArticle: grouped(store, q.placesInArticles, idOf),
    articlesOfPage: grouped(store, q.articlesOfPages, idOf),
    pageOfArticle: grouped(store, q.pagesOfArticles, idOf),
    activityOfArticle: grouped(store, q.activitiesOfArticles, idOf),
    articleOfActivity: grouped(store, q.articlesOfActivities, idOf),
    districtsOfActivity: grouped(store, q.districtsOfActivities, idOf),
    organizersOfActivity: grouped(store, q.organizersOfActivities, idOf),
    activitiesOrganizedBy: grouped(store, q.activitiesOrganizedBy, inPageOrder),
    districtOfPlace: grouped(store, q.districtsOfPlaces, idOf),
    associatesOfPerson: associates(store),
    statementRows: statementRows(store),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
