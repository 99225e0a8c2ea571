// The store contract against a running Neo4j: set NEO4J_URI (and NEO4J_USER,
// NEO4J_PASSWORD, optional NEO4J_DATABASE). The suite EMPTIES that database.
import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { Neo4jStore } from '../../src/graph/neo4j.ts';
import { storeContract } from './contract.ts';

const config = loadConfig();

if (config.neo4j) {
  const neo4jConfig = config.neo4j;
  storeContract(`Neo4j at ${neo4jConfig.uri}`, async () => {
    const store = await Neo4jStore.open(neo4jConfig);
    await store.write([{ cypher: 'MATCH (n) DETACH DELETE n' }]);
    await store.migrate();
    return { store, dispose: () => store.close() };
  });
} else {
  console.log('Neo4j store contract skipped: NEO4J_URI is not set (see README, "Stores").');
  describe.skip('GraphStore contract: Neo4j (NEO4J_URI not set)', () => {
    it('runs the store contract against a running Neo4j', () => undefined);
  });
}
