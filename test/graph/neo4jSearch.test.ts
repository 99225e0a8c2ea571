// Search through Neo4j's full-text indexes (cjk analyzer), against a running
// Neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, optional
// NEO4J_DATABASE). The suite EMPTIES that database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { writeExtractions, pageHash } from '../../src/graph/ingest.ts';
import { Neo4jStore } from '../../src/graph/neo4j.ts';
import { goldPages } from './fixtures.ts';

const config = loadConfig();

if (config.neo4j) {
  const neo4jConfig = config.neo4j;
  describe(`search on Neo4j at ${neo4jConfig.uri}`, () => {
    let store: Neo4jStore;
    beforeAll(async () => {
      store = await Neo4jStore.open(neo4jConfig);
      await store.write([{ cypher: 'MATCH (n) DETACH DELETE n' }]);
      await store.migrate();
      await writeExtractions(store, goldPages().map((p) => ({ extraction: p, hash: pageHash(JSON.stringify(p)) })));
      // Full-text indexes are filled in the background.
      await store.write([{ cypher: 'CALL db.awaitIndexes(120)' }]);
    }, 180_000);
    afterAll(() => store?.close());

    it('finds a person by name, in Simplified or Traditional characters', async () => {
      for (const text of ['赵丽君', '趙麗君']) {
        const hits = await store.search.find({ text, kinds: ['PERSON'], limit: 5 });
        expect(hits[0]?.id).toBe('person:赵丽君');
      }
    });

    it('finds exactly the articles that hold a word, headline or body', async () => {
      const expected = (await store.read('MATCH (a:Article) WHERE a.headline CONTAINS $w OR a.body CONTAINS $w RETURN a.id AS id', { w: '赵丽君' })).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      const hits = await store.search.find({ text: '赵丽君', kinds: ['ARTICLE'], limit: 100 });
      expect(new Set(hits.map((h) => h.id))).toEqual(new Set(expected));
    });
  });
} else {
  console.log('Neo4j search skipped: NEO4J_URI is not set (see README, "Stores").');
  describe.skip('search on Neo4j (NEO4J_URI not set)', () => {
    it('finds people and articles through the cjk full-text indexes', () => undefined);
  });
}
