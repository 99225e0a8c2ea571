// The articles a generated corpus is made of: every article of the project's
// annotated pages (seeds/ and the test sets, each page with its gold file),
// cut out of its page as the raw lines it was printed with, with the people
// its gold file names. A piece continued from another page (no headline) is
// left out: placed mid-page it would run on into the article above it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentPage } from '../../src/extract/segment.ts';
import type { ArticleBlock } from '../../src/extract/types.ts';

/** Folders of pages and of their gold files, relative to the repository root. */
export const SOURCE_SETS: readonly [pages: string, gold: string][] = [
  ['seeds', 'test/gold'],
  ['test/unseen/pages', 'test/unseen/gold'],
  ['test/dev/pages', 'test/dev/gold'],
  ['test/dev-dates/pages', 'test/dev-dates/gold'],
  ['test/holdout/pages', 'test/holdout/gold'],
];

export interface SourceArticle {
  /** Where it was cut from: `seeds/000_….txt#1`. */
  from: string;
  headline: string;
  /** The article's lines as printed, headings marked so that its headline is `## ` (level 2). */
  text: string;
  /** Person names of the gold file that occur in the text, longest first. */
  people: string[];
  /** Of those, the names in a byline or credit (reporters, photographers). */
  authors: string[];
  /** Organization names of the gold file that occur in the text, with their kind. */
  organizations: { name: string; kind: string }[];
}

interface GoldArticle {
  headline: string | null;
  anchor: string;
  alt_titles: string[];
  authors: { name: string }[];
  people: { name: string }[];
  participants: { name: string }[];
  positions: { name: string }[];
  organizations: { name: string; kind: string }[];
}

const plain = (line: string) => line.replace(/^#{1,6}\s*/, '').replace(/\*\*/g, '').trim();
const levelOf = (line: string) => /^(#{1,6})\s*/.exec(line.trim())?.[1].length ?? 0;
const same = (a: ArticleBlock, b: ArticleBlock) =>
  a.headline === b.headline && a.dateline === b.dateline
  && JSON.stringify(a.paragraphs) === JSON.stringify(b.paragraphs) && JSON.stringify(a.credits) === JSON.stringify(b.credits);

/** The raw lines of each article of a page, or null for an article whose lines cannot be told apart. */
function cutPage(text: string, blocks: ArticleBlock[]): (string | null)[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const starts: number[] = [];
  let from = 0;
  for (const b of blocks) {
    const heads = new Set([...b.alt_titles, ...(b.headline ? [b.headline] : [])]);
    let at = -1;
    for (let i = from; i < lines.length && b.headline; i++) {
      const t = plain(lines[i]);
      if (t && (heads.has(t) || b.headline.startsWith(t))) { at = i; break; }
    }
    starts.push(at);
    if (at >= 0) from = at + 1;
  }
  return blocks.map((b, k) => {
    const start = starts[k];
    if (start < 0 || !b.headline) return null;
    const next = starts.slice(k + 1).find((s) => s >= 0) ?? lines.length;
    return relevel(lines.slice(start, next), b.headline);
  });
}

/** Heading marks shifted so that the headline is `## `: every article of a page then opens at one level. */
function relevel(lines: string[], headline: string): string {
  const head = lines.find((l) => plain(l) && headline.startsWith(plain(l)));
  const shift = 2 - (head ? levelOf(head) || 2 : 2);
  return lines.map((l) => {
    const lv = levelOf(l);
    if (lv === 0) return head === l ? `## ${l.trim()}` : l;
    return `${'#'.repeat(Math.min(6, Math.max(1, lv + shift)))} ${plain(l)}`;
  }).join('\n').trim();
}

const present = (names: Iterable<string>, text: string) =>
  [...new Set(names)].filter((n) => n && text.includes(n)).sort((a, b) => b.length - a.length || a.localeCompare(b));

/** Every article of the annotated pages that stands alone: cut out, it segments to itself. */
export function loadSourceArticles(root: string): SourceArticle[] {
  const out: SourceArticle[] = [];
  const seen = new Set<string>();
  for (const [pagesDir, goldDir] of SOURCE_SETS) {
    const dir = join(root, pagesDir);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const goldFile = join(root, goldDir, file.replace(/\.txt$/, '.json'));
      if (!existsSync(goldFile)) continue;
      const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { articles: GoldArticle[] }).articles;
      const text = readFileSync(join(dir, file), 'utf8');
      const blocks = segmentPage(text);
      if (blocks.length !== gold.length) continue; // articles of the page and of its gold file do not pair up
      cutPage(text, blocks).forEach((chunk, k) => {
        const g = gold[k];
        const b = blocks[k];
        if (!chunk || !b.paragraphs.join('\n').includes(g.anchor)) return;
        const alone = segmentPage(chunk);
        if (alone.length !== 1 || !same(alone[0], b)) return;
        const key = `${b.headline}\n${b.paragraphs[0]?.slice(0, 40)}`;
        if (seen.has(key)) return; // the same article on two pages of the test sets
        seen.add(key);
        const names = [...g.people, ...g.authors, ...g.participants, ...g.positions].map((p) => p.name);
        out.push({
          from: `${pagesDir}/${file}#${k}`,
          headline: b.headline!,
          text: chunk,
          people: present(names, chunk),
          authors: present(g.authors.map((a) => a.name), chunk),
          organizations: g.organizations.filter((o) => chunk.includes(o.name)).map((o) => ({ name: o.name, kind: o.kind })),
        });
      });
    }
  }
  return out;
}
