// The terms of the embedded full-text index, for Chinese written without
// spaces. A text is read in its Simplified form (a search for 趙麗君 finds
// 赵丽君), and gives:
//   - every two-character piece of each run of Han characters (a lone Han
//     character gives itself): any substring of two or more characters of the
//     text is then found, whatever words jieba cut it into;
//   - jieba's search-mode words of three or more Han characters (赵丽君,
//     北京市总工会), which a query's own whole words match for a higher score;
//   - Latin words and numbers as jieba cuts them, lowercased (2024, app).
//
//   indexTerms('赵丽君出席') → 赵丽 丽君 君出 出席 赵丽君
//   queryParts('趙麗君') → [{ text: '赵丽君', all: [{ any: ['赵丽', '赵丽君'] }, { any: ['丽君'] }] }]
import { searchWords } from '../../extract/jieba.ts';
import { toSimplified } from '../../text/script.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The form a text is indexed and searched in: Simplified, full-width letters and digits as ASCII, lowercase. */
export const normalise = (text: string): string => toSimplified(text).normalize('NFKC').toLowerCase();

function pieces(run: string): string[] {
  if (run.length === 1) return [run];
  const out: string[] = [];
  for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** jieba's words of a normalised text that are not covered by the two-character pieces: long Han words, Latin words and numbers. */
function words(text: string): { long: string[]; other: string[] } {
  const long: string[] = [];
  const other: string[] = [];
  for (const w of searchWords(text)) {
    if (!WORDLIKE.test(w)) continue;
    if (!HAN.test(w)) other.push(w);
    else if (w.length >= 3 && [...w].every((c) => HAN.test(c))) long.push(w);
  }
  return { long, other };
}

/** The index terms of a text (repeats kept: a term's count is its frequency). */
export function indexTerms(text: string): string[] {
  const s = normalise(text);
  const out: string[] = [];
  for (const run of s.match(HAN_RUN) ?? []) out.push(...pieces(run));
  const { long, other } = words(s);
  out.push(...long, ...other);
  return out;
}

/** One term of a query that a hit must have: any of these index terms (a piece, or that piece and a whole word starting with it). */
export interface QueryTerm { any: string[]; prefix?: boolean }
/** A space-separated part of a query: its normalised text (what a snippet marks) and the terms a hit must all have. */
export interface QueryPart { text: string; all: QueryTerm[] }

/**
 * A query read as its parts. Every piece of a part is required, so a hit holds
 * each piece (for a part of one run, the run itself in most texts); a whole
 * word jieba finds in the query rides on its first piece (OR), which raises
 * the score of a text cut into the same word without widening what matches.
 * A lone Han character matches as the start of a piece (赵 finds 赵丽君).
 */
export function queryParts(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const text of normalise(query).split(/\s+/).filter(Boolean)) {
    const all: QueryTerm[] = [];
    const { long, other } = words(text);
    const unused = new Set(long);
    for (const run of text.match(HAN_RUN) ?? []) {
      if (run.length === 1) { all.push({ any: [run], prefix: true }); continue; }
      for (const piece of pieces(run)) {
        const word = [...unused].find((w) => w.startsWith(piece) && run.includes(w));
        if (word) unused.delete(word);
        all.push({ any: word ? [piece, word] : [piece] });
      }
    }
    for (const w of other) all.push({ any: [w] });
    if (all.length) parts.push({ text, all });
  }
  return parts;
}
