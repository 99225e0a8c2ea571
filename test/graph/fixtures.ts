// Page extractions for graph tests: the hand-made gold files, with a `body`
// made from each article's anchor and no places (the gold has none), plus a
// few places added so that Place and IN_DISTRICT are exercised too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFacts, PageExtraction } from '../../src/extract/types.ts';

const GOLD = join(import.meta.dirname, '..', 'gold');

export function goldPages(): PageExtraction[] {
  return readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { file: string; articles: (ArticleFacts & { anchor: string })[] };
    return {
      file: gold.file,
      issue_date: null,
      articles: gold.articles.map(({ anchor, ...a }, i) => ({
        ...a,
        activity: { ...a.activity, date: null },
        body: anchor,
        places: i === 0 ? [{ name: '椿树街道', district: '西城区' }, { name: '甘肃', district: null }] : [],
      })),
    };
  });
}
