// One jieba segmenter for the whole process: loading the dictionary is slow,
// segmenting is a pure function of the text.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const jieba = Jieba.withDict(dict);

export interface Token { word: string; tag: string; start: number; end: number }

/** The people, places and organizations stages each read the same lines: a line is
 *  cut once and its words reused (a bounded cache of recent lines; tokens are never mutated). */
export const CACHE_LINES = 512;
const cache = new Map<string, readonly Token[]>();
const boundsCache = new Map<string, ReadonlySet<number>>();

/** Words with their part-of-speech tags and offsets: `李伟主持` -> 李/nr 伟/zg 主持/v. */
export function tokenize(text: string): Token[] {
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size >= CACHE_LINES) cache.clear();
    hit = Object.freeze(cut(text));
    cache.set(text, hit);
  }
  return hit as Token[];
}

/** Forgets the cached lines: a benchmark calls it between pages so that a page
 *  repeated to fill its input is timed as a new page. */
export function clearTokenCache(): void {
  cache.clear();
  boundsCache.clear();
}

function cut(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text)) {
    const start = text.indexOf(word, at);
    const s = start < 0 ? at : start;
    out.push({ word, tag, start: s, end: s + word.length });
    at = s + word.length;
  }
  return out;
}

/** Offsets where a word starts or ends: a name or place must begin and end on one. */
export function wordBoundaries(text: string): ReadonlySet<number> {
  let b = boundsCache.get(text);
  if (!b) {
    const set = new Set<number>([0, text.length]);
    for (const t of tokenize(text)) { set.add(t.start); set.add(t.end); }
    if (boundsCache.size >= CACHE_LINES) boundsCache.clear();
    boundsCache.set(text, (b = set));
  }
  return b;
}

/** Index of the first token that ends after `at` (tokens are in text order, so a
 *  binary search: a long line costs log n per look-up). */
export function firstTokenEndingAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
