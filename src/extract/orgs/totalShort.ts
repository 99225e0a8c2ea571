// `区总`, `市总`, `昆明五华区总`, `重庆市总`: a 总工会 written without 工会, as headlines and
// union papers do (`平谷区总五举措助力…`, `区总一直关注困难职工`). jieba cuts such a 总 as a
// word of its own; `总面积`, `总体规划`, `总工会` are other words.
import { tokenize } from '../jieba.ts';
import type { PlaceMention } from '../types.ts';

export interface TotalShort { start: number; end: number; text: string }

export function totalShortForms(paragraph: number, text: string, places: PlaceMention[]): TotalShort[] {
  const out: TotalShort[] = [];
  const tokens = tokenize(text);
  const lineP = places.filter((p) => p.paragraph === paragraph);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!, prev = tokens[k - 1]!;
    if (t.word !== '总' || !/[省市区县]$/.test(prev.word)) continue;
    const next = tokens[k + 1];
    if (next && /^[工会]/.test(next.word)) continue;
    let start = -1;
    for (let p = lineP.find((q) => q.end === t.start); p; p = lineP.find((q) => q.end === p!.start)) start = p.start;
    if (start < 0 && /^[省市区县]$/.test(prev.word)) start = prev.start;
    if (start < 0) continue;
    out.push({ start, end: t.end, text: text.slice(start, t.end) });
  }
  return out;
}
