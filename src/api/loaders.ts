// The relationship loaders of one request: each list a type can show is one
// DataLoader over a batched statement, so a query that asks N parents for a
// relationship costs one statement per level, not N (on the embedded store,
// one read per parent of that statement: see graph/keyed.ts). (Entities are
// loaded by the Pothos loadable nodes in types/*.ts.)
import DataLoader from 'dataloader';
import type { DateRange } from './types/dates.ts';
import { readKeyed } from '../graph/keyed.ts';
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
/** An id with its sort key, for the lists a connection pages (orders.ts). */
const inPageOrder = (row: Row): Keyed<string> => ({ node: String(row.id), key: pageKeyOf(row) });
const byName = (row: Row): Keyed<string> => ({ node: String(row.id), key: [String(row.name), String(row.id)] });

const position = (row: Row): PositionStatement => ({
  person: String(row.person), organization: String(row.organization), titles: strs(row.titles),
  article: str(row.article), date: str(row.date), evidence: evidenceOf(row, str(row.article)),
});
const participation = (row: Row): ParticipationRow => ({
  person: String(row.person), activity: String(row.activity), roles: strs(row.roles), article: str(row.article),
  evidence: evidenceOf(row, str(row.article)),
});
const authorship = (row: Row): AuthorshipRow => ({
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
    authoredByPerson: grouped(store, q.authoredByPeople, (r) => ({ node: authorship(r), key: [...pageKeyOf(r, 'article'), String(r.role)] })),
    peopleInArticle: grouped(store, q.peopleInArticles, idOf),
    articlesMentioningPerson: grouped(store, q.articlesMentioningPeople, inPageOrder),
    occupationsOfPerson: grouped(store, q.occupationsOfPeople, (r) => String(r.occupation)),
    peopleNamed: grouped(store, q.peopleNamed, idOf),
    organizationsInArticle: grouped(store, q.organizationsInArticles, idOf),
    articlesMentioningOrganization: grouped(store, q.articlesMentioningOrganizations, inPageOrder),
    placesInArticle: grouped(store, q.placesInArticles, idOf),
    articlesOfPage: grouped(store, q.articlesOfPages, idOf),
    pageOfArticle: grouped(store, q.pagesOfArticles, idOf),
    activityOfArticle: grouped(store, q.activitiesOfArticles, idOf),
    articleOfActivity: grouped(store, q.articlesOfActivities, idOf),
    districtsOfActivity: grouped(store, q.districtsOfActivities, idOf),
    organizersOfActivity: grouped(store, q.organizersOfActivities, idOf),
    activitiesOrganizedBy: grouped(store, q.activitiesOrganizedBy, inPageOrder),
    activitiesInDistrict: grouped(store, q.activitiesInDistricts, inPageOrder),
    placesInDistrict: grouped(store, q.placesInDistricts, byName),
    districtOfPlace: grouped(store, q.districtsOfPlaces, idOf),
    associatesOfPerson: associates(store),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
