// Companies named in a counted list, with no suffix to find them by:
//   `来到美团、京东、顺丰、丹鸟、中通共5家辖区外卖、快递站点` -> 美团, 京东, 顺丰, 丹鸟, 中通
import type { RuleId } from '../rules.ts';
import { tokenize } from '../jieba.ts';
import type { OrgKind } from '../types.ts';
import { matchesOf } from '../matches.ts';

const LIST = /((?:[\u4e00-\u9fffA-Za-z]{2,8}、)+[\u4e00-\u9fffA-Za-z]{2,8})(?:共|等)[0-9一二三四五六七八九十两百]+[余多]?家/g;

export interface ListedOrg { paragraph: number; start: number; end: number; text: string; canonical: string; rule: RuleId; kind: OrgKind }

export function listedCompanies(paragraph: number, text: string): ListedOrg[] {
  const out: ListedOrg[] = [];
  if (!text.includes('家') || !text.includes('、')) return out; // the pattern ends on a count of 家 after a list
  for (const m of matchesOf(LIST, text)) {
    const items = m[1]!.split('、');
    // The first item may carry the verb before the list: `陆续来到美团` -> 美团 (the words after the last verb).
    const words = tokenize(items[0]!);
    let k = words.length;
    while (k > 0 && !/^[vpdcrtum]/.test(words[k - 1]!.tag)) k--;
    const first = words.slice(k).map((w) => w.word).join('');
    if (first.length < 2) continue;
    items[0] = first;
    let at = m.index! + m[1]!.length;
    for (let i = items.length - 1; i >= 0; i--) {
      const name = items[i]!;
      const start = at - name.length;
      out.push({ paragraph, start, end: at, text: name, canonical: name, rule: 'org.counted-list', kind: 'company' });
      at = start - 1;
    }
  }
  return out.reverse();
}
