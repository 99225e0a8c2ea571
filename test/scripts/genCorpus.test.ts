// The corpus generator: the same seed writes the same files, another seed
// other ones; corpus-gold.json counts what was written, and every name it
// says was put in an article is in that article's text.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, writeCorpus } from '../../scripts/gen-corpus.ts';
import { generatePages } from '../../scripts/corpus/generate.ts';
import { loadSourceArticles } from '../../scripts/corpus/sources.ts';

const PAGES = 40;
const dirs: string[] = [];
const fresh = () => { const d = mkdtempSync(join(tmpdir(), 'kg-corpus-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
}
function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of files(dir)) h.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  return h.digest('hex');
}

describe('gen-corpus', () => {
  const a = fresh();
  const { gold } = writeCorpus(a, PAGES, 1);

  it('writes the same files for the same seed and other files for another seed', () => {
    const b = fresh();
    const c = fresh();
    writeCorpus(b, PAGES, 1);
    writeCorpus(c, PAGES, 2);
    expect(digest(b)).toBe(digest(a));
    expect(digest(c)).not.toBe(digest(a));
  });

  it('counts the pages and articles it wrote', () => {
    const pages = files(a).filter((f) => f.endsWith('.txt'));
    expect(pages).toHaveLength(PAGES);
    expect(gold.counts.pages).toBe(PAGES);
    expect(gold.pages.map((p) => p.file).sort()).toEqual(pages);
    expect(gold.counts.articles).toBe(gold.pages.reduce((n, p) => n + p.articles.length, 0));
    for (const p of gold.pages) expect(p.articles.length).toBeGreaterThanOrEqual(3);
    const people = new Set(gold.pages.flatMap((p) => p.articles.flatMap((x) => x.people)));
    expect(gold.counts.people).toBe(people.size);
  });

  it('puts every name it reports into the text of its article and page', () => {
    const generated = [...generatePages(loadSourceArticles(REPO), PAGES, 1)];
    expect(generated.map((p) => p.articles.map((x) => x.people))).toEqual(gold.pages.map((p) => p.articles.map((x) => x.people)));
    for (const page of generated) {
      expect(readFileSync(join(a, page.path), 'utf8')).toBe(page.text);
      for (const art of page.articles) {
        expect(page.text).toContain(art.text);
        for (const name of art.people) expect(art.text).toContain(name);
        for (const org of art.organizations) expect(art.text).toContain(org);
      }
    }
  });
});
