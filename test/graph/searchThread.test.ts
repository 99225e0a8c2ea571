// The embedded search index on a thread of its own: the same answers as on
// the caller's thread, and a thread that ends mid-ingest (killed, out of
// memory) costs no page: the next thread starts from the file and catches up
// from the store.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { openStore } from '../../src/graph/open.ts';
import { EmbeddedSearch } from '../../src/graph/search/embedded.ts';
import { SEARCH_FILE } from '../../src/graph/storeFiles.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { SEEDS } from '../api/seeded.ts';

describe('the search index on its own thread', () => {
  let tmp: string;
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'kg-search-thread-')); });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** A folder holding these seed pages. */
  const pages = (name: string, files: string[]) => {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    for (const f of files) copyFileSync(join(SEEDS, f), join(dir, f));
    return dir;
  };
  const find = async (store: GraphStore, text: string) => (await store.search!.find({ text, kinds: [], limit: 100 })).map((h) => `${h.id} ${h.score.toFixed(6)}`);
  /** Words of a page's headlines that no other seed page holds. */
  const headlinesOf = async (store: GraphStore, page: string) =>
    (await store.read('MATCH (:Page {id: $p})-[:HAS_ARTICLE]->(a:Article) RETURN a.headline AS h', { p: `page:${page}` })).map((r) => String(r.h)).filter((h) => h.length >= 4);

  it('answers as the index on the caller\'s thread does', async () => {
    const dir = join(tmp, 'same');
    const store = await openStore({ dataDir: dir, neo4j: null });
    expect((await ingestPaths(store, [SEEDS])).ingested).toBe(seeds.length);
    const queries = ['劳模', '职工', '赵丽君', '工会 服务', '北京市总工会', '赵', ...(await headlinesOf(store, seeds[0])).map((h) => h.slice(0, 4))];
    const local = await EmbeddedSearch.open(store, join(dir, 'local.json'), { thread: false });
    const threaded = store.search!;
    const answers = async (search: typeof threaded) => {
      const out: string[] = [];
      for (const q of queries) for (const h of await search.find({ text: q, kinds: [], limit: 100 })) out.push(`${q} ${h.id} ${h.score.toFixed(6)}`);
      return out;
    };
    const a = await answers(threaded);
    expect(a.length).toBeGreaterThan(queries.length);
    expect(await answers(local)).toEqual(a);
    await local.close();
    await store.close();
  });

  it('keeps the file it opened until 10 s have passed or the store closes, and removes an index of the old layout', async () => {
    const dir = join(tmp, 'kept');
    let store = await openStore({ dataDir: dir, neo4j: null });
    expect((await ingestPaths(store, [pages('kept-first', seeds.slice(0, 1))])).ingested).toBe(1);
    await store.close();
    writeFileSync(join(dir, 'graph.search.json'), '{"format":1,"pages":[]}');
    const opened = readFileSync(join(dir, SEARCH_FILE));
    store = await openStore({ dataDir: dir, neo4j: null });
    expect(existsSync(join(dir, 'graph.search.json'))).toBe(false);
    // A large index saves far less often than every write: one just read from its file is as good as saved.
    expect((await ingestPaths(store, [pages('kept-second', seeds.slice(1, 2))])).ingested).toBe(1);
    const [second] = await headlinesOf(store, seeds[1]);
    expect(await find(store, second)).not.toEqual([]);
    expect(readFileSync(join(dir, SEARCH_FILE)).equals(opened)).toBe(true);
    await store.close();
    expect(readFileSync(join(dir, SEARCH_FILE)).equals(opened)).toBe(false);
  });

  it('loses no page when its thread ends: the next one catches up from the store', async () => {
    const dir = join(tmp, 'killed');
    const store = await openStore({ dataDir: dir, neo4j: null });
    await store.search!.close?.();
    const threads: Worker[] = [];
    store.search = await EmbeddedSearch.open(store, join(dir, SEARCH_FILE), { onThread: (w) => threads.push(w) });
    // The first write's change is saved at once; the second's is held in the thread's memory (saves are at most every 10 s).
    expect((await ingestPaths(store, [pages('first', seeds.slice(0, 1))])).ingested).toBe(1);
    expect((await ingestPaths(store, [pages('second', seeds.slice(1, 2))])).ingested).toBe(1);
    const [second] = await headlinesOf(store, seeds[1]);
    expect(await find(store, second)).not.toEqual([]);
    expect(threads).toHaveLength(1);

    // Ended with the second page in memory only: the next thread reads a file without it.
    await threads[0].terminate();
    expect((await ingestPaths(store, [pages('rest', seeds.slice(2))])).ingested).toBe(seeds.length - 2);
    const [late] = await headlinesOf(store, seeds[seeds.length - 1]);
    const found = await find(store, late);
    expect(found).not.toEqual([]);
    expect(await find(store, second)).not.toEqual([]);
    expect(threads).toHaveLength(2);
    await store.close();

    // What the index answers now is what an index rebuilt from the store answers.
    rmSync(join(dir, SEARCH_FILE));
    const again = await openStore({ dataDir: dir, neo4j: null });
    expect(await find(again, late)).toEqual(found);
    await again.close();
  });
});
