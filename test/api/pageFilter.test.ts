// `articles(filter: { page })`: the stored name exactly first, then its .txt in
// any case, then the end of a stored path when one page alone has it; a name
// several paths end in is refused, naming them.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePage } from '../../src/api/pageNames.ts';
import { extractPageFile } from '../../src/extract/pageFile.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { gql } from './http.ts';
import { SEEDS } from './seeded.ts';

describe('the page a typed name means', () => {
  const TWO_DAYS = ['2024-05-01/p1.txt', '2024-05-02/p1.txt'];
  it.each<[string, string[], string | null]>([
    ['UPPER.TXT', ['UPPER.TXT'], 'page:UPPER.TXT'],
    ['UPPER.txt', ['UPPER.TXT'], 'page:UPPER.TXT'],
    ['UPPER', ['UPPER.TXT'], 'page:UPPER.TXT'],
    ['upper.txt', ['UPPER.TXT'], null], // only the extension is read in any case
    ['000_x', ['000_x.txt'], 'page:000_x.txt'],
    ['X.TXT', ['X.txt', 'X.TXT'], 'page:X.TXT'], // the exact name before another spelling
    ['2024-05-01/p1.txt', TWO_DAYS, 'page:2024-05-01/p1.txt'],
    ['2024-05-02/p1', TWO_DAYS, 'page:2024-05-02/p1.txt'],
    ['p1.txt', ['p1.txt', 'a/p1.txt'], 'page:p1.txt'], // the exact name before the end of a path
    ['p1.txt', ['2024/05/01/p1.txt'], 'page:2024/05/01/p1.txt'],
    ['01/p1', ['2024/05/01/p1.txt'], 'page:2024/05/01/p1.txt'],
    ['1.txt', ['p1.txt', 'a/p1.txt'], null], // the end of a path starts at a /
    ['none.txt', TWO_DAYS, null],
  ])('%s over %j is %s', (typed, files, id) => expect(choosePage(typed, files)).toBe(id));

  it('refuses a name that the paths of several pages end in, naming them', () => {
    expect(() => choosePage('p1.txt', TWO_DAYS)).toThrow(expect.objectContaining({
      code: 'BAD_REQUEST', message: 'page "p1.txt" could be any of 2024-05-01/p1.txt, 2024-05-02/p1.txt: give its path',
    }));
  });
});

describe('articles(filter: { page }) over a store', () => {
  const A = join(SEEDS, '000_9ff42864cecaacde.txt');
  const B = join(SEEDS, '001_7dcc9af707f72cfe.txt');
  let tmp: string;
  let store: LadybugStore;
  let app: App;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kg-pagefilter-'));
    mkdirSync(join(tmp, 'archive', '2024-05-01'), { recursive: true });
    mkdirSync(join(tmp, 'archive', '2024-05-02'));
    copyFileSync(A, join(tmp, 'UPPER.TXT'));
    copyFileSync(A, join(tmp, 'archive', '2024-05-01', 'p1.txt'));
    copyFileSync(B, join(tmp, 'archive', '2024-05-02', 'p1.txt'));
    store = await LadybugStore.open(join(tmp, 'db'));
    await store.migrate();
    const s = await ingestPaths(store, [join(tmp, 'UPPER.TXT'), join(tmp, 'archive')]);
    expect(s).toMatchObject({ ingested: 3, failed: [] });
    app = createApp({ store, config: { ingestToken: null } });
  });
  afterAll(async () => {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  });
  const articlesOf = async (page: string) => gql(app, 'query($page: String) { articles(filter: { page: $page }, first: 1) { totalCount edges { node { page { file } } } } }', { page });
  const total = async (page: string) => {
    const res = await articlesOf(page);
    expect(res.errors).toBeUndefined();
    return res.data.articles.totalCount;
  };

  it.each(['UPPER.TXT', 'UPPER.txt', 'UPPER', 'page:UPPER.TXT'])('finds the page stored as UPPER.TXT by %s', async (typed) => {
    expect(await total(typed)).toBe(extractPageFile(A).articles.length);
  });

  it('finds a page by its path, or by the end of it when only one page has it', async () => {
    const res = await articlesOf('2024-05-02/p1.txt');
    expect(res.data.articles.totalCount).toBe(extractPageFile(B).articles.length);
    expect(res.data.articles.edges[0].node.page.file).toBe('2024-05-02/p1.txt');
    expect(await total('2024-05-02/p1')).toBe(extractPageFile(B).articles.length);
    expect(await total('nope.txt')).toBe(0);
  });

  it('refuses a base name that two pages share, naming both paths', async () => {
    const res = await articlesOf('p1.txt');
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringContaining('2024-05-01/p1.txt, 2024-05-02/p1.txt'),
      extensions: { code: 'BAD_REQUEST', candidates: ['2024-05-01/p1.txt', '2024-05-02/p1.txt'] },
    });
  });
});
