// The Cypher text of ingest, written once for both stores. Values are always
// parameters; labels and types come from model.ts. Writes are batched with
// UNWIND and avoid MERGE (slow on the embedded store): the ingester reads
// which entity ids exist first and CREATEs only the missing ones. Nodes are
// found by id (`UNWIND $ids AS id MATCH (n:L {id: id})`, a primary-key or
// constraint look-up) rather than `WHERE n.id IN $ids`, which LadybugDB
// answers with a scan of the whole table.
import { relProps } from './dialect.ts';
import { NODES, RELS, type NodeLabel } from './model.ts';
import type { Statement } from './store.ts';

export const ENTITY_LABELS = ['Person', 'Organization', 'District', 'Place'] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

const nodeSpec = (label: NodeLabel) => NODES.find((n) => n.label === label)!;
const relSpec = (type: string) => RELS.find((r) => r.type === type)!;

export const PAGE_HASH = 'MATCH (p:Page {id: $id}) RETURN p.hash AS hash';

export const PAGE_HASHES = 'UNWIND $ids AS id MATCH (p:Page {id: id}) RETURN p.id AS id, p.hash AS hash';

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
export function createNodes(label: NodeLabel, rows: Record<string, unknown>[]): Statement {
  const props = ['id', ...Object.keys(nodeSpec(label).props)];
  return {
    cypher: `UNWIND $rows AS r CREATE (n:${label} {${props.map((p) => `${p}: r.${p}`).join(', ')}}) RETURN count(*) AS created`,
    params: { rows },
  };
}

export const UPDATE_PAGES = 'UNWIND $rows AS r MATCH (p:Page {id: r.id}) SET p.hash = r.hash, p.ingestedAt = r.ingestedAt, p.issueDate = r.issueDate';

/**
 * `UNWIND $rows` MATCH, MATCH, CREATE for one relationship type; rows have
 * `from`, `to` and the type's properties. The two MATCHes are separated by
 * WITH: a two-pattern MATCH under UNWIND is very slow on the embedded store.
 */
export function createRels(type: string, rows: Record<string, unknown>[]): Statement {
  const spec = relSpec(type);
  const props = Object.keys(relProps(type));
  const body = props.length ? ` {${props.map((p) => `${p}: r.${p}`).join(', ')}}` : '';
  return {
    cypher: `UNWIND $rows AS r MATCH (a:${spec.from} {id: r.from}) WITH a, r MATCH (b:${spec.to} {id: r.to}) CREATE (a)-[:${type}${body}]->(b) RETURN count(*) AS created`,
    params: { rows },
  };
}

/**
 * What the Organization node says about all its mentions: `aliases`, every
 * other form any article used; `kind`, the kind most articles gave it (ties:
 * the first in alphabetical order). Recomputed for the organizations a page
 * write touches, so the node never depends on which page came first.
 */
export const refreshOrgSummary = (ids: string[]): Statement[] => [
  { cypher: 'UNWIND $ids AS id MATCH (o:Organization {id: id}) SET o.aliases = []', params: { ids } },
  {
    cypher: 'UNWIND $ids AS id MATCH (o:Organization {id: id})<-[m:MENTIONS_ORG]-(:Article) UNWIND m.aliases AS alias WITH o, collect(DISTINCT alias) AS aliases SET o.aliases = aliases',
    params: { ids },
  },
  {
    // Re-matched by id after the first aggregation: LadybugDB cannot expand a node variable carried through one.
    cypher: 'UNWIND $ids AS id MATCH (:Organization {id: id})<-[m:MENTIONS_ORG]-(:Article) WHERE m.kind IS NOT NULL '
      + 'WITH id, m.kind AS kind, count(*) AS n WITH id, max(n) AS top '
      + 'MATCH (o:Organization {id: id})<-[m:MENTIONS_ORG]-(:Article) WHERE m.kind IS NOT NULL '
      + 'WITH o, top, m.kind AS kind, count(*) AS n WHERE n = top WITH o, min(kind) AS kind SET o.kind = kind',
    params: { ids },
  },
];

export const COUNT_NODES = 'MATCH (n) RETURN count(n) AS n';
export const COUNT_RELS = 'MATCH ()-[r]->() RETURN count(r) AS n';
