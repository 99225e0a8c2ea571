// kg compact on a real embedded store: 40 generated pages written two per
// transaction with a checkpoint after nearly each (the way a long load leaves
// a store file large), then compacted: the same graph, page for page, in a
// smaller file, the old file set aside, and a store that takes pages again.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactStore } from '../../src/graph/compact.ts';
import { exportPages } from '../../src/graph/export.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { openStore } from '../../src/graph/open.ts';
import { STORE_FILE } from '../../src/graph/storeFiles.ts';
import { writeCorpus } from '../../scripts/gen-corpus.ts';
import { kg } from '../cli/kg.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

let tmp: string;
let data: string;
let corpus: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-compact-'));
  data = join(tmp, 'data');
  corpus = join(tmp, 'corpus');
  writeCorpus(corpus, 40, 3);
  const store = await openStore({ dataDir: data, neo4j: null, checkpointMb: 1 });
  try {
    expect((await ingestPaths(store, [corpus], { batch: 2 })).ingested).toBe(40);
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pagesOf = async (dir: string) => {
  const store = await LadybugStore.open(dir, { readOnly: true });
  try {
    return await exportPages(store);
  } finally {
    await store.close();
  }
};

describe('compactStore', () => {
  it('gives the same pages back from a smaller file, and sets the old file aside', async () => {
    const before = await pagesOf(data);
    expect(before).toHaveLength(40);
    const size = statSync(join(data, STORE_FILE)).size;
    const r = await compactStore(data);
    expect(r.counts.pages).toBe(40);
    expect(r.before).toBe(size);
    expect(r.after).toBe(statSync(join(data, STORE_FILE)).size);
    expect(r.after).toBeLessThan(r.before / 2);
    expect(await pagesOf(data)).toEqual(before);
    // The old file, whole, beside it; no work files left.
    expect(statSync(join(r.setAside, STORE_FILE)).size).toBe(size);
    expect(readdirSync(data).filter((f) => f.startsWith('compact-'))).toEqual([]);
  });

  it('leaves a store that takes pages and answers searches', async () => {
    const pages = join(tmp, 'more');
    mkdirSync(pages);
    const seed = readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!;
    writeFileSync(join(pages, seed), readFileSync(join(SEEDS, seed), 'utf8').replace('行政职业能力', '翡翠鸬鹚能力'));
    const store = await openStore({ dataDir: data, neo4j: null });
    try {
      expect((await ingestPaths(store, [pages])).ingested).toBe(1);
      expect((await store.search!.find({ text: '翡翠鸬鹚', kinds: ['ARTICLE'], limit: 5 })).map((h) => h.id)).toEqual([expect.stringMatching(/^article:000_/)]);
    } finally {
      await store.close();
    }
  });

  it('refuses a directory with no store, and makes nothing there', async () => {
    await expect(compactStore(join(tmp, 'nothing'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(join(tmp, 'nothing'))).toBe(false);
  });

  it('kg compact --json says what it did; a store another process holds exits 3 (STORE_BUSY)', async () => {
    const r = await kg(['compact', '--data', data, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ pages: 41, after: statSync(join(data, STORE_FILE)).size });
    expect(existsSync(join(out.setAside, STORE_FILE))).toBe(true);
    const held = await LadybugStore.open(data);
    try {
      const busy = await kg(['compact', '--data', data]);
      expect(busy.code).toBe(3);
      expect(busy.stderr).toContain('compaction takes the store for its whole run');
    } finally {
      await held.close();
    }
  });
});
