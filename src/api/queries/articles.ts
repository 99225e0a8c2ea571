// Filtered, paged lists of articles, people and organizations.
import { project } from './nodes.ts';
import type { Statement } from '../../graph/store.ts';
import { personId } from '../ids.ts';
import { keysetClauses, type KeyOrder, type KeysetPage } from '../keyset.ts';
import { ORGANIZATIONS_ORDER, PAGES_ORDER, PEOPLE_ORDER } from '../orders.ts';
import { dateConditions, matchWhere, whereSteps } from './activities.ts';
import type { DateRange } from '../types/dates.ts';

export interface ArticleFilter {
  /** Page id (`page:000_….txt`, `page:2024/05/01/p1.txt`). */
  page?: string | null;
  /** A person's name: author, or named in the article. */
  person?: string | null;
  /** An organization's canonical name or alias, named in the article. */
  organization?: string | null;
  /** District id: the article's activity took place there, or it names a place there. */
  district?: string | null;
  /** Issue dates of the article's page, both ends included. */
  date?: DateRange | null;
}

/**
 * Like activityConditions: a page, district, person or organization filter
 * starts from that node (the first of them given) and the others are steps.
 * A district reaches its articles two ways (their activity, a place they
 * name): `route` says which one this statement walks (see articleKeys).
 */
/** `keysOnly`: the caller returns DISTINCT sort keys, so the article need not be made distinct and found again. */
export function articleConditions(f: ArticleFilter, route: 'activity' | 'place' = 'activity', keysOnly = false): { where: string; params: Record<string, unknown> } {
  const conds: string[] = [];
  const tests: string[] = [];
  const params: Record<string, unknown> = {};
  let start: { match: string; where: string | null } | null = null;
  const from = (match: string, where: string | null, exists: string) => { if (start === null) start = { match, where }; else conds.push(exists); };
  // Inside EXISTS a value is tested in WHERE: the embedded store fails on a parameter in a subquery's node pattern.
  if (f.page) { from('MATCH (fg:Page {id: $page})-[:HAS_ARTICLE]->(ar:Article)', null, 'EXISTS { MATCH (fg:Page)-[:HAS_ARTICLE]->(ar) WHERE fg.id = $page }'); params.page = f.page; }
  if (f.district) {
    if (route === 'activity') {
      from('MATCH (fd:District {id: $district})<-[:TOOK_PLACE_IN]-(:Activity)<-[:REPORTS]-(ar:Article)', null,
        'EXISTS { MATCH (ar)-[:REPORTS]->(:Activity)-[:TOOK_PLACE_IN]->(fd:District) WHERE fd.id = $district }');
    } else {
      // A place is put in its district once per article that names it, with that article as provenance: the
      // district's articles are read off those relationships (walking on to every mention of each place
      // would multiply a place's mentions by themselves). Joined in WHERE: the embedded store fails on a
      // later EXISTS step after a look-up by a carried value.
      from('MATCH (fd:District {id: $district})<-[r:IN_DISTRICT]-(:Place) MATCH (ar:Article)', 'ar.id = r.article',
        'EXISTS { MATCH (:Place)-[r:IN_DISTRICT]->(fd:District) WHERE fd.id = $district AND r.article = ar.id }');
    }
    params.district = f.district;
  }
  if (f.person) {
    from('MATCH (fp:Person {id: $person})-[:AUTHORED|MENTIONS_PERSON]-(ar:Article)', null,
      '(EXISTS { MATCH (ar)-[:MENTIONS_PERSON]->(fp:Person) WHERE fp.id = $person } OR EXISTS { MATCH (fq:Person)-[:AUTHORED]->(ar) WHERE fq.id = $person })');
    params.person = personId(f.person);
  }
  if (f.organization) {
    const named = 'fo.name = $organization OR $organization IN fo.aliases';
    from('MATCH (fo:Organization)<-[:MENTIONS_ORG]-(ar:Article)', named, `EXISTS { MATCH (ar)-[:MENTIONS_ORG]->(fo:Organization) WHERE ${named} }`);
    params.organization = f.organization;
  }
  dateConditions('ar.date', f.date, tests, params);
  const first: { match: string; where: string | null } = start ?? { match: 'MATCH (ar:Article)', where: null };
  // Several ways to one article (two places in the district, an author named in the text) count it once:
  // distinct by id and found again by its key (DISTINCT over the node would carry every body along).
  const distinct = start !== null && !f.page && !keysOnly ? ' WITH DISTINCT ar.id AS arid MATCH (ar:Article {id: arid})' : '';
  // The conditions come first: the embedded store fails on an EXISTS step after the re-match.
  return { where: `${matchWhere(first.match, first.where, tests)}${whereSteps('ar', conds)}${distinct}`, params };
}

/**
 * With a district: one statement per route to the district's articles, each
 * giving the sort keys of its matches; the caller merges them. (One pattern
 * with alternative relationship types reads every table of the store on the
 * embedded one, and a UNION cannot be paged there.)
 *
 * A district alone, in page order, needs no article read: each route's
 * relationships name their article (provenance), and an article's page and
 * place are in its id (pagePlace). Over 10,000 pages those ids came in 14–19 ms
 * a route, the keys through the articles in 45–48 ms. The rows are then `id`
 * alone (articleKeyOf).
 */
export function articleKeys(f: ArticleFilter, byDate = false): Statement[] {
  if (f.district && !byDate && !f.page && !f.person && !f.organization && !f.date?.from && !f.date?.to) {
    const params = { district: f.district };
    return [
      { cypher: 'MATCH (fd:District {id: $district})<-[r:TOOK_PLACE_IN]-(:Activity) RETURN DISTINCT r.article AS id', params },
      { cypher: 'MATCH (fd:District {id: $district})<-[r:IN_DISTRICT]-(:Place) RETURN DISTINCT r.article AS id', params },
    ];
  }
  return (['activity', 'place'] as const).map((route) => {
    // Distinct keys, not a distinct article found again by its id: over 10,000 pages the keys of a district's
    // articles came in 55–65 ms a route this way, 80–95 ms the other.
    const { where, params } = articleConditions(f, route, true);
    return { cypher: `${where} RETURN DISTINCT ar.id AS id, ar.page AS page, ar.position AS position, ar.date AS date`, params };
  });
}

const ARTICLE = 'ar.id AS id, ar.page AS page, ar.position AS position, ar.headline AS headline, ar.altTitles AS altTitles, ar.section AS section, ar.body AS body, ar.date AS date';

/** One keyset page of articles, in the list's order (orders.ts). */
export function articlesPage(f: ArticleFilter, order: KeyOrder, page: KeysetPage): Statement {
  const { where, params } = articleConditions(f);
  const k = keysetClauses(order.keys, page, 'ar');
  return { cypher: `${where}${k.where} RETURN ${ARTICLE}${k.returns}${k.tail}`, params: { ...params, ...k.params } };
}

export function articlesCount(f: ArticleFilter): Statement {
  const { where, params } = articleConditions(f);
  return { cypher: `${where} RETURN count(ar) AS n`, params };
}

/** People whose name contains `search` and/or is `name`. */
function peopleWhere(search: string | null | undefined, name: string | null | undefined) {
  const conds = [search ? 'p.name CONTAINS $search' : '', name ? 'p.name = $name' : ''].filter(Boolean);
  return { where: conds.length ? ` WHERE ${conds.join(' AND ')}` : '', params: { ...(search ? { search } : {}), ...(name ? { name } : {}) } };
}

/** People whose name contains `search` and/or is `name` (all people without either), by name (PEOPLE_ORDER). */
export function peoplePage(search: string | null | undefined, page: KeysetPage, name: string | null = null): Statement {
  const { where, params } = peopleWhere(search, name);
  const k = keysetClauses(PEOPLE_ORDER.keys, page, 'p');
  return {
    cypher: `MATCH (p:Person)${where}${k.where} RETURN ${project('Person', 'p')}${k.returns}${k.tail}`,
    params: { ...params, ...k.params },
  };
}

export function peopleCount(search: string | null | undefined, name: string | null = null): Statement {
  const { where, params } = peopleWhere(search, name);
  return { cypher: `MATCH (p:Person)${where} RETURN count(p) AS n`, params };
}

const orgWhere = (search: string | null | undefined) => (search ? ' WHERE o.name CONTAINS $search OR $search IN o.aliases' : '');

/** Organizations whose name contains `search` or that have it as an alias, by name (ORGANIZATIONS_ORDER). */
export function organizationsPage(search: string | null | undefined, page: KeysetPage): Statement {
  const k = keysetClauses(ORGANIZATIONS_ORDER.keys, page, 'o');
  return {
    cypher: `MATCH (o:Organization)${orgWhere(search)}${k.where} RETURN o.id AS id, o.name AS name, o.kind AS kind, o.aliases AS aliases${k.returns}${k.tail}`,
    params: { ...(search ? { search } : {}), ...k.params },
  };
}

export function organizationsCount(search: string | null | undefined): Statement {
  return { cypher: `MATCH (o:Organization)${orgWhere(search)} RETURN count(o) AS n`, params: search ? { search } : {} };
}

/** One keyset page of the ingested pages, by file name. */
export function pagesPage(page: KeysetPage): Statement {
  const k = keysetClauses(PAGES_ORDER.keys, page, 'pg');
  return {
    cypher: `MATCH (pg:Page)${k.where} RETURN pg.id AS id, pg.file AS file, pg.hash AS hash, pg.ingestedAt AS ingestedAt, pg.issueDate AS issueDate, pg.number AS number, pg.name AS name${k.returns}${k.tail}`,
    params: k.params,
  };
}

export function pagesCount(): Statement {
  return { cypher: 'MATCH (pg:Page) RETURN count(pg) AS n', params: {} };
}

export function districtsAll(): Statement {
  return { cypher: 'MATCH (d:District) RETURN d.id AS id, d.name AS name ORDER BY name, id', params: {} };
}
