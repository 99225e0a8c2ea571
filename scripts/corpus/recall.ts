// How much of what the generator put in the extractor finds: the share of
// substituted person names that extraction reports on the same page (as a
// person or an author), and on how many pages the articles come out as the
// generator laid them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../../src/extract/pipeline.ts';
import type { GoldPage } from './gold.ts';

export function nameRecall(dir: string, pages: GoldPage[]) {
  let total = 0;
  let found = 0;
  let pagesAligned = 0;
  const missed: string[] = [];
  for (const p of pages) {
    const path = join(dir, p.file);
    const page = extractPage(path, readFileSync(path, 'utf8'));
    const names = new Set(page.articles.flatMap((a) => [...a.people.map((x) => x.name), ...a.authors.map((x) => x.name)]));
    if (page.articles.length === p.articles.length) pagesAligned++;
    for (const a of p.articles) {
      for (const name of a.people) {
        total++;
        if (names.has(name)) found++; else missed.push(name);
      }
    }
  }
  return { pages: pages.length, total, found, pagesAligned, missed };
}
