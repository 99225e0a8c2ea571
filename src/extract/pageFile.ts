// One page file on disk -> its extraction: read the bytes, decode, run the
// pipeline, and refuse a page in which no article can be recognised.
import { readFileSync } from 'node:fs';
import { KgError } from '../errors.ts';
import { decodePage } from './decode.ts';
import { extractPage } from './pipeline.ts';
import type { PageExtraction } from './types.ts';

/** A piece continued from another page with at least this many Han characters counts as an article. */
const MIN_FRAGMENT_HAN = 80;

export function extractPageFile(path: string): PageExtraction {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(e as Error).message})`;
    throw new KgError('BAD_INPUT', `${path}: ${reason}`, { file: path, reason }, { cause: e });
  }
  const text = decodePage(bytes, path);
  // The whole path: a folder may give the issue date (`2024-02-01/03.txt`).
  const page = extractPage(path, text);
  if (!hasArticle(page)) {
    const reason = 'no recognisable article (no headline, dateline or continued text)';
    throw new KgError('BAD_INPUT', `${path}: ${reason}`, { file: path, reason });
  }
  return page;
}

const han = (s: string | null): number => s?.match(/\p{Script=Han}/gu)?.length ?? 0;

/** A page holds an article when one has a Chinese headline or authors, or a continued piece has real text. */
export function hasArticle(page: PageExtraction): boolean {
  return page.articles.some((a) => han(a.headline) >= 2 || a.authors.length > 0 || han(a.body) >= MIN_FRAGMENT_HAN);
}
