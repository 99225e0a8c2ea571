// INVOLVED_IN (an activity's organizers, and the organizations where a
// participant holds a title the same article states) is derived at ingest,
// and derived once for a store written before it existed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPages } from '../../src/graph/export.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const PAIRS = 'MATCH (o:Organization)-[r:INVOLVED_IN]->(a:Activity) RETURN o.name AS org, a.article AS article, r.article AS provenance ORDER BY article, org';

/** The same pairs computed from the stored facts, as a reader of the articles would. */
async function expectedPairs(store: GraphStore) {
  const out: { org: string; article: string; provenance: string }[] = [];
  for (const page of await exportPages(store)) {
    page.articles.forEach((a, i) => {
      const article = `article:${page.file}#${i}`;
      const present = new Set(a.participants.map((p) => p.name));
      const orgs = new Set([...a.activity.organizers, ...a.positions.filter((p) => present.has(p.name)).map((p) => p.organization)]);
      for (const org of orgs) out.push({ org, article, provenance: article });
    });
  }
  return out.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.org < y.org ? -1 : x.org > y.org ? 1 : 0));
}

describe('INVOLVED_IN', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'kg-involved-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('links each activity to its organizers and its participants\' organizations, and is derived again for an older store', async () => {
    let store = await openStore({ dataDir: dir, neo4j: null });
    let pairs;
    try {
      await ingestPaths(store, [SEEDS]);
      pairs = await store.read(PAIRS);
      const expected = await expectedPairs(store);
      expect(expected.length).toBeGreaterThan(20);
      expect(pairs).toEqual(expected);
      // A store written before the relationship existed has none.
      await store.write([{ cypher: 'MATCH ()-[r:INVOLVED_IN]->() DELETE r' }]);
    } finally {
      await store.close();
    }
    store = await openStore({ dataDir: dir, neo4j: null });
    try {
      expect(await store.read(PAIRS)).toEqual(pairs);
    } finally {
      await store.close();
    }
  });
});
