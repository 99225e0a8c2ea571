// Brings a store written by an earlier version up to what this one reads:
// relationships that ingest now derives are derived once for the pages
// already stored. Runs after the schema migration, on a writer's open; a
// store that has them (or no activities) costs two one-row reads.
import type { GraphStore } from './store.ts';

/** The organizations each stored activity involves (see INVOLVED_IN in model.ts), derived as plan.ts does. */
const INVOLVED_BACKFILL = [
  'MATCH (o:Organization)-[g:ORGANIZED]->(a:Activity) WITH DISTINCT o, a, g.article AS article CREATE (o)-[:INVOLVED_IN {article: article}]->(a)',
  'MATCH (p:Person)-[r:PARTICIPATED_IN]->(a:Activity) MATCH (p)-[h:HOLDS_POSITION]->(o:Organization) WHERE h.article = r.article '
    + 'WITH DISTINCT o, a, r.article AS article WHERE NOT EXISTS { MATCH (o)-[:INVOLVED_IN]->(a) } CREATE (o)-[:INVOLVED_IN {article: article}]->(a)',
];

export async function upgradeStore(store: GraphStore): Promise<void> {
  // Whether any exists, not how many: this runs on every writer's open.
  if ((await store.read('MATCH ()-[r:INVOLVED_IN]->() RETURN 1 AS x LIMIT 1')).length > 0) return;
  if ((await store.read('MATCH (a:Activity) RETURN 1 AS x LIMIT 1')).length === 0) return;
  await store.write(INVOLVED_BACKFILL.map((cypher) => ({ cypher })));
}
