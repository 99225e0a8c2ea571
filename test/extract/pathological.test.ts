// Pages no layout produces but an ingester may be handed: very large, very
// many lines, one endless line, no Chinese at all. Extraction must finish and
// stay consistent; the time bounds are generous on purpose (a slow machine is
// no failure), what they catch is work that grows with the square of a line.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/pipeline.ts';
import { sentenceAt, MAX_SENTENCE } from '../../src/extract/spans.ts';

const root = new URL('../../', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(`seeds/${f}`, root), 'utf8'));

const NAME = /^\p{Script=Han}{2,4}$/u;
function timed(page: string) {
  const t0 = performance.now();
  const out = extractPage('pathological.txt', page);
  return { out, secs: (performance.now() - t0) / 1000 };
}
const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

describe('pathological pages', () => {
  it('a 2 MB page of real articles', () => {
    const { out, secs } = timed(repeat(seeds.join('\n\n') + '\n\n', 2e6));
    expect(out.articles.length).toBeGreaterThan(1000);
    expect(secs).toBeLessThan(30);
  }, 120_000);

  it('a 2 MB page on one line', () => {
    const { out, secs } = timed(repeat(seeds.map((s) => s.replace(/\s*\n\s*/g, '')).join(''), 2e6));
    expect(out.articles.length).toBeGreaterThan(0);
    expect(out.articles.flatMap((a) => a.people).every((p) => NAME.test(p.name))).toBe(true);
    expect(secs).toBeLessThan(60);
  }, 180_000);

  it('one long line with no sentence stop: names and titles everywhere', () => {
    const unit = '本报讯（记者 张晶 通讯员 王哲）北京市总工会党组成员、副主席赵丽君、李伟、王强带队，';
    const { out, secs } = timed(repeat(unit, 4e5));
    expect(out.articles.flatMap((a) => a.people.map((p) => p.name))).toContain('赵丽君');
    expect(secs).toBeLessThan(60);
  }, 180_000);

  it('20,000 short lines', () => {
    const lines = seeds.join('\n').split('\n').filter((l) => l.trim());
    const page = Array.from({ length: 20_000 }, (_, i) => lines[i % lines.length]!.slice(0, 6)).join('\n');
    const { secs } = timed(page);
    expect(secs).toBeLessThan(30);
  }, 120_000);

  it('a page with no Chinese', () => {
    const page = Array.from({ length: 20_000 }, (_, i) => `Line ${i} (a) [b] ### ** -- ${'x'.repeat(i % 50)} , . ; : ! ?`).join('\n');
    const { out } = timed(page);
    expect(out.articles.flatMap((a) => [...a.people, ...a.organizations, ...a.authors])).toEqual([]);
  }, 120_000);

  it('empty and blank pages have no articles', () => {
    for (const page of ['', '\n\n\n', '   \u3000 ', '\uFEFF']) expect(extractPage('blank.txt', page).articles).toEqual([]);
  });
});

describe('sentenceAt', () => {
  it('reads a sentence up to its stops', () => {
    const text = '近日，赵丽君带队调研。李伟主持。';
    expect(sentenceAt(text, 4)).toEqual([0, 11]);
    expect(sentenceAt(text, 12)).toEqual([11, 16]);
  });
  it('reads a run with no stops only so far either way', () => {
    const text = '赵丽君、'.repeat(1000);
    const [s, e] = sentenceAt(text, 2000);
    expect(2000 - s).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(e - 2000).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
