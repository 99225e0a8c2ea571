// The TypeScript scorer must give exactly the numbers of the reference score.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, norm, scorePages, type ScoredPage } from '../../src/eval/score.ts';
import { extractPage } from '../../src/extract/pipeline.ts';
import type { PageExtraction } from '../../src/extract/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const goldDir = join(root, 'test/gold');
const reference = join(root, 'test/reference/score.mjs');
const gold: ScoredPage[] = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ ...JSON.parse(readFileSync(join(goldDir, f), 'utf8')), file: f }));
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => extractPage(f, readFileSync(join(root, 'seeds', f), 'utf8')));

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function writeSys(pages: PageExtraction[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-score-'));
  dirs.push(dir);
  for (const p of pages) writeFileSync(join(dir, p.file.replace(/\.txt$/, '.json')), JSON.stringify(p));
  return dir;
}
const runReference = (dir: string, ...flags: string[]) => runReferenceOn(goldDir, dir, ...flags);
const runReferenceOn = (gold: string, dir: string, ...flags: string[]) =>
  execFileSync(process.execPath, [reference, '--gold', gold, '--sys', dir, ...flags], { encoding: 'utf8' });

/** System outputs that exercise every path: the real one, one with articles lost, merged or invented, one page missing. */
const variants: Array<[string, PageExtraction[]]> = [
  ['the pipeline output', seeds],
  ['articles dropped, invented and facts changed', seeds.map((p, i) => ({
    ...p,
    articles: [
      ...p.articles.slice(1).map((a, k) => (k % 2 ? { ...a, headline: `${a.headline ?? ''}!`, activity: { ...a.activity, kind: 'visit' as const, districts: ['东城区'] } } : a)),
      { ...p.articles[0], body: '没有这篇文章', authors: [{ name: '张三', role: 'reporter' as const }],
        organizations: [{ name: '北京市总工会', aliases: [], kind: 'union' as const }] },
    ].slice(0, i === 2 ? 3 : undefined),
  }))],
  ['a page missing and a page merged into one article', [
    ...seeds.slice(1, 3),
    { ...seeds[3], articles: [{ ...seeds[3].articles[0], body: seeds[3].articles.map((a) => a.body).join('\n') }] },
  ]],
];

describe('scorePages gives the same numbers as the reference score.mjs', () => {
  it.each(variants)('%s (JSON with --detail)', (_name, pages) => {
    const dir = writeSys(pages);
    const ref = JSON.parse(runReference(dir, '--json', '--detail'));
    const ours = JSON.parse(formatReport(scorePages(gold, pages), { json: true, detail: true }));
    expect(ours).toEqual(ref);
  });
  it.each(variants)('%s (printed table)', (_name, pages) => {
    const dir = writeSys(pages);
    expect(`${formatReport(scorePages(gold, pages))}\n`).toBe(runReference(dir));
  });
});

// The dated set: gold with `issue_date` and `activity.date` (GUIDELINE.md, "Dates").
const datedDir = join(root, 'test/dev-dates');
const datedGold: ScoredPage[] = readdirSync(join(datedDir, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ ...JSON.parse(readFileSync(join(datedDir, 'gold', f), 'utf8')), file: f }));
const dated = readdirSync(join(datedDir, 'pages')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => extractPage(f, readFileSync(join(datedDir, 'pages', f), 'utf8')));

/** Dated outputs: the real one; dates wrong, missing or without their key; a page missing. */
const datedVariants: Array<[string, PageExtraction[]]> = [
  ['the pipeline output', dated],
  ['dates wrong, null or left out', dated.map((p, i) => {
    const articles = p.articles.map((a) => {
      if (i % 3 === 0) return { ...a, activity: { ...a.activity, date: '1999-01-01' } };
      if (i % 3 === 1) return { ...a, activity: { kind: a.activity.kind, districts: a.activity.districts, organizers: a.activity.organizers } };
      return { ...a, activity: { ...a.activity, date: null } };
    });
    if (i % 4 === 0) return { file: p.file, articles };
    return { ...p, issue_date: i % 4 === 1 ? '2000-01-01' : i % 4 === 2 ? null : p.issue_date, articles };
  })],
  ['a page missing', dated.slice(1)],
];

describe('scorePages gives the reference numbers on dated gold (issue_date, activity_date)', () => {
  it.each(datedVariants)('%s (JSON with --detail)', (_name, pages) => {
    const dir = writeSys(pages);
    const ref = JSON.parse(runReferenceOn(join(datedDir, 'gold'), dir, '--json', '--detail'));
    const ours = JSON.parse(formatReport(scorePages(datedGold, pages), { json: true, detail: true }));
    expect(ours).toEqual(ref);
    expect(ours.accuracy.map((a: { field: string }) => a.field)).toContain('issue_date');
  });
  it.each(datedVariants)('%s (printed table)', (_name, pages) => {
    const dir = writeSys(pages);
    expect(`${formatReport(scorePages(datedGold, pages))}\n`).toBe(runReferenceOn(join(datedDir, 'gold'), dir));
  });
  it('leaves the date accuracies out where no gold has dates', () => {
    expect(scorePages(gold, seeds).accuracy.map((a) => a.field)).toEqual(['headline', 'activity_kind', 'org_kind']);
  });
});

describe('norm ignores width, spacing and heading marks', () => {
  it.each<[string, string]>([
    ['本报讯（记者 张晶）', '本报讯(记者张晶)'],
    ['## 北京市专职工会社会工作者公开招录工作启动', '北京市专职工会社会工作者公开招录工作启动'],
  ])('%s ~ %s', (a, b) => expect(norm(a)).toBe(norm(b)));
});

describe('scorePages', () => {
  it('finds every seed article by its anchor and counts an invented one as spurious', () => {
    const extra = seeds.map((p, i) => (i ? p : { ...p, articles: [...p.articles, { ...p.articles[0], body: '无关的文字' }] }));
    const articles = scorePages(gold, extra).fields.find((f) => f.field === 'articles')!;
    expect([articles.tp, articles.fp, articles.fn]).toEqual([31, 1, 0]);
  });
});
