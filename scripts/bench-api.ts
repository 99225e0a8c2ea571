// Latency and store round trips of the README example queries over the seed
// pages, in-process (npm run bench:api [-- --runs 50]). The store is a fresh
// embedded one in a temp dir, loaded through the ingester.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_QUERIES } from '../src/api/examples.ts';
import { ingestPaths } from '../src/graph/ingestFiles.ts';
import { openStore } from '../src/graph/open.ts';
import type { GraphStore } from '../src/graph/store.ts';
import { createApp } from '../src/server/app.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-api-'));
const real = await openStore({ dataDir: dir, neo4j: null });
let reads = 0;
const store: GraphStore = { ...real, dialect: real.dialect, migrate: () => real.migrate(), write: (s) => real.write(s), close: () => real.close(), read: (c, p) => { reads++; return real.read(c, p); }, ...(real.readEach ? { readEach: (c: string, sets: Record<string, unknown>[]) => { reads++; return real.readEach!(c, sets); } } : {}) };
try {
  await ingestPaths(real, [join(import.meta.dirname, '..', 'seeds')]);
  const app = createApp({ store, config: { ingestToken: null, logLevel: 'silent' } });
  const ask = async (query: string) => {
    const res = await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  console.log(`${runs} runs each, after one warm-up; store: embedded LadybugDB, seeds/`);
  for (const e of EXAMPLE_QUERIES) {
    await ask(e.query);
    reads = 0;
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await ask(e.query);
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1);
    console.log(`${e.title.padEnd(32)} median ${at(0.5)} ms  p95 ${at(0.95)} ms  ${reads / runs} store round trips`);
  }
} finally {
  await real.close();
  rmSync(dir, { recursive: true, force: true });
}
