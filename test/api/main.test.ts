// The started server: seeds an empty store once, listens, stops cleanly.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server/main.ts';
import { parseMetrics, total } from './prometheus.ts';
import { SEEDS } from './seeded.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir, PORT: '0', KG_BUFFER_POOL_MB: '256' });

async function people(url: string): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ people { totalCount } }' }) });
  return ((await res.json()) as any).data.people.totalCount;
}

describe('startServer', () => {
  it('ingests the seeds into an empty store, then only serves', async () => {
    const log: string[] = [];
    const first = await startServer({ config, seedIfEmpty: [SEEDS], log: (l) => log.push(l) });
    try {
      expect(log.join('\n')).toMatch(/the store is empty: ingesting/);
      expect((await fetch(first.url.replace('/graphql', '/ready'))).status).toBe(200);
      // /metrics counts the seed pages and the articles they wrote.
      const metrics = parseMetrics(await (await fetch(first.url.replace('/graphql', '/metrics'))).text());
      const articles = Number((await first.store.read('MATCH (a:Article) RETURN count(a) AS n'))[0].n);
      expect(total(metrics, 'kg_ingest_pages_total', { source: 'seed', outcome: 'stored' })).toBe(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length);
      expect(total(metrics, 'kg_ingest_articles_total', { source: 'seed' })).toBe(articles);
      expect(total(metrics, 'kg_store_call_seconds_count', { operation: 'write', outcome: 'ok' })).toBeGreaterThan(0);
      expect(await people(first.url)).toBeGreaterThan(10);
    } finally {
      await first.stop();
    }
    const again: string[] = [];
    const second = await startServer({ config, seedIfEmpty: [SEEDS], log: (l) => again.push(l) });
    try {
      expect(again.join('\n')).not.toMatch(/ingesting/);
      expect(await people(second.url)).toBeGreaterThan(10);
    } finally {
      await second.stop();
    }
  });

  it('refuses a port in use with a CONFIG error, after closing its store', async () => {
    const first = await startServer({ config, log: () => undefined });
    const other = mkdtempSync(join(tmpdir(), 'kg-serve-'));
    try {
      const port = Number(new URL(first.url).port);
      const second = startServer({ config: { ...config, dataDir: other, port }, log: () => undefined });
      await expect(second).rejects.toMatchObject({ code: 'CONFIG', message: `cannot listen on port ${port}: it is in use (set PORT or --port)` });
    } finally {
      await first.stop();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
