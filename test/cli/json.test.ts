// `--json` on ingest, extract and export: one JSON object on stdout, parsed
// back here and checked against what was given and what the store holds.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { kg, ROOT } from './kg.ts';

vi.setConfig({ testTimeout: 90_000 });

const PAGES = ['000_9ff42864cecaacde.txt', '001_7dcc9af707f72cfe.txt', '002_bf6422a9aff9c775.txt'];
const goldArticles = (page: string): number =>
  (JSON.parse(readFileSync(join(ROOT, 'test/gold', page.replace('.txt', '.json')), 'utf8')) as { articles: unknown[] }).articles.length;

let tmp: string, pages: string, data: string, bad: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-json-'));
  pages = join(tmp, 'pages');
  data = join(tmp, 'data');
  mkdirSync(pages);
  for (const p of PAGES) copyFileSync(join(ROOT, 'seeds', p), join(pages, p));
  bad = join(pages, 'empty.txt');
  writeFileSync(bad, '');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function count(cypher: string): Promise<number> {
  const store = await LadybugStore.open(data, { readOnly: true });
  try {
    return Number((await store.read(cypher))[0].n);
  } finally {
    await store.close();
  }
}

describe('kg ingest --json', () => {
  it('counts 3 seed pages and 1 bad file as 3 ingested and 1 failed, with its reason', async () => {
    const r = await kg(['ingest', pages, '--data', data, '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ read: 4, ingested: 3, replaced: 0, unchanged: 0, failed: 1, withoutIssueDate: 3, stopped: false });
    expect(s.failures).toEqual([{ file: bad, code: 'BAD_INPUT', reason: 'empty file' }]);
    expect(s.pages.map((p: { file: string; status: string }) => [p.file, p.status]))
      .toEqual([...PAGES.map((p) => [p, 'ingested']), [bad, 'failed']]);
    // What it says it created is what the store holds.
    expect(s.nodesCreated).toBe(await count('MATCH (n) RETURN count(n) AS n'));
    expect(s.relsCreated).toBe(await count('MATCH ()-[r]->() RETURN count(r) AS n'));
    expect(s.nodesCreated).toBe(s.pages.reduce((n: number, p: { nodesCreated?: number }) => n + (p.nodesCreated ?? 0), 0));
  });

  it('then finds them unchanged, and a changed page replaced', async () => {
    writeFileSync(join(pages, PAGES[0]), `${readFileSync(join(ROOT, 'seeds', PAGES[0]), 'utf8')}\n`);
    const r = await kg(['ingest', ...PAGES.map((p) => join(pages, p)), '--data', data, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 3, ingested: 0, replaced: 1, unchanged: 2, failed: 0, failures: [] });
  });
});

describe('kg extract --json', () => {
  it('gives the extractions of the pages, and each failure, in one object', async () => {
    const r = await kg(['extract', ...PAGES.map((p) => join(ROOT, 'seeds', p)), bad, '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ read: 4, extracted: 3, failed: 1 });
    expect(s.pages.map((p: { file: string }) => p.file)).toEqual(PAGES);
    expect(s.pages.map((p: { articles: unknown[] }) => p.articles.length)).toEqual(PAGES.map(goldArticles));
    expect(s.failures).toEqual([{ file: bad, code: 'BAD_INPUT', reason: 'empty file' }]);
  });

  it('with --out, says where each page went', async () => {
    const out = join(tmp, 'extracted');
    const r = await kg(['extract', join(ROOT, 'seeds', PAGES[1]), '--out', out, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toEqual({
      read: 1, extracted: 1, failed: 0, failures: [],
      written: [{ file: join(ROOT, 'seeds', PAGES[1]), path: join(out, PAGES[1].replace('.txt', '.json')), articles: goldArticles(PAGES[1]) }],
    });
    expect(JSON.parse(readFileSync(s.written[0].path, 'utf8')).articles).toHaveLength(goldArticles(PAGES[1]));
  });
});

describe('kg export --json', () => {
  it('says what was written: each page, its file and its articles', async () => {
    const out = join(tmp, 'exported');
    const r = await kg(['export', '--data', data, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ out, pages: 3 });
    expect(s.written).toEqual(PAGES.map((p) => ({ file: p, path: join(out, p.replace('.txt', '.json')), articles: goldArticles(p) })));
    for (const w of s.written) expect(JSON.parse(readFileSync(w.path, 'utf8')).file).toBe(w.file);
  });
});
