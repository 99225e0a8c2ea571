// A large page sent to POST /ingest is extracted on a worker thread: the
// server goes on answering meanwhile. On the main thread (KG_EXTRACT_WORKERS=0)
// every other request waits for the whole extraction.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createExtractor, type Extractor } from '../../src/extract/workerPool.ts';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/app.ts';
import { SEEDS } from './seeded.ts';

vi.setConfig({ testTimeout: 180_000 });

// About 3 MB of real articles: the seed pages over and over, one page.
const SEED_TEXT = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');
const BIG = SEED_TEXT.repeat(Math.ceil(3_000_000 / Buffer.byteLength(SEED_TEXT)));

let dir: string;
let store: GraphStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-workers-'));
  store = await openStore({ dataDir: dir, neo4j: null });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Sends the big page under `file` and asks /health at 100, 300 and 600 ms, while the page is
 * being extracted: the slowest answer, in ms from the moment it was due. The client shares
 * the server's thread, so a busy thread delays the question as much as the answer: both count,
 * as for a client whose request waits on the socket.
 */
async function healthWhileIngesting(extractor: Extractor, file: string): Promise<{ slowestMs: number; ingested: unknown }> {
  const app = createApp({ store, config: { ingestToken: 't' }, extractor });
  const body = JSON.stringify({ pages: [{ file, content: Buffer.from(BIG).toString('base64') }] });
  const start = performance.now();
  const ingest = app.fetch('http://api.test/ingest', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body });
  const probes = [100, 300, 600].map((at) => new Promise<number>((resolve, reject) => {
    setTimeout(() => {
      // yoga answers /health without a promise when it can: taken as one either way.
      Promise.resolve(app.fetch('http://api.test/health')).then((res) => {
        expect(res.status).toBe(200);
        resolve(performance.now() - (start + at));
      }, reject);
    }, at);
  }));
  const times = await Promise.all(probes);
  const result = (await (await ingest).json()) as { results: { file: string; status: string }[]; failed: unknown[] };
  return { slowestMs: Math.max(...times), ingested: result };
}

describe('POST /ingest of a 3 MB page', () => {
  it('leaves /health answering within 300 ms with worker threads, and waiting seconds without', async () => {
    expect(Buffer.byteLength(BIG)).toBeGreaterThan(2_900_000);
    const pool = createExtractor(1);
    // The thread is started and its code loaded before the timing, as in a server that has ingested once.
    await pool.extract('warm.txt', SEED_TEXT);
    let withWorkers: Awaited<ReturnType<typeof healthWhileIngesting>>;
    try {
      withWorkers = await healthWhileIngesting(pool, 'big-a.txt');
    } finally {
      await pool.close();
    }
    const onMain = await healthWhileIngesting(createExtractor(0), 'big-b.txt');
    console.log(`/health while a 3 MB page is ingested: ${withWorkers.slowestMs.toFixed(0)} ms with a worker thread, ${onMain.slowestMs.toFixed(0)} ms on the main thread`);
    expect(withWorkers.ingested).toMatchObject({ results: [{ file: 'big-a.txt', status: 'ingested' }], failed: [] });
    expect(onMain.ingested).toMatchObject({ results: [{ file: 'big-b.txt', status: 'ingested' }], failed: [] });
    expect(withWorkers.slowestMs).toBeLessThan(300);
  });
});
