// Bodies read from their place in a list of hosts, whatever their names end with:
//   `由北京市总工会、美团、饿了么联合主办` -> 美团, 饿了么 (beside a body already found)
// An item counts only where another item of the same list is a body found by its suffix,
// and only if it is made of name words (no verb, no count): `由区总工会、各街道联合举办` gives nothing new.
import { firstTokenEndingAfter, tokenize, type Token } from '../jieba.ts';
import { FUNCTION_CHARS, STOP_WORDS } from '../lexicon/orgContext.ts';
import { matchesOf } from '../matches.ts';

export interface ListedHost { start: number; end: number; text: string }

/** A host verb; the list is the clause before it, back to the last punctuation (at most 120
 *  characters), so a long line costs one pass. Items are cut at 、 only (a name may hold 和:
 *  `人力资源和社会保障局`); a last item `A和B` is cut at 和. */
const HOST_VERB = /(?:等单位|等)?(?:联合|共同)?(?:主办|承办|举办|发起|协办)/g;
const CLAUSE_BREAK = /[\s，,。；;：:！!？?“”"]/;

/** Items of host lists in `text`; `isFound(start, end)` says whether a body already covers a range. */
export function hostListItems(text: string, isFound: (start: number, end: number) => boolean): ListedHost[] {
  const out: ListedHost[] = [];
  const tokens = tokenize(text);
  for (const v of matchesOf(HOST_VERB, text)) {
    let from = v.index!;
    while (from > 0 && v.index! - from < 120 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
    const clause = text.slice(from, v.index!);
    if (!clause.includes('、')) continue;
    const parts = clause.split('、');
    const last = /^(.{2,})[和与及](.{2,})$/.exec(parts[parts.length - 1]!);
    if (last) parts.splice(parts.length - 1, 1, last[1]!, last[2]!);
    const items: ListedHost[] = [];
    let at = from;
    for (const raw of parts) {
      let item = raw, start = at;
      if (item.startsWith('由')) { item = item.slice(1); start++; }
      items.push({ start, end: start + item.length, text: item });
      at += raw.length + 1;
    }
    if (!items.some((i) => isFound(i.start, i.end))) continue;
    for (const i of items) {
      if (isFound(i.start, i.end) || i.text.length < 2 || i.text.length > 12) continue;
      const words = wordsIn(tokens, i.start, i.end);
      if (words.map((w) => w.word).join('') !== i.text) continue;
      if (words.some((w) => STOP_WORDS.has(w.word) || FUNCTION_CHARS.has(w.word) || !/^(n|j|eng|ns|nz|nt|nr)/.test(w.tag))) continue;
      out.push(i);
    }
  }
  return out;
}

function wordsIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const words: Token[] = [];
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k]!.end <= end; k++) if (tokens[k]!.start >= start) words.push(tokens[k]!);
  return words;
}
