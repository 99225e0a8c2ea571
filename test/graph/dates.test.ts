// Issue dates in, from each place a user has them, and dates stored as the store's own dates.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/pipeline.ts';
import { exportPages } from '../../src/graph/export.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { isIsoDay } from '../../src/extract/dates.ts';
import { parseManifest } from '../../src/graph/pageMeta.ts';
import { activityDate } from '../../src/graph/plan.ts';

const SEED = join(import.meta.dirname, '..', '..', 'seeds', '001_7dcc9af707f72cfe.txt');

describe('page manifests', () => {
  it.each([
    ['2024-02-01', true], ['2024-02-29', true], ['2023-02-29', false], ['2024-13-01', false], ['2024-2-1', false], ['20240201', false],
  ])('%s is a day: %s', (s, ok) => expect(isIsoDay(s)).toBe(ok));

  it('reads issues.csv by its header, columns in any order, quoted fields included', () => {
    const m = parseManifest('name,file,date,page\n"工会,维权",03.txt,2024-02-01,3\n,04.txt,,\n', 'issues.csv');
    expect(m.get('03.txt')).toEqual({ issueDate: '2024-02-01', number: '3', name: '工会,维权' });
    expect(m.get('04.txt')).toEqual({});
  });

  it('names the line of a bad date and refuses a manifest without file and date columns', () => {
    expect(() => parseManifest('file,date\na.txt,2024-02-30\n', 'issues.csv')).toThrow(/issues\.csv:2: date "2024-02-30"/);
    expect(() => parseManifest('page,name\n1,x\n', 'issues.csv')).toThrow(/at least file and date/);
  });
});

describe('activity dates as stored', () => {
  it.each([
    ['2024-01-31', '昨天', '2024-02-01', { date: '2024-01-31', datePrecision: 'day', dateSource: 'article', dateText: '昨天' }],
    ['2024-01', '1月', '2024-02-01', { date: '2024-01-01', datePrecision: 'month', dateSource: 'article', dateText: '1月' }],
    [null, null, '2024-02-01', { date: '2024-02-01', datePrecision: 'day', dateSource: 'issue', dateText: null }],
    [null, null, null, { date: null, datePrecision: null, dateSource: null, dateText: null }],
  ] as const)('%s (%s) in an issue of %s', (date, text, issue, expected) => {
    expect(activityDate(date, text, issue)).toEqual(expected);
  });
});

describe('ingest with issue dates', () => {
  let tmp: string;
  let store: LadybugStore;
  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kg-dates-'));
    store = await LadybugStore.open(join(tmp, 'db'));
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const page = (dir: string, name: string, edit = '') => {
    mkdirSync(join(tmp, dir), { recursive: true });
    const path = join(tmp, dir, name);
    if (edit) writeFileSync(path, readFileSync(SEED, 'utf8') + edit);
    else copyFileSync(SEED, path);
    return path;
  };
  const issueDates = async () => Object.fromEntries((await store.read('MATCH (p:Page) RETURN p.file AS file, p.issueDate AS d, p.number AS n, p.name AS name ORDER BY file'))
    .map((r) => [r.file, [r.d, r.n, r.name]]));

  it('takes the date from --date, then issues.csv, then a .meta.json; a page with none is counted', async () => {
    page('a', 'flagged.txt', '\n');
    page('b', 'listed.txt', '\n\n');
    writeFileSync(join(tmp, 'b', 'issues.csv'), 'file,date,page,name\nlisted.txt,2024-02-01,3,工会\n');
    page('c', 'sidecar.txt', '\n\n\n');
    writeFileSync(join(tmp, 'c', 'sidecar.meta.json'), JSON.stringify({ date: '2023-12-30', page: 5, name: '综合' }));
    page('d', 'undated.txt', '\n\n\n\n');
    const one = await ingestPaths(store, [join(tmp, 'a')], { date: '2024-03-08' });
    const rest = await ingestPaths(store, [join(tmp, 'b'), join(tmp, 'c'), join(tmp, 'd')]);
    expect([one.undated, rest.undated, rest.failed]).toEqual([0, 1, []]);
    expect(await issueDates()).toEqual({
      'flagged.txt': ['2024-03-08', null, null],
      'listed.txt': ['2024-02-01', '3', '工会'],
      'sidecar.txt': ['2023-12-30', '5', '综合'],
      'undated.txt': [null, null, null],
    });
    // Stored as dates: a range filter compares them as days.
    const inRange = await store.read("MATCH (p:Page) WHERE p.issueDate >= date($from) AND p.issueDate <= date($to) RETURN p.file AS f ORDER BY f",
      { from: '2024-01-01', to: '2024-02-29' });
    expect(inRange.map((r) => r.f)).toEqual(['listed.txt']);
  });

  it('reads the date from the path and from a page header line, and resolves 昨天 against the issue date', async () => {
    page('2024-02-01', 'foldered.txt', '\n');
    page('p', '20231230_05.txt', '\n\n');
    mkdirSync(join(tmp, 'h'));
    writeFileSync(join(tmp, 'h', 'headed.txt'), `劳动午报 2024年3月8日 星期五 第3版：工会\n\n${readFileSync(SEED, 'utf8')}`);
    mkdirSync(join(tmp, 'y'));
    writeFileSync(join(tmp, 'y', 'issues.csv'), 'file,date\nyesterday.txt,2024-01-01\n');
    writeFileSync(join(tmp, 'y', 'yesterday.txt'), '## 区总工会慰问一线环卫职工\n\n本报讯（记者 孙立）昨天，区总工会来到环卫作业一线，为职工送上慰问品。\n');
    const s = await ingestPaths(store, [join(tmp, '2024-02-01'), join(tmp, 'p'), join(tmp, 'h'), join(tmp, 'y')]);
    expect([s.failed, s.undated]).toEqual([[], 0]);
    const dates = await issueDates();
    expect(dates['foldered.txt']![0]).toBe('2024-02-01');
    expect(dates['20231230_05.txt']![0]).toBe('2023-12-30');
    expect(dates['headed.txt']).toEqual(['2024-03-08', '3', '工会']);
    const [v] = await store.read("MATCH (v:Activity {article: 'article:yesterday.txt#0'}) RETURN v.date AS d, v.dateSource AS s, v.dateText AS t");
    expect(v).toEqual({ d: '2023-12-31', s: 'article', t: '昨天' });
  });

  it('--require-date fails the page that has none and loads the others', async () => {
    page('b', 'listed.txt');
    writeFileSync(join(tmp, 'b', 'issues.csv'), 'file,date\nlisted.txt,2024-02-01\n');
    page('b', 'undated.txt', '\n');
    const s = await ingestPaths(store, [join(tmp, 'b')], { requireDate: true });
    expect(s.ingested).toBe(1);
    expect(s.failed.map((f) => [f.file.split('/').pop(), f.code])).toEqual([['undated.txt', 'BAD_INPUT']]);
    expect(s.failed[0]!.reason).toMatch(/no issue date/);
  });

  it('a bad date in a manifest fails its page with the line, not the run', async () => {
    page('b', 'listed.txt');
    writeFileSync(join(tmp, 'b', 'issues.csv'), 'file,date\nlisted.txt,1 Feb 2024\n');
    page('e', 'other.txt', '\n');
    const s = await ingestPaths(store, [join(tmp, 'b'), join(tmp, 'e')]);
    expect(s.ingested).toBe(1);
    expect(s.failed.map((f) => f.reason)).toEqual([expect.stringContaining('issues.csv:2: date "1 Feb 2024" is not a day')]);
  });

  it('stores the activity date with its precision and gives it back on export', async () => {
    const path = page('a', 'dated.txt');
    const extract = (file: string, text: string) => {
      const p = extractPage(file, text);
      p.articles[0]!.activity = { ...p.articles[0]!.activity, date: '2024-01', date_text: '1月' };
      if (p.articles[1]) p.articles[1].activity = { ...p.articles[1].activity, date: '2024-01-31', date_text: '昨天' };
      return p;
    };
    await ingestPaths(store, [path], { date: '2024-02-01', extract });
    const rows = await store.read('MATCH (v:Activity) RETURN v.article AS a, v.date AS d, v.datePrecision AS p, v.dateSource AS s ORDER BY a');
    expect(rows.slice(0, 3)).toEqual([
      { a: 'article:dated.txt#0', d: '2024-01-01', p: 'month', s: 'article' },
      { a: 'article:dated.txt#1', d: '2024-01-31', p: 'day', s: 'article' },
      { a: 'article:dated.txt#2', d: '2024-02-01', p: 'day', s: 'issue' },
    ]);
    const [out] = await exportPages(store);
    expect(out!.issue_date).toBe('2024-02-01');
    expect(out!.articles.slice(0, 2).map((a) => [a.activity.date, a.activity.date_text])).toEqual([['2024-01', '1月'], ['2024-01-31', '昨天']]);
    const held = await store.read('MATCH ()-[h:HOLDS_POSITION]->() RETURN DISTINCT h.date AS d');
    expect(held.map((r) => r.d)).toEqual(['2024-02-01']); // the page states titles: each keeps the issue's day
  });
});
