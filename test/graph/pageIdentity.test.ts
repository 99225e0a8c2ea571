// A page is named by its path under the folder ingested (a file named directly
// by its base name): two files of one base name in two folders are two pages,
// two that would get one name are refused naming both, and POST /ingest takes
// only names that stay inside their folder.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractPageFile } from '../../src/extract/pageFile.ts';
import { checkStore } from '../../src/graph/check.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { handleIngestRequest, ingestRemote } from '../../src/graph/remoteIngest.ts';
import { SEEDS } from './crashImage.ts';

const SEED_A = join(SEEDS, '000_9ff42864cecaacde.txt');
const SEED_B = join(SEEDS, '001_7dcc9af707f72cfe.txt');
const SEED_C = join(SEEDS, '002_bf6422a9aff9c775.txt');

let tmp: string;
let store: LadybugStore;
beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-pageid-'));
  store = await LadybugStore.open(join(tmp, 'db'));
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Copies `from` to `tmp/rel`, making its folders. */
const place = (from: string, rel: string): string => {
  const to = join(tmp, ...rel.split('/'));
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(from, to);
  return to;
};
const count = async (cypher: string) => Number((await store.read(cypher))[0]?.n);
const pages = () => count('MATCH (p:Page) RETURN count(p) AS n');
const articles = () => count('MATCH (a:Article) RETURN count(a) AS n');
const stored = async () => (await store.read('MATCH (p:Page) RETURN p.id AS id, p.file AS file, p.issueDate AS date ORDER BY file'));
const articlesOf = (path: string) => extractPageFile(path).articles.length;

describe('two files of one name in two folders', () => {
  it('are two pages, each with its own articles and the issue date of its folder', async () => {
    const one = place(SEED_A, 'archive/2024-05-01/page1.txt');
    const two = place(SEED_B, 'archive/2024-05-02/page1.txt');
    expect([await pages(), await articles()]).toEqual([0, 0]);
    const s = await ingestPaths(store, [join(tmp, 'archive')]);
    expect(s).toMatchObject({ read: 2, ingested: 2, failed: [] });
    expect(await pages()).toBe(2);
    expect(await articles()).toBe(articlesOf(one) + articlesOf(two));
    expect(await stored()).toEqual([
      { id: 'page:2024-05-01/page1.txt', file: '2024-05-01/page1.txt', date: '2024-05-01' },
      { id: 'page:2024-05-02/page1.txt', file: '2024-05-02/page1.txt', date: '2024-05-02' },
    ]);
    const perPage = await store.read('MATCH (p:Page)-[:HAS_ARTICLE]->(a:Article) RETURN p.file AS file, count(a) AS n ORDER BY file');
    expect(perPage.map((r) => Number(r.n))).toEqual([articlesOf(one), articlesOf(two)]);
  });

  it('read the issue date from the whole path, beyond the part that names the page', async () => {
    place(SEED_A, '2024-05-03/page1.txt');
    await ingestPaths(store, [join(tmp, '2024-05-03')]);
    expect(await stored()).toEqual([{ id: 'page:page1.txt', file: 'page1.txt', date: '2024-05-03' }]);
  });

  it('are found unchanged by the same run again, and by kg check', async () => {
    place(SEED_A, 'archive/2024/05/01/p1.txt');
    place(SEED_B, 'archive/2024/05/02/p1.txt');
    await ingestPaths(store, [join(tmp, 'archive')]);
    const before = [await pages(), await articles()];
    const again = await ingestPaths(store, [join(tmp, 'archive')]);
    expect(again).toMatchObject({ read: 2, ingested: 0, replaced: 0, unchanged: 2, failed: [] });
    expect([await pages(), await articles()]).toEqual(before);
    expect((await stored()).map((p) => p.file)).toEqual(['2024/05/01/p1.txt', '2024/05/02/p1.txt']);
    expect((await checkStore(store, [join(tmp, 'archive')])).sources).toMatchObject({ given: 2, same: 2, missing: [], changed: [] });
  });
});

describe('two files named directly that share a base name', () => {
  it('are both refused, each failure naming both files, and the other pages go in', async () => {
    const a = place(SEED_A, 'a/p1.txt');
    const b = place(SEED_B, 'b/p1.txt');
    const other = place(SEED_C, 'c/other.txt');
    const s = await ingestPaths(store, [a, b, other]);
    expect(s).toMatchObject({ read: 3, ingested: 1 });
    expect(s.failed.map((f) => [f.file, f.code])).toEqual([[a, 'BAD_INPUT'], [b, 'BAD_INPUT']]);
    for (const f of s.failed) expect(f.reason).toContain(`${a} and ${b} would both be page p1.txt`);
    expect((await stored()).map((p) => p.file)).toEqual(['other.txt']);
    expect(await articles()).toBe(articlesOf(other));
  });

  it('is one page when it is one file reached twice (a folder and a file in it)', async () => {
    const p = place(SEED_A, 'd/p1.txt');
    const s = await ingestPaths(store, [join(tmp, 'd'), p]);
    expect(s).toMatchObject({ read: 1, ingested: 1, failed: [] });
    expect(await pages()).toBe(1);
  });
});

describe('POST /ingest page names', () => {
  const post = (file: string) => handleIngestRequest(store, 'token', new Request('http://kg/ingest', {
    method: 'POST', headers: { authorization: 'Bearer token' },
    body: JSON.stringify({ pages: [{ file, content: readFileSync(SEED_A).toString('base64') }] }),
  }));

  it.each(['', '.', '..', '../x.txt', 'a/../../x.txt', '/etc/x.txt', 'a//x.txt', 'a\\..\\x.txt', 'x\u0000.txt', 'x\n.txt'])(
    'refuses %j with 400 and a reason, writing nothing', async (file) => {
      const res = await post(file);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toMatch(/is no page name: (it is empty|a part of it is empty, \. or \.\.|it is an absolute path|it holds a)/);
      expect(await pages()).toBe(0);
    });

  it('takes a clean relative path as the page name, its date read from it', async () => {
    const res = await post('2024/05/01/p1.txt');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: { file: string; status: string }[] }).results).toEqual([
      expect.objectContaining({ file: '2024/05/01/p1.txt', status: 'ingested' }),
    ]);
    expect(await stored()).toEqual([{ id: 'page:2024/05/01/p1.txt', file: '2024/05/01/p1.txt', date: '2024-05-01' }]);
  });

  it('gets from kg ingest --server the names a direct ingest gives', async () => {
    place(SEED_A, 'archive/2024-05-01/page1.txt');
    place(SEED_B, 'archive/2024-05-02/page1.txt');
    const serve = (input: string | URL | Request, init?: RequestInit) => handleIngestRequest(store, 'token', new Request(input, init));
    const s = await ingestRemote('http://kg', 'token', [join(tmp, 'archive')], undefined, serve as typeof fetch);
    expect(s).toMatchObject({ read: 2, ingested: 2, failed: [] });
    expect((await stored()).map((p) => [p.file, p.date])).toEqual([['2024-05-01/page1.txt', '2024-05-01'], ['2024-05-02/page1.txt', '2024-05-02']]);
  });
});
