// The whole graph read out label by label and relationship type by type, in
// batches, for the exports to other tools (GraphML, neo4j-admin CSV): a store
// of hundreds of thousands of nodes is never one list in memory.
//
// The columns come from the model (model.ts, relProps in dialect.ts), never a
// second list. Nodes are read by keyset, `WHERE n.id > $after ORDER BY n.id
// LIMIT $limit`; relationships by batches of their start nodes (the same
// keyset on the start label), so a batch holds the relationships of at most
// REL_SCAN_BATCH start nodes. Each fact read from an article gains `evidence`, the
// text of its evidence: `evText` where the store keeps the line itself, else
// the span [evStart, evEnd) of its article's body (read per batch, once per
// article).
import { EVIDENCE_PROPS, NODES, type NodeLabel, type PropType, type RelSpec } from './model.ts';
import { relProps } from './dialect.ts';
import type { GraphStore, Row } from './store.ts';

export interface Column { name: string; type: PropType }

/** Nodes per batch. */
export const SCAN_BATCH = 1000;
/**
 * Start nodes per batch of relationships: each batch costs one keyset query
 * over the start label's ids (a scan on LadybugDB, whose key index is a hash),
 * so larger batches of these small rows keep that cost down.
 */
export const REL_SCAN_BATCH = 5000;

/** The derived column of each fact that has evidence: its text. */
export const EVIDENCE_TEXT: Column = { name: 'evidence', type: 'STRING' };

/** A label's columns: `id` first, then its properties in the model's order. */
export function nodeColumns(label: NodeLabel): Column[] {
  const spec = NODES.find((n) => n.label === label);
  if (!spec) throw new Error(`unknown label ${label}`);
  return [{ name: 'id', type: 'STRING' }, ...columns(spec.props)];
}

/** A relationship type's properties (provenance, its own, evidence), then `evidence` where it has evidence. */
export function relColumns(type: string): Column[] {
  return [...columns(relProps(type)), ...(hasEvidence(type) ? [EVIDENCE_TEXT] : [])];
}

const hasEvidence = (type: string) => Object.keys(EVIDENCE_PROPS).every((p) => p in relProps(type));
const columns = (props: Record<string, PropType>): Column[] => Object.entries(props).map(([name, type]) => ({ name, type }));

/** Each batch of a label's nodes, ordered by id; every row has each column of nodeColumns(label), null where unset. */
export async function* scanNodes(store: GraphStore, label: NodeLabel, batch = SCAN_BATCH): AsyncGenerator<Row[]> {
  const cypher = `MATCH (n:${label}) WHERE n.id > $after RETURN ${nodeColumns(label).map((c) => `n.${c.name} AS ${c.name}`).join(', ')} ORDER BY id LIMIT $limit`;
  for (let after = ''; ;) {
    const rows = await store.read(cypher, { after, limit: batch });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
    after = String(rows[rows.length - 1]!.id);
  }
}

/** Each batch of a type's relationships, as rows of `source`, `target` (node ids) and each column of relColumns(type). */
export async function* scanRels(store: GraphStore, rel: RelSpec, batch = REL_SCAN_BATCH): AsyncGenerator<Row[]> {
  const stored = Object.keys(relProps(rel.type));
  const order = ['source', 'target', ...['article', 'position'].filter((p) => stored.includes(p))].join(', ');
  const starts = `MATCH (a:${rel.from}) WHERE a.id > $after RETURN a.id AS id ORDER BY id LIMIT $limit`;
  const cypher = `MATCH (a:${rel.from})-[r:${rel.type}]->(b:${rel.to}) WHERE a.id > $after AND a.id <= $last `
    + `RETURN ${['a.id AS source', 'b.id AS target', ...stored.map((p) => `r.${p} AS ${p}`)].join(', ')} ORDER BY ${order}`;
  for (let after = ''; ;) {
    const ids = await store.read(starts, { after, limit: batch });
    if (ids.length === 0) return;
    const last = String(ids[ids.length - 1]!.id);
    const rows = await store.read(cypher, { after, last });
    if (rows.length > 0) yield hasEvidence(rel.type) ? await withEvidence(store, rows) : rows;
    if (ids.length < batch) return;
    after = last;
  }
}

/** The rows with `evidence`: the stored line, or the span of the article's body (the bodies read once per batch). */
async function withEvidence(store: GraphStore, rows: Row[]): Promise<Row[]> {
  const spans = (r: Row) => r.evText == null && typeof r.evStart === 'number' && typeof r.evEnd === 'number' && r.evStart < r.evEnd;
  const articles = [...new Set(rows.filter(spans).map((r) => String(r.article)))];
  const bodies = new Map<string, string>();
  if (articles.length > 0) {
    // One look-up by key per id: `WHERE x.id IN $ids` would scan every article on LadybugDB.
    for (const a of await store.read('UNWIND $ids AS i MATCH (x:Article {id: i}) RETURN x.id AS id, x.body AS body', { ids: articles })) {
      if (typeof a.body === 'string') bodies.set(String(a.id), a.body);
    }
  }
  return rows.map((r) => {
    const body = spans(r) ? bodies.get(String(r.article)) : undefined;
    const evidence = typeof r.evText === 'string' ? r.evText : body !== undefined ? body.slice(Number(r.evStart), Number(r.evEnd)) : null;
    return { ...r, [EVIDENCE_TEXT.name]: evidence };
  });
}
