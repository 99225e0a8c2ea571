import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { storeContract } from './contract.ts';

storeContract('embedded LadybugDB', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
  const store = await LadybugStore.open(dir);
  await store.migrate();
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

describe('embedded LadybugDB reads', () => {
  it('answers a quick read while a slow one runs on another connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    const store = await LadybugStore.open(dir, { readConnections: 2 });
    try {
      const done: string[] = [];
      const slow = store.read('UNWIND range(1, 300000) AS x RETURN sum(x) AS n').then((r) => { done.push('slow'); return r; });
      await new Promise((r) => setTimeout(r, 20));
      const quick = await store.read('RETURN 1 AS n').then((r) => { done.push('quick'); return r; });
      expect(quick).toEqual([{ n: 1 }]);
      expect((await slow)[0].n).toBe(45000150000);
      expect(done).toEqual(['quick', 'slow']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
