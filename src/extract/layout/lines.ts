// Lines of a page and what each one looks like, before any decision about articles.
import {
  type ContinuationId, CLOSERS, CONTINUATION_STARTS, CONTINUED_FROM, CONTINUED_TO, MAX_TITLE_CHARS, SENTENCE_FINAL,
} from '../lexicon/layout.ts';

export interface PageLine {
  /** Position among the page's non-blank lines. */
  n: number;
  /** Text without heading marks, bold marks and surrounding spaces: `## 标题` -> `标题`. */
  text: string;
  /** Heading level from the `#` marks: 1 for `#`, 2 for `##`; 0 when unmarked. */
  level: number;
}

/** Splits a page into its non-blank lines; blank lines only separate, they carry no meaning. */
export function pageLines(page: string): PageLine[] {
  const out: PageLine[] = [];
  for (const raw of page.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    let s = raw.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, '');
    if (!s) continue;
    let level = 0;
    const m = /^(#{1,6})\s*/.exec(s);
    if (m) { level = m[1].length; s = s.slice(m[0].length).replace(/\s+#+$/, ''); } // `## 标题 ##` closes with marks too
    s = s.replace(/\*\*/g, '').trim();
    if (!s) continue;
    out.push({ n: out.length, text: s, level });
  }
  return out;
}

const FINAL = new Set(SENTENCE_FINAL);
const CLOSE = new Set(CLOSERS);

/** `保考试公平公正。` and `…传递关爱。”` end a sentence; `…也是` and `…送“清凉套餐”` do not. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSE.has(text[i])) i--;
  if (i < 0) return false;
  return FINAL.has(text[i]);
}

/** Characters that count for a title's length: spaces do not. */
export const visibleLength = (text: string): number => text.replace(/[\s\u3000]/g, '').length;

/**
 * Could this line be a title? Short, no sentence end, no full stop inside, no
 * continuation marker: `密云太师屯镇总工会举办春季招聘会` yes; `保考试公平公正。` and `（下转第2版）` no.
 */
export function isTitleShaped(text: string): boolean {
  const len = visibleLength(text);
  if (len < 2 || len > MAX_TITLE_CHARS) return false;
  if (endsSentence(text) || CONTINUED_TO.test(text) || CONTINUED_FROM.test(text)) return false;
  return !/[。！？!?；;]/u.test(text.slice(0, -1));
}

/** The id of the rule saying this paragraph opens mid-sentence (a piece continued from elsewhere), or null. */
export function continuationRule(text: string): ContinuationId | null {
  for (const c of CONTINUATION_STARTS) if (c.re.test(text)) return c.id;
  return null;
}
