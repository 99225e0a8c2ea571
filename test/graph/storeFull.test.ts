// A store with less free space than it keeps (KG_MIN_FREE_MB): each write is
// refused with STORE_FULL before it starts, the store stays readable, a run
// of many pages stops at the first batch instead of failing every page, and
// a server handing pages over HTTP answers 503 with the code.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStoreDown } from '../../src/errors.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { handleIngestRequest, ingestRemote } from '../../src/graph/remoteIngest.ts';
import { SEEDS } from './crashImage.ts';

let tmp: string;
let store: LadybugStore;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-storefull-'));
  // More free space kept than any disk has: every write is refused.
  store = await LadybugStore.open(tmp, { minFreeMb: 1024 * 1024 * 1024 });
  await store.migrate();
});
afterAll(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a store without the free space it keeps', () => {
  it('refuses a write with STORE_FULL before it starts, and still reads', async () => {
    const write = store.write([{ cypher: "CREATE (:District {id: 'district:x', name: 'x'})" }]);
    await expect(write).rejects.toMatchObject({ code: 'STORE_FULL', message: expect.stringMatching(/MiB free on the filesystem of .*kept free \(KG_MIN_FREE_MB\): nothing more is written/) });
    expect(isStoreDown(await write.catch((e: unknown) => e))).toBe(true);
    expect(await store.read('MATCH (d:District) RETURN count(d) AS n')).toEqual([{ n: 0 }]);
  });

  it('stops a run of pages at its first batch', async () => {
    await expect(ingestPaths(store, [SEEDS])).rejects.toMatchObject({ code: 'STORE_FULL' });
  });

  it('answers POST /ingest with 503 and STORE_FULL, which kg ingest --server reports as such', async () => {
    const serve = (input: string | URL | Request, init?: RequestInit) => handleIngestRequest(store, 'token', new Request(input, init));
    const res = await serve('http://kg/ingest', {
      method: 'POST', headers: { authorization: 'Bearer token' },
      body: JSON.stringify({ pages: [{ file: 'a.txt', content: readFileSync(join(SEEDS, readdirSync(SEEDS)[0])).toString('base64') }] }),
    });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('STORE_FULL');
    await expect(ingestRemote('http://kg', 'token', [SEEDS], undefined, serve as typeof fetch)).rejects.toMatchObject({ code: 'STORE_FULL' });
  });
});
