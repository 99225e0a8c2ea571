// A store whose schema was left half made (a process killed during its very
// first write) is completed when a writer opens it, and takes pages again.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaStatements } from '../../src/graph/dialect.ts';
import { exportPages } from '../../src/graph/export.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';

const SEED = join(import.meta.dirname, '..', '..', 'seeds', '000_9ff42864cecaacde.txt');

describe('a half-made schema', () => {
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'kg-half-')); });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('is completed on the next open for writing, and the page then goes in', async () => {
    const data = join(tmp, 'data');
    const first = await LadybugStore.open(data);
    // Only the first node table was made before the process died.
    const ddl = schemaStatements('ladybug');
    await first.write([{ cypher: ddl[0]! }]);
    await first.close();

    const store = await LadybugStore.open(data);
    try {
      await expect(store.read('MATCH (a:Article) RETURN count(a) AS n')).rejects.toThrow(/Article/);
      await store.migrate();
      mkdirSync(join(tmp, 'pages'));
      copyFileSync(SEED, join(tmp, 'pages', 'a.txt'));
      const s = await ingestPaths(store, [join(tmp, 'pages')]);
      expect([s.ingested, s.failed]).toEqual([1, []]);
      expect((await exportPages(store)).map((p) => p.file)).toEqual(['a.txt']);
    } finally {
      await store.close();
    }
  });
});
