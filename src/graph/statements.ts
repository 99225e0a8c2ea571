// The Cypher text of ingest, written once for both stores. Values are always
// parameters; labels and types come from model.ts. Writes are batched with
// UNWIND and avoid MERGE (slow on the embedded store): the ingester reads
// which entity ids exist first and CREATEs only the missing ones. Nodes are
// found by id (`UNWIND $ids AS id MATCH (n:L {id: id})`, a primary-key or
// constraint look-up) rather than `WHERE n.id IN $ids`, which LadybugDB
// answers with a scan of the whole table.
import { intList, relProps, unwindRows, type Dialect } from './dialect.ts';
import { NODES, RELS, type NodeLabel, type PropType } from './model.ts';
import type { Statement } from './store.ts';

export const ENTITY_LABELS = ['Person', 'Organization', 'District', 'Place'] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

const nodeSpec = (label: NodeLabel) => NODES.find((n) => n.label === label)!;
const relSpec = (type: string) => RELS.find((r) => r.type === type)!;

export const PAGE_HASH = 'MATCH (p:Page {id: $id}) RETURN p.hash AS hash';

export const PAGE_HASHES = 'UNWIND $ids AS id MATCH (p:Page {id: id}) RETURN p.id AS id, p.hash AS hash';

/** Every page's content hash: what a copy of the store (kg compact) and the search index are checked against. */
export const ALL_PAGE_HASHES = 'MATCH (p:Page) RETURN p.id AS id, p.hash AS hash';

export const PAGE_ARTICLES = 'UNWIND $pages AS pid MATCH (:Page {id: pid})-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id';

/** Which of the given entity ids exist, all labels in one round trip: parameters are named by label. */
export const EXISTING_ENTITIES = ENTITY_LABELS
  .map((l) => `UNWIND $${l} AS id MATCH (n:${l} {id: id}) RETURN n.id AS id`).join(' UNION ALL ');

/** Entities that facts of the given articles touch: candidates for removal when the page is replaced. */
export const TOUCHED_BY_ARTICLES = [
  'UNWIND $articles AS aid MATCH (a:Article {id: aid})-[]-(x) RETURN x.id AS id',
  'UNWIND $articles AS aid MATCH (:Article {id: aid})-[:REPORTS]->(v:Activity)-[]-(x) RETURN x.id AS id',
  // Positions and place districts hang off no article node: found by their provenance (an index on Neo4j, a scan on LadybugDB).
  'MATCH (x:Person)-[r:HOLDS_POSITION]->(:Organization) WHERE r.article IN $articles RETURN x.id AS id',
  'MATCH (:Person)-[r:HOLDS_POSITION]->(x:Organization) WHERE r.article IN $articles RETURN x.id AS id',
  'MATCH (x:Place)-[r:IN_DISTRICT]->(:District) WHERE r.article IN $articles RETURN x.id AS id',
  'MATCH (:Place)-[r:IN_DISTRICT]->(x:District) WHERE r.article IN $articles RETURN x.id AS id',
].join(' UNION ');

/** Removes a page's articles, activities and every fact read from them. */
export function deletePageFacts(articles: string[]): Statement[] {
  if (articles.length === 0) return [];
  return [
    { cypher: 'MATCH ()-[r:HOLDS_POSITION]->() WHERE r.article IN $articles DELETE r', params: { articles } },
    { cypher: 'MATCH ()-[r:IN_DISTRICT]->() WHERE r.article IN $articles DELETE r', params: { articles } },
    { cypher: 'UNWIND $articles AS aid MATCH (:Article {id: aid})-[:REPORTS]->(v:Activity) DETACH DELETE v', params: { articles } },
    { cypher: 'UNWIND $articles AS aid MATCH (a:Article {id: aid}) DETACH DELETE a', params: { articles } },
  ];
}

/** Deletes candidates that no fact touches any more, except those the new page version needs. */
export const deleteOrphans = (label: EntityLabel, ids: string[], keep: string[]): Statement => ({
  cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) WHERE NOT id IN $keep AND NOT EXISTS { MATCH (n)--() } DELETE n`,
  params: { ids, keep },
});

/** `UNWIND $rows CREATE` for one label; every row has `id` and the label's properties. */
/** A row's value for a property: a `DATE` travels as `YYYY-MM-DD` text and is stored as a date (null stays null). */
const valueOf = (types: Record<string, PropType>, p: string): string => (types[p] === 'DATE' ? `date(r.${p})` : `r.${p}`);

/** Properties the rows do not give (an organization's tally, set after its mentions are counted) start null. */
export function createNodes(label: NodeLabel, rows: Record<string, unknown>[], dialect: Dialect = 'neo4j'): Statement {
  const types = nodeSpec(label).props;
  const props = ['id', ...Object.keys(types).filter((p) => rows.length === 0 || p in rows[0])];
  const { clause, params } = unwindRows(dialect, rows, Object.fromEntries(props.map((p) => [p, types[p] ?? 'STRING'])));
  return {
    cypher: `${clause} CREATE (n:${label} {${props.map((p) => `${p}: ${valueOf(types, p)}`).join(', ')}}) RETURN count(*) AS created`,
    params,
  };
}

export const UPDATE_PAGES = 'UNWIND $rows AS r MATCH (p:Page {id: r.id}) SET p.hash = r.hash, p.ingestedAt = r.ingestedAt, p.issueDate = date(r.issueDate), p.number = r.number, p.name = r.name';

/**
 * `UNWIND $rows` MATCH, MATCH, CREATE for one relationship type; rows have
 * `from`, `to` and the type's properties. The two MATCHes are separated by
 * WITH: a two-pattern MATCH under UNWIND is very slow on the embedded store.
 */
export function createRels(type: string, rows: Record<string, unknown>[], dialect: Dialect = 'neo4j'): Statement {
  const spec = relSpec(type);
  const types = relProps(type);
  const props = Object.keys(types);
  const body = props.length ? ` {${props.map((p) => `${p}: ${valueOf(types, p)}`).join(', ')}}` : '';
  const { clause, params } = unwindRows(dialect, rows, { from: 'STRING', to: 'STRING', ...types });
  return {
    cypher: `${clause} MATCH (a:${spec.from} {id: r.from}) WITH a, r MATCH (b:${spec.to} {id: r.to}) CREATE (a)-[:${type}${body}]->(b) RETURN count(*) AS created`,
    params,
  };
}

/** Stored organization tallies (see orgSummary.ts), by id. */
export const ORG_TALLIES = 'UNWIND $ids AS id MATCH (o:Organization {id: id}) '
  + 'RETURN o.id AS id, o.aliases AS aliases, o.aliasCounts AS aliasCounts, o.kindNames AS kindNames, o.kindCounts AS kindCounts';

/** Every mention of the given organizations: the tally of a node stored before tallies existed. */
export const ORG_MENTIONS = 'UNWIND $ids AS id MATCH (:Organization {id: id})<-[m:MENTIONS_ORG]-(:Article) RETURN id AS org, m.aliases AS aliases, m.kind AS kind';

/** The organization mentions of the given articles (what a page replacement takes away). */
export const ARTICLE_ORG_MENTIONS = 'UNWIND $articles AS aid MATCH (:Article {id: aid})-[m:MENTIONS_ORG]->(o:Organization) RETURN o.id AS org, m.aliases AS aliases, m.kind AS kind';

/** Writes organization summaries; rows are `{id, ...OrgSummary}` (a deleted organization is skipped by the MATCH). */
export function setOrgSummaries(rows: Record<string, unknown>[], dialect: Dialect = 'neo4j'): Statement {
  const { aliases, aliasCounts, kindNames, kindCounts, kind } = nodeSpec('Organization').props;
  const { clause, params } = unwindRows(dialect, rows, { id: 'STRING', aliases, aliasCounts, kindNames, kindCounts, kind });
  return {
    cypher: `${clause} MATCH (o:Organization {id: r.id}) SET o.aliases = r.aliases, o.aliasCounts = ${intList(dialect, 'r.aliasCounts')}, `
      + `o.kindNames = r.kindNames, o.kindCounts = ${intList(dialect, 'r.kindCounts')}, o.kind = r.kind`,
    params,
  };
}

/** The persons of the given ids, with what resolution needs of them (see people.ts); readPeopleNamed probes a name's ids with it. */
export const PEOPLE_BY_ID = 'UNWIND $ids AS key MATCH (p:Person {id: key}) '
  + 'RETURN p.id AS id, p.name AS name, p.context AS context, p.mentions AS mentions, p.reason AS reason, p.score AS score, p.mergedFrom AS mergedFrom';

/** Writes what resolution knows of persons; rows are PersonProfile. */
export function setPersonProfiles(rows: Record<string, unknown>[], dialect: Dialect = 'neo4j'): Statement {
  const { context, mentions, reason, score, mergedFrom } = nodeSpec('Person').props;
  const { clause, params } = unwindRows(dialect, rows, { id: 'STRING', context, mentions, reason, score, mergedFrom });
  return {
    cypher: `${clause} MATCH (p:Person {id: r.id}) SET p.context = r.context, p.mentions = r.mentions, p.reason = r.reason, `
      + 'p.score = r.score, p.mergedFrom = r.mergedFrom',
    params,
  };
}

export const COUNT_NODES = 'MATCH (n) RETURN count(n) AS n';
export const COUNT_RELS = 'MATCH ()-[r]->() RETURN count(r) AS n';
