// Brings a store written by an earlier version up to what this one reads:
// relationships that ingest now derives are derived once for the pages
// already stored. Runs after the schema migration, on a writer's open; a
// store that has them (or no activities) costs two one-row reads.
import type { GraphStore } from './store.ts';

/** The organizations each stored activity involves (see INVOLVED_IN in model.ts), derived as plan.ts does. */
export const INVOLVED_BACKFILL = [
  'MATCH (o:Organization)-[g:ORGANIZED]->(a:Activity) WITH DISTINCT o, a, g.article AS article CREATE (o)-[:INVOLVED_IN {article: article}]->(a)',
  'MATCH (p:Person)-[r:PARTICIPATED_IN]->(a:Activity) MATCH (p)-[h:HOLDS_POSITION]->(o:Organization) WHERE h.article = r.article '
    + 'WITH DISTINCT o, a, r.article AS article WHERE NOT EXISTS { MATCH (o)-[:INVOLVED_IN]->(a) } CREATE (o)-[:INVOLVED_IN {article: article}]->(a)',
];

/** Whether any INVOLVED_IN exists, and whether any activity does: one row at most each. */
export const HAS_INVOLVED = 'MATCH ()-[r:INVOLVED_IN]->() RETURN 1 AS x LIMIT 1';
export const HAS_ACTIVITY = 'MATCH (a:Activity) RETURN 1 AS x LIMIT 1';

export async function upgradeStore(store: GraphStore): Promise<void> {
  // Whether any exists, not how many: this runs on every writer's open.
  if ((await store.read(HAS_INVOLVED)).length > 0) return;
  if ((await store.read(HAS_ACTIVITY)).length === 0) return;
  await store.write(INVOLVED_BACKFILL.map((cypher) => ({ cypher })));
}
