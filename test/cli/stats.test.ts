// `kg stats` over the seed pages: its counts against the store (counted here
// with Cypher of the test's own) and the articles against the seed gold.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { kg, ROOT } from './kg.ts';

vi.setConfig({ testTimeout: 90_000 });

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const gold = new Map(SEEDS.map((f) => [f, (JSON.parse(readFileSync(join(ROOT, 'test/gold', f.replace('.txt', '.json')), 'utf8')) as { articles: unknown[] }).articles.length]));

let tmp: string, data: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-stats-'));
  data = join(tmp, 'data');
  mkdirSync(join(tmp, 'pages'));
  for (const f of SEEDS) copyFileSync(join(ROOT, 'seeds', f), join(tmp, 'pages', f));
  // Two of the five pages dated by a manifest; the others have no date anywhere.
  writeFileSync(join(tmp, 'pages', 'issues.csv'), `file,date\n${SEEDS[3]},2024-03-05\n${SEEDS[1]},2024-02-01\n`);
  const r = await kg(['ingest', join(tmp, 'pages'), '--data', data, '-q']);
  expect(r.code).toBe(0);
}, 90_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function rows(cypher: string) {
  const store = await LadybugStore.open(data, { readOnly: true });
  try {
    return await store.read(cypher);
  } finally {
    await store.close();
  }
}
const count = async (cypher: string) => Number((await rows(cypher))[0].n);

describe('kg stats', () => {
  it('--json gives the counts the store holds', async () => {
    const r = await kg(['stats', '--data', data, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.pages).toBe(SEEDS.length);
    expect(s.datedPages).toBe(2);
    expect(s.issueDates).toEqual({ first: '2024-02-01', last: '2024-03-05' });
    // Articles: as many per page as the gold has, and the total the store counts.
    const perPage = await rows('MATCH (p:Page)-[:HAS_ARTICLE]->(a:Article) RETURN p.file AS file, count(a) AS n');
    expect(new Map(perPage.map((x) => [x.file, Number(x.n)]))).toEqual(gold);
    expect(s.articles).toBe([...gold.values()].reduce((a, b) => a + b, 0));
    expect(s.people).toBe(await count('MATCH (x:Person) RETURN count(x) AS n'));
    expect(s.organizations).toBe(await count('MATCH (x:Organization) RETURN count(x) AS n'));
    expect(s.people).toBeGreaterThan(0);
    expect(s.organizations).toBeGreaterThan(0);
    // Activities: one per article, by kind as the store groups them.
    const kinds = await rows('MATCH (:Article)-[:REPORTS]->(v:Activity) RETURN v.kind AS kind, count(*) AS n');
    expect(s.activities.byKind).toEqual(Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)])));
    expect(s.activities.total).toBe(s.articles);
  });

  it('prints the same counts as lines', async () => {
    const [plain, json] = await Promise.all([kg(['stats', '--data', data]), kg(['stats', '--data', data, '--json'])]);
    const s = JSON.parse(json.stdout);
    const lines = plain.stdout.trim().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      `pages: ${s.pages} (2 with an issue date, issues 2024-02-01 .. 2024-03-05)`,
      `articles: ${s.articles}`,
      `people: ${s.people}`,
      `organizations: ${s.organizations}`,
      `activities: ${s.activities.total}`,
    ]);
    expect(lines.slice(5).map((l) => l.trim().split(/\s+/))).toEqual(Object.entries(s.activities.byKind).map(([k, n]) => [k, String(n)]));
  });

  it('runs while another process holds the store, and says when there is no graph', async () => {
    const holder = await LadybugStore.open(data);
    try {
      const r = await kg(['stats', '--data', data, '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).pages).toBe(SEEDS.length);
    } finally {
      await holder.close();
    }
    const none = await kg(['stats', '--data', join(tmp, 'none')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('run `kg ingest` first');
  });
});
