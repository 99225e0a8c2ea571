// Small helpers over mention spans, shared by the positions, activity and
// participants stages. A mention's `paragraph` indexes `block.paragraphs`;
// negative values are title lines (-1 the headline, -2 the first alt title, ...).
import { VENUE_MARKERS } from './lexicon/positions.ts';
import type { ArticleBlock, Mention } from './types.ts';

/** The text of one line of the article, by the mention convention above. */
export function lineText(block: ArticleBlock, paragraph: number): string {
  if (paragraph >= 0) return block.paragraphs[paragraph] ?? '';
  if (paragraph === -1) return block.headline ?? '';
  return block.alt_titles[-2 - paragraph] ?? '';
}

/** Title lines as (paragraph, text) pairs: the headline first, then alt titles. */
export function titleLines(block: ArticleBlock): { paragraph: number; text: string }[] {
  const out: { paragraph: number; text: string }[] = [];
  if (block.headline) out.push({ paragraph: -1, text: block.headline });
  block.alt_titles.forEach((text, i) => out.push({ paragraph: -2 - i, text }));
  return out;
}

/** Farthest a sentence is read from a point, either way, in characters. */
export const MAX_SENTENCE = 400;

/** [start, end) of the sentence of `text` that holds index `at`. A closing
 *  quote right after the stop belongs to the sentence: `…实事。”该店店长表示。`. */
/** Sentence stops (。！？；!?;) and closing quotes by char code: a sentence is found with no string made per character. */
const [FULL_STOP, FULL_EXCLAMATION, FULL_QUESTION, FULL_SEMICOLON] = [...'。！？；'].map((c) => c.charCodeAt(0));
const [DOUBLE_CLOSE, SINGLE_CLOSE, CORNER_CLOSE, WHITE_CORNER_CLOSE] = [...'”’」』'].map((c) => c.charCodeAt(0));
// 。！？； and their ASCII !?; (tested for every character a sentence is read over: comparisons, no hash)
const isStop = (c: number) => c === FULL_STOP || c === FULL_EXCLAMATION || c === FULL_QUESTION || c === FULL_SEMICOLON
  || c === 0x21 || c === 0x3f || c === 0x3b;
const isCloser = (c: number) => c === DOUBLE_CLOSE || c === SINGLE_CLOSE || c === CORNER_CLOSE || c === WHITE_CORNER_CLOSE;

export function sentenceAt(text: string, at: number): [number, number] {
  // A run of text with no stop for hundreds of characters is no sentence any cue
  // reads across (news sentences run to a few dozen): reading stops at the bound,
  // so a line with no stops costs no more per mention than a line with them.
  const lo = Math.max(0, at - MAX_SENTENCE);
  const hi = Math.min(text.length, at + MAX_SENTENCE);
  let start = at;
  while (start > lo && !isStop(text.charCodeAt(start - 1))) start--;
  while (start < text.length && isCloser(text.charCodeAt(start))) start++;
  let end = at;
  while (end < hi && !isStop(text.charCodeAt(end))) end++;
  if (end < text.length && isStop(text.charCodeAt(end))) end++;
  while (end < text.length && isCloser(text.charCodeAt(end))) end++;
  return [Math.min(start, at), end];
}

/** Sentences of a line, as [start, end) pairs. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  while (at < text.length) {
    const [, end] = sentenceAt(text, at);
    out.push([at, end]);
    at = end > at ? end : at + 1;
  }
  return out;
}

/** Mentions of one line, in reading order; of two that start together, the longer first. */
export function onLine<M extends Mention>(mentions: M[], paragraph: number): M[] {
  return mentions.filter((m) => m.paragraph === paragraph).sort(readingOrder);
}

const readingOrder = (a: Mention, b: Mention) => a.start - b.start || b.end - a.end;

/** `onLine` of every line at once, for a stage that asks it for each mention of another kind
 *  (on a page that is one long line, a sort of the whole line per question). */
export function byLine<M extends Mention>(mentions: M[]): Map<number, M[]> {
  const lines = new Map<number, M[]>();
  for (const m of mentions) {
    const line = lines.get(m.paragraph);
    if (line) line.push(m); else lines.set(m.paragraph, [m]);
  }
  for (const line of lines.values()) line.sort(readingOrder);
  return lines;
}

/** Of one line's mentions in reading order, those inside [from, to), in that order; the
 *  mentions that can be are found by their starts with a binary search. */
export function mentionsWithin<M extends Mention>(line: M[], from: number, to: number): M[] {
  const first = (at: number) => {
    let lo = 0, hi = line.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (line[mid]!.start < at) lo = mid + 1; else hi = mid; }
    return lo;
  };
  // a mention that starts after `to` ends after it
  return line.slice(first(from), first(to + 1)).filter((m) => m.start >= from && m.end <= to);
}

/** Where a line's title and quote marks and clause stops stand, in order. insideBookTitle and
 *  insideSpeech ask for every name of a line: with the marks found once per line, a question is a
 *  few binary searches, not a walk back to the line's start (on a line of any length). */
interface LineMarks { bookOpen: number[]; bookClose: number[]; quoteOpen: number[]; quoteClose: number[]; clauseStop: number[] }
const MARK_CACHE_LINES = 64;
const markCache = new Map<string, LineMarks>();
const BOOK_OPEN = '《'.charCodeAt(0), BOOK_CLOSE = '》'.charCodeAt(0), QUOTE_OPEN = '“'.charCodeAt(0), QUOTE_CLOSE = '”'.charCodeAt(0);
const CLAUSE_STOP_CODES = new Set([...'，。！？,!?…'].map((c) => c.charCodeAt(0)));

function lineMarks(text: string): LineMarks {
  let marks = markCache.get(text);
  if (!marks) {
    marks = { bookOpen: [], bookClose: [], quoteOpen: [], quoteClose: [], clauseStop: [] };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === BOOK_OPEN) marks.bookOpen.push(i);
      else if (c === BOOK_CLOSE) marks.bookClose.push(i);
      else if (c === QUOTE_OPEN) marks.quoteOpen.push(i);
      else if (c === QUOTE_CLOSE) marks.quoteClose.push(i);
      else if (CLAUSE_STOP_CODES.has(c)) marks.clauseStop.push(i);
    }
    if (markCache.size >= MARK_CACHE_LINES) markCache.clear();
    markCache.set(text, marks);
  }
  return marks;
}

/** Index of the first of the (ascending) offsets that is `at` or more; `list.length` when none is. */
function firstFrom(list: number[], at: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! < at) lo = mid + 1; else hi = mid; }
  return lo;
}
/** The last offset of the list at or before `at`, as lastIndexOf gives it (-1: none). */
const lastUpTo = (list: number[], at: number) => list[firstFrom(list, at + 1) - 1] ?? -1;
/** The first offset of the list at or after `at`, as indexOf gives it (-1: none). */
const firstAtOrAfter = (list: number[], at: number) => list[firstFrom(list, at)] ?? -1;

/** True when [start, end) lies inside a 《book title》 of `text`. */
export function insideBookTitle(text: string, start: number, end: number): boolean {
  const marks = lineMarks(text);
  const open = lastUpTo(marks.bookOpen, start);
  if (open < 0) return false;
  const close = firstAtOrAfter(marks.bookClose, open);
  return close >= end;
}

/** Where the bare name starts inside a person mention (a mention may carry its title). */
export function nameStart(m: Mention & { name: string }): number {
  const i = m.text.lastIndexOf(m.name);
  return i < 0 ? m.start : m.start + i;
}

/** True when a venue word stands right before `start`: `在东城区职工大学`, `在该街道工会服务站`. */
export function isVenueAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).replace(/[该本此]$/, '');
  // `受到…表彰`, `得到…支持`: 到 ends another verb here
  if (/[受得达感看想做遇收提]到$/.test(before)) return false;
  return VENUE_MARKERS.some((m) => before.endsWith(m));
}

/** True when [start, end) lies inside quoted speech: a “…” span holding a
 *  clause (`“张师傅手把手教我，……”`), not a short name in quotes (`“将小爱”`). */
export function insideSpeech(text: string, start: number, end: number): boolean {
  const marks = lineMarks(text);
  const open = lastUpTo(marks.quoteOpen, start);
  if (open < 0) return false;
  const close = firstAtOrAfter(marks.quoteClose, open);
  if (close < end || lastUpTo(marks.quoteClose, start) > open) return false;
  // a clause stop (，。！？,!?…) inside the quotation, [open, close)
  const stop = firstAtOrAfter(marks.clauseStop, open);
  return stop >= 0 && stop < close;
}
