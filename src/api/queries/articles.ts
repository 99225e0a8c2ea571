// Filtered, paged lists of articles, people and organizations.
import type { Statement } from '../../graph/store.ts';
import { dateConditions, listOrder, whereSteps } from './activities.ts';
import type { DateRange, ListOrder } from '../types/dates.ts';

export interface ArticleFilter {
  /** Page id (`page:000_….txt`). */
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

export function articleConditions(f: ArticleFilter): { where: string; params: Record<string, unknown> } {
  const conds: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.page) { conds.push('EXISTS { MATCH (fg:Page)-[:HAS_ARTICLE]->(ar) WHERE fg.id = $page }'); params.page = f.page; }
  if (f.person) {
    conds.push('(EXISTS { MATCH (ar)-[:MENTIONS_PERSON]->(fp:Person) WHERE fp.name = $person } OR EXISTS { MATCH (fq:Person)-[:AUTHORED]->(ar) WHERE fq.name = $person })');
    params.person = f.person;
  }
  if (f.organization) {
    conds.push('EXISTS { MATCH (ar)-[:MENTIONS_ORG]->(fo:Organization) WHERE fo.name = $organization OR $organization IN fo.aliases }');
    params.organization = f.organization;
  }
  if (f.district) {
    conds.push('(EXISTS { MATCH (ar)-[:REPORTS]->(:Activity)-[:TOOK_PLACE_IN]->(fd:District) WHERE fd.id = $district }'
      + ' OR EXISTS { MATCH (ar)-[:MENTIONS_PLACE]->(:Place)-[:IN_DISTRICT]->(fe:District) WHERE fe.id = $district })');
    params.district = f.district;
  }
  dateConditions('ar.date', f.date, conds, params);
  return { where: whereSteps('ar', conds), params };
}

const ARTICLE = 'ar.id AS id, ar.page AS page, ar.position AS position, ar.headline AS headline, ar.altTitles AS altTitles, ar.section AS section, ar.body AS body, ar.date AS date';

export function articlesPage(f: ArticleFilter, offset: number, limit: number, order?: ListOrder): Statement {
  const { where, params } = articleConditions(f);
  return {
    cypher: `MATCH (ar:Article)${where} RETURN ${ARTICLE} ORDER BY ${listOrder(order, 'date', 'page, position, id')} SKIP $offset LIMIT $limit`,
    params: { ...params, offset, limit },
  };
}

export function articlesCount(f: ArticleFilter): Statement {
  const { where, params } = articleConditions(f);
  return { cypher: `MATCH (ar:Article)${where} RETURN count(ar) AS n`, params };
}

/** People whose name contains `search` (all people without one), by name. */
export function peoplePage(search: string | null | undefined, offset: number, limit: number): Statement {
  const where = search ? ' WHERE p.name CONTAINS $search' : '';
  return {
    cypher: `MATCH (p:Person)${where} RETURN p.id AS id, p.name AS name ORDER BY name, id SKIP $offset LIMIT $limit`,
    params: { ...(search ? { search } : {}), offset, limit },
  };
}

export function peopleCount(search: string | null | undefined): Statement {
  const where = search ? ' WHERE p.name CONTAINS $search' : '';
  return { cypher: `MATCH (p:Person)${where} RETURN count(p) AS n`, params: search ? { search } : {} };
}

const orgWhere = (search: string | null | undefined) => (search ? ' WHERE o.name CONTAINS $search OR $search IN o.aliases' : '');

/** Organizations whose name contains `search` or that have it as an alias, by name. */
export function organizationsPage(search: string | null | undefined, offset: number, limit: number): Statement {
  return {
    cypher: `MATCH (o:Organization)${orgWhere(search)} RETURN o.id AS id, o.name AS name, o.kind AS kind, o.aliases AS aliases ORDER BY name, id SKIP $offset LIMIT $limit`,
    params: { ...(search ? { search } : {}), offset, limit },
  };
}

export function organizationsCount(search: string | null | undefined): Statement {
  return { cypher: `MATCH (o:Organization)${orgWhere(search)} RETURN count(o) AS n`, params: search ? { search } : {} };
}

/** One page of the ingested pages, by file name. */
export function pagesPage(offset: number, limit: number): Statement {
  return {
    cypher: 'MATCH (pg:Page) RETURN pg.id AS id, pg.file AS file, pg.hash AS hash, pg.ingestedAt AS ingestedAt, pg.issueDate AS issueDate, pg.number AS number, pg.name AS name ORDER BY file, id SKIP $offset LIMIT $limit',
    params: { offset, limit },
  };
}

export function pagesCount(): Statement {
  return { cypher: 'MATCH (pg:Page) RETURN count(pg) AS n', params: {} };
}

export function districtsAll(): Statement {
  return { cypher: 'MATCH (d:District) RETURN d.id AS id, d.name AS name ORDER BY name, id', params: {} };
}
