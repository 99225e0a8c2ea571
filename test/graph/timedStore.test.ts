// The timed store, over a real embedded store: each read and each write
// transaction observed once, failures too, and the answers and errors passed on unchanged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { timedStore, type StoreOperation } from '../../src/graph/timedStore.ts';

let dir: string;
let store: GraphStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-timed-'));
  store = await openStore({ dataDir: dir, neo4j: null, bufferPoolMb: 64 });
});
afterAll(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('timedStore', () => {
  it('keeps the store\'s search index, which ingest tells of each write through it', async () => {
    const timed = timedStore(store, () => undefined);
    expect(store.search).toBeDefined();
    expect(timed.search).toBe(store.search);
  });

  it('observes each read and write once, by kind and outcome, with the time it took', async () => {
    const seen: [StoreOperation, number, boolean][] = [];
    const timed = timedStore(store, (op, s, ok) => seen.push([op, s, ok]));
    const started = performance.now();
    expect(await timed.read('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
    await timed.write([
      { cypher: 'CREATE (:Person {id: $id, name: $name})', params: { id: 'person:甲', name: '甲' } },
      { cypher: 'CREATE (:Person {id: $id, name: $name})', params: { id: 'person:乙', name: '乙' } },
    ]);
    expect(await timed.read('MATCH (p:Person) RETURN count(p) AS n')).toEqual([{ n: 2 }]);
    const failed = await timed.read('MATCH (p:NoSuchLabel) RETURN p').catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 'STORE_ERROR' });
    expect(seen.map(([op, , ok]) => [op, ok])).toEqual([['read', true], ['write', true], ['read', true], ['read', false]]);
    const elapsedS = (performance.now() - started) / 1000;
    for (const [, seconds] of seen) expect(seconds).toBeGreaterThan(0);
    // In seconds: together no more than the calls took on the clock.
    expect(seen.reduce((n, [, s]) => n + s, 0)).toBeLessThanOrEqual(elapsedS);
    expect(timed.dialect).toBe('ladybug');
  });
});
