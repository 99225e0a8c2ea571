// Bodies read from their place in a list of hosts, whatever their names end with:
//   `由北京市总工会、美团、饿了么联合主办` -> 美团, 饿了么 (beside a body already found)
// An item counts only where another item of the same list is a body found by its suffix,
// and only if it is made of name words (no verb, no count): `由区总工会、各街道联合举办` gives nothing new.
import { tokenize } from '../jieba.ts';
import { FUNCTION_CHARS, STOP_WORDS } from '../lexicon/orgContext.ts';

export interface ListedHost { start: number; end: number; text: string }

const HOST_LIST = /((?:[\u4e00-\u9fffA-Za-z（）()]{2,16}[、和与及])+[\u4e00-\u9fffA-Za-z（）()]{2,16}?)(?:等单位|等)?(?:联合|共同)?(?:主办|承办|举办|发起|协办)/g;

/** Items of host lists in `text`; `isFound(start, end)` says whether a body already covers a range. */
export function hostListItems(text: string, isFound: (start: number, end: number) => boolean): ListedHost[] {
  const out: ListedHost[] = [];
  const tokens = tokenize(text);
  for (const m of text.matchAll(HOST_LIST)) {
    const items: ListedHost[] = [];
    let at = m.index!;
    for (const raw of m[1]!.split(/[、和与及]/)) {
      let item = raw, start = at;
      if (item.startsWith('由')) { item = item.slice(1); start++; }
      items.push({ start, end: start + item.length, text: item });
      at += raw.length + 1;
    }
    if (!items.some((i) => isFound(i.start, i.end))) continue;
    for (const i of items) {
      if (isFound(i.start, i.end) || i.text.length < 2 || i.text.length > 12) continue;
      const words = tokens.filter((t) => t.start >= i.start && t.end <= i.end);
      if (words.map((w) => w.word).join('') !== i.text) continue;
      if (words.some((w) => STOP_WORDS.has(w.word) || FUNCTION_CHARS.has(w.word) || !/^(n|j|eng|ns|nz|nt|nr)/.test(w.tag))) continue;
      out.push(i);
    }
  }
  return out;
}
