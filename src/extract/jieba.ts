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
const boundsCache = new Map<string, WordBounds>();

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
 *  repeated to fill its input is timed as a new page. The words' tags (WORD_TAGS) stay:
 *  they are jieba's vocabulary, which any run of many pages has mostly seen. */
export function clearTokenCache(): void {
  cache.clear();
  boundsCache.clear();
}

/**
 * Each word's part of speech as jieba tags it. jieba tags a word by the word alone (its
 * dictionary entry, or its characters for a word it does not know), never by the sentence
 * around it: a word once tagged keeps its tag. jieba builds an object for each word it tags
 * but only a string for each word it cuts, so a line is cut, and only the words this process
 * has not seen yet are tagged. The vocabulary is kept across pages (it is jieba's, not a
 * page's), up to a bound.
 */
const WORD_TAGS = new Map<string, string>();
const MAX_WORD_TAGS = 200_000;

function remember(word: string, tag: string): void {
  if (WORD_TAGS.size >= MAX_WORD_TAGS) WORD_TAGS.clear();
  WORD_TAGS.set(word, tag);
}

/** Tags words not yet known in one call, one word to a line of the call's text (jieba reads
 *  no word across a line break). False when jieba cuts one of them alone other than as one
 *  word: that word's tag is then read with its line. */
function learnTags(words: string[]): boolean {
  const tagged = jieba.tag(words.join('\n'));
  let k = 0;
  for (const word of words) {
    while (k < tagged.length && tagged[k]!.word === '\n') k++;
    const t = tagged[k++];
    if (!t || t.word !== word) return false;
    remember(word, t.tag);
  }
  return true;
}

function cut(text: string): Token[] {
  // jieba's cut gives the words its tag gives (tag cuts first, with the same dictionary)
  const words: string[] = jieba.cut(text);
  const out: Token[] = [];
  let at = 0;
  for (const word of words) {
    let tag = WORD_TAGS.get(word);
    if (tag === undefined) {
      // the first word not seen before: every such word of the line is tagged in one call
      if (!learnTags([...new Set(words.filter((w) => !WORD_TAGS.has(w)))])) return cutAndTag(text);
      tag = WORD_TAGS.get(word);
      if (tag === undefined) return cutAndTag(text); // the vocabulary was full and started again
    }
    at = locate(out, text, word, tag, at);
  }
  return out;
}

/** The line tagged by jieba in one call, as it was before words were tagged alone. */
function cutAndTag(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text)) {
    remember(word, tag);
    at = locate(out, text, word, tag, at);
  }
  return out;
}

/** Adds the word found at or after `at` in `text` to `out`; returns where the next word is looked for. */
function locate(out: Token[], text: string, word: string, tag: string, at: number): number {
  const start = text.indexOf(word, at);
  const s = start < 0 ? at : start;
  out.push({ word, tag, start: s, end: s + word.length });
  return s + word.length;
}

/** Offsets of a line where a word starts or ends, looked up by offset. */
export interface WordBounds { has(at: number): boolean }

/** Offsets where a word starts or ends: a name or place must begin and end on one. A flag per
 *  offset (the stages ask at every place name and title they try; a set hashed each one). */
export function wordBoundaries(text: string): WordBounds {
  let b = boundsCache.get(text);
  if (!b) {
    const tokens = tokenize(text);
    let last = text.length;
    // (index loops: a for-of over a frozen array makes an iterator result per element)
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.end > last) last = tokens[i]!.end;
    const at: number[] = new Array<number>(last + 1).fill(0);
    at[0] = 1; at[text.length] = 1;
    for (let i = 0; i < tokens.length; i++) { at[tokens[i]!.start] = 1; at[tokens[i]!.end] = 1; }
    if (boundsCache.size >= CACHE_LINES) boundsCache.clear();
    boundsCache.set(text, (b = { has: (i: number) => at[i] === 1 }));
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

/** jieba's search mode: every word and the shorter words inside it, overlapping, for a search index
 *  (`北京市总工会` -> 北京 京市 总工 工会 北京市 总工会 北京市总工会). */
export function searchWords(text: string): string[] {
  return jieba.cutForSearch(text, true);
}
