// One statement per relationship list, batched over the parents' ids: the
// loaders run each once per request level, whatever the number of parents.
// Every row carries `parent` (the id it was asked for); order is stable.
import type { Statement } from '../../graph/store.ts';
import { dateConditions } from './activities.ts';

const batch = (match: string, returns: string, order: string) => (ids: readonly string[]): Statement => ({
  cypher: `UNWIND $ids AS key ${match} RETURN key AS parent, ${returns} ORDER BY parent, ${order}`,
  params: { ids: [...ids] },
});

/** A fact relationship's evidence columns (see EvidenceRow). */
const evidence = (r: string) => `${r}.evStart AS evStart, ${r}.evEnd AS evEnd, ${r}.evText AS evText, ${r}.rules AS rules`;
const POSITION = `p.id AS person, o.id AS organization, h.titles AS titles, h.article AS article, h.date AS date, ${evidence('h')}`;
const PARTICIPATION = `p.id AS person, a.id AS activity, r.roles AS roles, r.article AS article, ${evidence('r')}`;
const AUTHORSHIP = `p.id AS person, ar.id AS article, w.role AS role, ${evidence('w')}`;
// Activities and articles sort in page order: page, then place on the page.
const ACTIVITY_ORDER = 'src.page, src.position, a.id';

export const positionsOfPeople = batch('MATCH (p:Person {id: key})-[h:HOLDS_POSITION]->(o:Organization)', POSITION, 'h.article, h.position, organization');
export const positionsInOrganizations = batch('MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization {id: key})', POSITION, 'person, h.article, h.position');
/**
 * The first `limit` people (by id) an organization has position statements
 * of (dated on or before `asOf` when given), as `holder`. Merged positions,
 * and positions as of a day, come person by person in id order
 * (positionsInTime.ts), so an organization's first `limit` positions are
 * among these people's (positionsOfHolders): its first 20 read 20 people's
 * statements, not all of its 6,000. (Two statements: LadybugDB collects the
 * wrong rows from an ORDER BY … LIMIT that a collect() follows.)
 */
export function firstPositionHolders(organization: string, limit: number, asOf: string | null): Statement {
  const params: Record<string, unknown> = { key: organization, limit };
  const conds: string[] = [];
  dateConditions('h.date', asOf ? { from: null, to: asOf } : null, conds, params);
  return {
    cypher: `MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization {id: $key})${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}`
      + ' WITH DISTINCT p.id AS holder RETURN holder ORDER BY holder LIMIT $limit',
    params,
  };
}

/**
 * Every position statement of these people at the organization, person by
 * person, in statement order: keyed by the person (graph/keyed.ts), so the
 * embedded store starts from each holder's node. Tested with `p.id IN
 * $holders` it hash-joined a scan of every position: 20 holders of
 * 北京市总工会 over 10,000 pages took 42 ms that way, 19 ms by holder.
 */
export function positionsOfHolders(organization: string, holders: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS key MATCH (p:Person {id: key})-[h:HOLDS_POSITION]->(o:Organization {id: $organization}) RETURN ${POSITION} ORDER BY person, h.article, h.position`,
    params: { ids: [...holders], organization },
  };
}

export const positionsInArticles = batch('MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization) WHERE h.article = key', POSITION, 'h.position, person, organization');

export const participationsOfPeople = batch('MATCH (p:Person {id: key})-[r:PARTICIPATED_IN]->(a:Activity)<-[:REPORTS]-(src:Article)', PARTICIPATION, ACTIVITY_ORDER);
export const participantsOfActivities = batch('MATCH (p:Person)-[r:PARTICIPATED_IN]->(a:Activity {id: key})', PARTICIPATION, 'r.position, person');

export const authorsOfArticles = batch('MATCH (p:Person)-[w:AUTHORED]->(ar:Article {id: key})', AUTHORSHIP, 'w.position, person');
// A timeline (types/timeline.ts) reads every activity an organization organized, in page order.
const IN_PAGE = (v: string) => `${v}.page AS page, ${v}.position AS position`;

export const peopleInArticles = batch('MATCH (ar:Article {id: key})-[m:MENTIONS_PERSON]->(p:Person)', 'p.id AS id, m.occupation AS occupation', 'm.position, id');
/** The occupations a person is given, most recent page last. */
export const occupationsOfPeople = batch('MATCH (ar:Article)-[m:MENTIONS_PERSON]->(p:Person {id: key}) WHERE m.occupation IS NOT NULL', 'm.occupation AS occupation', 'ar.page, ar.position');

export const organizationsInArticles = batch('MATCH (ar:Article {id: key})-[m:MENTIONS_ORG]->(o:Organization)', 'o.id AS id', 'm.position, id');
export const placesInArticles = batch('MATCH (ar:Article {id: key})-[m:MENTIONS_PLACE]->(pl:Place)', 'pl.id AS id', 'm.position, id');

export const articlesOfPages = batch('MATCH (pg:Page {id: key})-[:HAS_ARTICLE]->(ar:Article)', 'ar.id AS id', 'ar.position, id');
export const pagesOfArticles = batch('MATCH (pg:Page)-[:HAS_ARTICLE]->(ar:Article {id: key})', 'pg.id AS id', 'id');
export const activitiesOfArticles = batch('MATCH (ar:Article {id: key})-[:REPORTS]->(a:Activity)', 'a.id AS id', 'id');
export const articlesOfActivities = batch('MATCH (ar:Article)-[:REPORTS]->(a:Activity {id: key})', 'ar.id AS id', 'id');

export const districtsOfActivities = batch('MATCH (a:Activity {id: key})-[t:TOOK_PLACE_IN]->(d:District)', 'd.id AS id', 't.position, id');
export const organizersOfActivities = batch('MATCH (o:Organization)-[g:ORGANIZED]->(a:Activity {id: key})', 'o.id AS id', 'g.position, id');
export const activitiesOrganizedBy = batch('MATCH (o:Organization {id: key})-[:ORGANIZED]->(a:Activity)<-[:REPORTS]-(src:Article)', `a.id AS id, ${IN_PAGE('src')}`, ACTIVITY_ORDER);

// A place is put in its district once per article that names it: each district once.
export const districtsOfPlaces = batch('MATCH (pl:Place {id: key})-[:IN_DISTRICT]->(d:District) WITH DISTINCT key, d', 'd.id AS id', 'id');

/** The persons of each name (`parent` is the name): one read of the Person table for all the names. */
export const peopleNamed = (names: readonly string[]): Statement => ({
  cypher: 'MATCH (p:Person) WHERE p.name IN $names RETURN p.name AS parent, p.id AS id',
  params: { names: [...names] },
});
