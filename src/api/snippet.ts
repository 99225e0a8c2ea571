// The snippet of a search hit: the words around the first place a field has
// the query, with every occurrence of a query part in it marked 【】. Fields
// are looked at in order (headline before body); the text is matched in its
// Simplified form, which has the same offsets, so the snippet quotes the
// text as stored.
//
//   snippetOf([['headline', '劳模赵丽君获奖']], ['赵丽君']) → { field: 'headline', text: '劳模【赵丽君】获奖' }
import { toSimplified } from '../text/script.ts';

export interface Snippet { field: string; text: string }

/** Characters kept before the first mark, and in all. */
const BEFORE = 20;
const WIDTH = 80;

export function snippetOf(fields: ReadonlyArray<readonly [string, string]>, parts: readonly string[]): Snippet {
  const wanted = [...new Set(parts.filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const [field, text] of fields) {
    const folded = toSimplified(text).toLowerCase();
    if (folded.length !== text.length) continue;
    const marks = occurrences(folded, wanted);
    if (!marks.length) continue;
    const start = Math.max(0, Math.min(marks[0]![0] - BEFORE, text.length - WIDTH));
    const end = Math.min(text.length, start + WIDTH);
    let out = start > 0 ? '…' : '';
    let at = start;
    for (const [s, e] of marks) {
      if (s < at || e > end) continue;
      out += text.slice(at, s) + '【' + text.slice(s, e) + '】';
      at = e;
    }
    out += text.slice(at, end) + (end < text.length ? '…' : '');
    return { field, text: oneLine(out) };
  }
  // Every piece of the query is there, but not together: the start of the first field.
  const [field, text] = fields.find(([, t]) => t) ?? fields[0] ?? ['', ''];
  return { field, text: oneLine(text.length > WIDTH ? `${text.slice(0, WIDTH)}…` : text) };
}

/** [start, end) of each occurrence of a part, left to right, the longest part first where two start together; none overlapping. */
function occurrences(text: string, parts: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    const part = parts.find((p) => text.startsWith(p, i));
    if (part) { out.push([i, i + part.length]); i += part.length; } else i++;
  }
  return out;
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');
