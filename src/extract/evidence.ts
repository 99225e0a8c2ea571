// The sentence a fact was read from, with its offsets in the article's body
// (the paragraphs joined with newlines), so a reader can check the fact there:
//   `东城区总工会副主席刘红梅带队慰问环卫工人。` [12, 34) for 刘红梅's position.
// A fact read from a title line or a byline has the line itself and no offsets.
import { lineText, sentenceAt } from './spans.ts';
import type { ArticleBlock, Evidence } from './types.ts';

/** Where each paragraph starts in the body, made once per block. */
const STARTS = new WeakMap<ArticleBlock, number[]>();

function paragraphStart(block: ArticleBlock, paragraph: number): number {
  let starts = STARTS.get(block);
  if (!starts) {
    starts = [];
    let at = 0;
    for (const p of block.paragraphs) { starts.push(at); at += p.length + 1; }
    STARTS.set(block, starts);
  }
  return starts[paragraph] ?? 0;
}

/** The sentence of the article that holds `at` (a mention's place: paragraph and start). */
export function evidenceAt(block: ArticleBlock, at: { paragraph: number; start: number }): Evidence {
  const text = lineText(block, at.paragraph);
  if (at.paragraph < 0) return { text, start: null, end: null };
  const [from, to] = sentenceAt(text, at.start);
  const base = paragraphStart(block, at.paragraph);
  return { text: text.slice(from, to), start: base + from, end: base + to };
}

/** A line outside the body (a dateline, a credit) as the evidence of what it states. */
export const lineEvidence = (line: string): Evidence => ({ text: line, start: null, end: null });

/** Whether `a` is a better place to show than `b`: a sentence of the body before a title line
 *  (the body says more), then the earlier. */
export function readsBefore(a: { paragraph: number; start: number }, b: { paragraph: number; start: number }): boolean {
  const ta = a.paragraph < 0, tb = b.paragraph < 0;
  if (ta !== tb) return tb;
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);
}

/** The mention of each key to show it by (see readsBefore), in one pass. */
export function firstBy<M extends { paragraph: number; start: number }>(ms: readonly M[], key: (m: M) => string): Map<string, M> {
  const out = new Map<string, M>();
  for (const m of ms) {
    const k = key(m), best = out.get(k);
    if (!best || readsBefore(m, best)) out.set(k, m);
  }
  return out;
}

/** The place of several to show a fact by (see readsBefore). */
export function firstPlace<T extends { paragraph: number; start: number }>(places: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const p of places) if (!best || readsBefore(p, best)) best = p;
  return best;
}
