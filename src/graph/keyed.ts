// Reads of a statement batched over ids: `UNWIND $ids AS key MATCH (n:L {id: key})-[…]…`.
//
// Neo4j plans the UNWIND as one index seek per key and goes on from each node
// found. LadybugDB looks the keys up by primary key too, but joins what it
// found to the rest of the pattern by hashing a scan of the whole
// relationship table, so the read costs as much as the archive is large,
// however few rows it gives: a person's activities on a 10,000-page store
// took 76 ms this way and 1.8 ms from `{id: $key}`, where the planner starts
// at the node and follows its own relationships. On LadybugDB each key is
// therefore read on its own, with the same statement and `$key` in the node
// pattern (the one-element UNWIND keeps `key` bound for the rest of it), all
// keys in one readEach: the store runs them side by side on its read
// connections, and the cost grows with the keys and their rows, not with the
// store.
import type { GraphStore, Row, Statement } from './store.ts';

/** The node pattern a keyed statement starts from; a statement without one (e.g. `WHERE h.article = key`) scans either way. */
const KEYED_NODE = '{id: key}';

/** The same statement for one key: the node pattern takes the key as a parameter, so the store starts from that node. */
export function perKey(s: Statement, key: string): Statement {
  return { cypher: s.cypher.replaceAll(KEYED_NODE, '{id: $key}'), params: { ...s.params, ids: [key], key } };
}

/** Whether `s` is read one key at a time on this store. */
export function readsPerKey(store: Pick<GraphStore, 'dialect'>, s: Statement): boolean {
  return store.dialect === 'ladybug' && Array.isArray(s.params?.ids) && s.cypher.includes(KEYED_NODE);
}

/** The reads a keyed statement takes: one per key (each key once, in order) where the store reads per key and can, else itself. */
export function keyedParts(store: GraphStore, s: Statement): Statement[] {
  if (!readsPerKey(store, s) || !store.readEach) return [s];
  return [...new Set((s.params!.ids as unknown[]).map(String))].map((id) => perKey(s, id));
}

/** The rows of a keyed statement: one readEach of the per-key statement where the store reads per key and can, else one read. */
export async function readKeyed(store: GraphStore, s: Statement): Promise<Row[]> {
  const each = keyedParts(store, s);
  if (each.length === 1 && each[0] === s) return store.read(s.cypher, s.params);
  if (each.length === 0) return [];
  return (await store.readEach!(each[0].cypher, each.map((one) => one.params!))).flat();
}
