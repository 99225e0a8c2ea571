// Dates: the day of a page's issue, and the day of each article's main
// activity resolved against it (GUIDELINE.md, "Dates"). Pure: the issue comes
// from the path and text given, never from a clock.
//
//   findIssue('2024-02-01/03.txt', text)        -> { date: '2024-02-01', page: 3, … }
//   findIssue('p.txt', '劳动午报 2024年2月1日 星期四 第3版：工会\n…') -> { date: '2024-02-01', page: 3, name: '工会' }
//   findActivityDate(lead '昨天，…慰问…', '2017-01-23') -> { date: '2017-01-22', … }
import {
  DATE_RULES, DATE_SKIPS, DATING_PARAGRAPHS, DISPATCH_DATE, HEADER_DATE, HEADER_MAX_CHARS, HEADER_PARTS,
  HEADER_REJECT, PATH_DATES, PATH_PAGE, QUOTE_CLOSE, QUOTE_OPEN, RANGE_JOIN, SHAPE_PRECISION,
  type DateRule, type DateRuleId, type DateShape,
} from './lexicon/dates.ts';
import type { ActivityDate, ArticleBlock, DateMention, IssueInfo } from './types.ts';
import { ruleSet, type RuleId } from './rules.ts';
import { matchesOf } from './matches.ts';

// ------------------------------------------------------------ calendar

interface Day { y: number; m: number; d: number }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = ({ y, m, d }: Day) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
const utc = ({ y, m, d }: Day) => Date.UTC(y, m - 1, d);
const fromUtc = (t: number): Day => { const x = new Date(t); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; };
const DAY_MS = 86_400_000;
const addDays = (day: Day, n: number): Day => fromUtc(utc(day) + n * DAY_MS);
/** Monday 1 … Sunday 7. */
const weekday = (day: Day) => ((new Date(utc(day)).getUTCDay() + 6) % 7) + 1;

/** The day, when it exists in the calendar (no 2月30日); years 1900–2199. */
function validDay(y: number, m: number, d: number): Day | null {
  if (!(y >= 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const x = fromUtc(Date.UTC(y, m - 1, d));
  return x.m === m && x.d === d ? { y, m, d } : null;
}

/** `YYYY-MM-DD` -> the day, or null. */
export function parseIsoDay(s: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  return m ? validDay(+m[1], +m[2], +m[3]) : null;
}

/** A calendar day written `YYYY-MM-DD` that exists (`2024-02-30` does not). */
export const isIsoDay = (s: string): boolean => parseIsoDay(s) !== null;

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `12`, `１２`, `十二`, `二十八`, `二〇二四` -> the number. */
export function readNumber(s: string): number {
  const t = s.normalize('NFKC');
  if (/^\d+$/.test(t)) return Number(t);
  if (t.includes('十')) {
    const [hi, lo] = t.split('十');
    return (hi ? CN_DIGIT[hi] ?? NaN : 1) * 10 + (lo ? CN_DIGIT[lo] ?? NaN : 0);
  }
  return Number([...t].map((c) => CN_DIGIT[c] ?? 'x').join(''));
}

/** Of a few candidate days, the nearest the reference; the earlier on a tie (news reports what has happened). */
function nearest(candidates: (Day | null)[], ref: Day): Day | null {
  let best: Day | null = null, bestGap = Infinity;
  for (const c of candidates) {
    if (!c) continue;
    const gap = Math.abs(utc(c) - utc(ref));
    if (gap < bestGap || (gap === bestGap && best && utc(c) < utc(best))) { best = c; bestGap = gap; }
  }
  return best;
}

const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };
const RELATIVE_DAY: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 前日: -2, 明天: 1, 明日: 1 };
const RELATIVE_MONTH = (w: string) => (w.startsWith('上') ? -1 : w.startsWith('下') ? 1 : 0);
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** What a mention names, given its shape, its groups and the reference day (null: none known). */
function resolve(shape: DateShape, g: string[], ref: Day | null): string | null {
  const n = (i: number) => readNumber(g[i]!);
  const monthOf = (y: number, m: number) => (m >= 1 && m <= 12 ? isoMonth(y, m) : null);
  const day = (x: Day | null) => (x ? isoDay(x) : null);
  const monday = ref && addDays(ref, 1 - weekday(ref));
  switch (shape) {
    case 'ymd': case 'ymd-numeric': return day(validDay(n(1), n(2), n(3)));
    case 'ym': return monthOf(n(1), n(2));
    case 'year': return String(n(1));
    case 'vague': return null;
  }
  if (!ref) return null;
  switch (shape) {
    case 'relative-year-md': return day(validDay(ref.y + RELATIVE_YEAR[g[1]!]!, n(2), n(3)));
    case 'md': case 'md-range': return day(nearest([-1, 0, 1].map((k) => validDay(ref.y + k, n(1), n(2))), ref));
    case 'this-month-d': return day(validDay(ref.y, ref.m, n(1)));
    case 'd': return day(nearest([-1, 0, 1].map((k) => {
      const first = fromUtc(Date.UTC(ref.y, ref.m - 1 + k, 1));
      return validDay(first.y, first.m, n(1));
    }), ref));
    case 'relative-year-m': return monthOf(ref.y + RELATIVE_YEAR[g[1]!]!, n(2));
    case 'm': case 'm-range': {
      const m = n(1);
      if (!(m >= 1 && m <= 12)) return null;
      const best = nearest([-1, 0, 1].map((k) => validDay(ref.y + k, m, 15)), { ...ref, d: 15 });
      return best && isoMonth(best.y, best.m);
    }
    case 'relative-month': {
      const first = fromUtc(Date.UTC(ref.y, ref.m - 1 + RELATIVE_MONTH(g[1]!), 1));
      return isoMonth(first.y, first.m);
    }
    case 'relative-day': return day(addDays(ref, RELATIVE_DAY[g[1]!]!));
    case 'weekday-last': return day(addDays(monday!, WEEKDAY[g[1]!]! - 1 - 7));
    case 'weekday-this': return day(addDays(monday!, WEEKDAY[g[1]!]! - 1));
    case 'weekday-next': return day(addDays(monday!, WEEKDAY[g[1]!]! - 1 + 7));
    case 'weekday': {
      // The last such weekday up to the reference day: `周五` in Monday's paper is three days before.
      const back = (weekday(ref) - WEEKDAY[g[1]!]! + 7) % 7;
      return day(addDays(ref, -back));
    }
    case 'relative-year': return String(ref.y + RELATIVE_YEAR[g[1]!]!);
  }
  return null;
}

// ------------------------------------------------------------ mentions

interface Raw { start: number; end: number; text: string; rule: DateRule & { id: DateRuleId }; groups: string[] }

/** Every date rule needs one of these characters (a digit, 年 月 日 号 天, a week word, 近/久 of `近日`, `不久前`). */
const DATE_CHARS = /[年月日号天周期拜近久0-9０-９]/u;

/** For a rule, characters one of which every match of its pattern holds: a line with none of them
 *  is not searched with it. Rules not named here are always searched. */
const RULE_NEEDS: Readonly<Record<string, string>> = {
  'date.ymd': '年', 'date.ymd-numeric': '0123456789', 'date.relative-year-md': '年',
  'date.md': '月', 'date.md-range': '月', 'date.m-range': '月', 'date.this-month-d': '月',
  'date.d': '日', 'date.ym': '月', 'date.relative-year-m': '月', 'date.m': '月',
  'date.relative-month': '月', 'date.relative-day': '天日',
  'date.weekday-last': '周期拜', 'date.weekday-this': '周期拜', 'date.weekday-next': '周期拜', 'date.weekday': '周期拜',
  'date.vague-recent': '近日久天', 'date.vague-week': '周期拜', 'date.year': '年', 'date.relative-year': '年',
};

/** RULE_NEEDS as character classes, one per set of characters (a line is searched once for each set). */
const NEEDED_CHARS = (() => {
  const classes = new Map<string, RegExp>();
  const byRule = new Map<string, RegExp>();
  for (const [id, chars] of Object.entries(RULE_NEEDS)) {
    if (!classes.has(chars)) classes.set(chars, new RegExp(`[${chars}]`, 'u'));
    byRule.set(id, classes.get(chars)!);
  }
  return byRule;
})();

/** Every rule's matches in one line; where matches overlap, the earlier wins, then the longer. */
function scan(text: string): Raw[] {
  const all: Raw[] = [];
  if (!DATE_CHARS.test(text)) return all; // a line with none of these holds no date mention
  const present = new Map<RegExp, boolean>();
  for (const rule of DATE_RULES) {
    const needs = NEEDED_CHARS.get(rule.id);
    if (needs !== undefined) {
      let ok = present.get(needs);
      if (ok === undefined) present.set(needs, (ok = needs.test(text)));
      if (!ok) continue; // the rule's pattern holds one of these characters in every match
    }
    rule.re.lastIndex = 0;
    for (const m of matchesOf(rule.re, text)) {
      all.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule, groups: [...m] });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Raw[] = [];
  for (const r of all) if (!out.length || r.start >= out[out.length - 1]!.end) out.push(r);
  return out;
}

/**
 * Whether each of the (sorted) starts lies inside quotation marks: inside
 * `“…”` a date is something said. One pass over the line for all of them.
 */
function quotedAt(text: string, starts: number[]): boolean[] {
  let depth = 0, i = 0;
  return starts.map((at) => {
    for (; i < at; i++) {
      if (QUOTE_OPEN.includes(text[i]!)) depth++;
      else if (QUOTE_CLOSE.includes(text[i]!) && depth > 0) depth--;
    }
    return depth > 0;
  });
}

const CLAUSE_END = /[，,。！？!?；;：:]/u;
const SENTENCE_END = /[。！？!?；;]/u;
/** Farthest the rest of a clause is read, in characters (news clauses run to a few dozen). */
const MAX_CLAUSE = 80;

function skipOf(text: string, r: Raw, inQuote: boolean): RuleId | null {
  if (inQuote) return 'skip.quoted';
  const before = text.slice(Math.max(0, r.start - 8), r.start);
  const after = text.slice(r.end, r.end + 8);
  const rest = text.slice(r.end, r.end + MAX_CLAUSE);
  const clauseEnd = rest.search(CLAUSE_END);
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  const sentenceEnd = rest.search(SENTENCE_END);
  const sentence = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  for (const s of DATE_SKIPS) {
    if (s.shapes && !s.shapes.includes(r.rule.shape)) continue;
    if ((s.before && s.before.test(before)) || (s.after && s.after.test(after)) || (s.clause && s.clause.test(clause))
      || (s.sentence && s.sentence.test(sentence))) return s.id;
  }
  return null;
}

/**
 * The date mentions of one line, resolved against `ref`. A range (`7月1日至3日`)
 * is one mention that names its first day.
 */
export function findDateMentions(text: string, paragraph: number, ref: Day | null): DateMention[] {
  const raws = scan(text);
  const inQuote = quotedAt(text, raws.map((r) => r.start));
  const out: DateMention[] = [];
  for (let i = 0; i < raws.length; i++) {
    let r = raws[i]!;
    const head = r, headQuoted = inQuote[i]!;
    // Fold the far end of a range into its first mention.
    while (i + 1 < raws.length && SHAPE_PRECISION[raws[i + 1]!.rule.shape] === SHAPE_PRECISION[head.rule.shape]
      && SHAPE_PRECISION[head.rule.shape] !== 'none' && RANGE_JOIN.test(text.slice(r.end, raws[i + 1]!.start))) {
      r = raws[++i]!;
    }
    const span = { ...head, end: r.end, text: text.slice(head.start, r.end) };
    out.push({
      paragraph, start: span.start, end: span.end, text: span.text, rule: head.rule.id,
      precision: SHAPE_PRECISION[head.rule.shape],
      value: resolve(head.rule.shape, head.groups, ref),
      skip: skipOf(text, span, headQuoted),
    });
  }
  return out;
}

/** `本报北京10月24日电` -> the dispatch day, resolved against the issue like any month-day. */
export function dispatchDay(dateline: string | null, issue: Day | null): Day | null {
  const m = dateline ? DISPATCH_DATE.exec(dateline) : null;
  if (!m) return null;
  if (m[1]) return validDay(readNumber(m[1]), readNumber(m[2]!), readNumber(m[3]!));
  return issue && nearest([-1, 0, 1].map((k) => validDay(issue.y + k, readNumber(m[2]!), readNumber(m[3]!))), issue);
}

const leadDispatch = (lead: string | undefined) => /^[^，,。]{0,24}?日电/u.exec(lead ?? '')?.[0] ?? null;

const opensSentence = (text: string, at: number) => /(?:^|[。！？!?；;][”’」』）)]*)\s*$/u.test(text.slice(Math.max(0, at - 4), at))
  || at === 0;

/**
 * The day of the article's main activity. Its date is the first date mention
 * of the lead (after the dateline) that can date an event; when the lead has
 * none, the first that opens a sentence in the next paragraphs (in a piece
 * continued from another page, only dates that open a sentence). Skipped: dates
 * inside quotations, deadlines (`截至…`), the start of a long stretch
 * (`…以来`), recurring days, years alone. A mention that gives no day
 * (`近日`, `上周`) decides too: the article then gives no day (null).
 * Relative days count from the dateline's dispatch day where it has one
 * (`本报北京10月24日电 … 今天`), else from the issue.
 */
export function findActivityDate(block: ArticleBlock, issueDate: string | null): ActivityDate {
  const issue = parseIsoDay(issueDate);
  // A dispatch line the layout did not take for a dateline opens the lead: `工人日报北京1月5日电 …`.
  const ref = dispatchDay(block.dateline, issue) ?? dispatchDay(leadDispatch(block.paragraphs[0]), issue) ?? issue;
  // Only the first paragraphs date the article, each read only while none before has dated it:
  // the rest are read when `mentions` is asked for.
  const dating: DateMention[] = [];
  let from: DateMention | null = null;
  let read = 0;
  while (!from && read < Math.min(DATING_PARAGRAPHS, block.paragraphs.length)) {
    const found = findDateMentions(block.paragraphs[read]!, read, ref);
    read++;
    dating.push(...found);
    for (const m of found) {
      if (m.skip || m.precision === 'year') continue;
      // A piece continued from another page has no lead here: every paragraph is read as a later one.
      if ((m.paragraph > 0 || block.fragment) && !opensSentence(block.paragraphs[m.paragraph]!, m.start)) continue;
      from = m;
      break;
    }
  }
  const date = from && from.precision !== 'none' ? from.value : null;
  let mentions: DateMention[] | null = null;
  // the rule of the mention that gave (or withheld) the day, and those that passed over the mentions before it
  const rules = ruleSet(dating.slice(0, from ? dating.indexOf(from) : dating.length).map((m) => m.skip!).filter(Boolean), from?.rule);
  return {
    date,
    from,
    rules,
    get mentions(): DateMention[] {
      mentions ??= dating.concat(block.paragraphs.slice(read).flatMap((p, i) => findDateMentions(p, i + read, ref)));
      return mentions;
    },
  };
}

// ------------------------------------------------------------ the issue

const baseName = (path: string) => path.replace(/^.*[\\/]/, '');

/** The date in a page's path nearest its file name, with the page number and name written after it. */
export function issueFromPath(path: string): IssueInfo | null {
  const p = path.replace(/\\/g, '/');
  let best: { day: Day; end: number; rule: RuleId } | null = null;
  for (const rule of PATH_DATES) {
    rule.re.lastIndex = 0;
    for (const m of p.matchAll(rule.re)) {
      const day = validDay(+m[1]!, +m[2]!, +m[3]!);
      const end = m.index + m[0].length;
      if (day && (!best || end > best.end)) best = { day, end, rule: rule.id };
    }
  }
  if (!best) return null;
  const rest = PATH_PAGE.exec(p.slice(best.end));
  return { date: isoDay(best.day), page: rest ? Number(rest[1]) : null, name: rest?.[2] ?? null, rule: best.rule };
}

/**
 * A page header line: `劳动午报 2024年2月1日 星期四 第3版：工会`. The line must
 * be a written date and header parts only (paper, weekday, page, lunar date),
 * with a weekday or a page number among them.
 */
export function parseHeaderLine(line: string): IssueInfo | null {
  const t = line.normalize('NFKC').replace(/[#*]+/g, ' ').replace(/[|｜/]/g, ' ').trim();
  if (t.length > HEADER_MAX_CHARS || HEADER_REJECT.test(t)) return null;
  const dm = HEADER_DATE.exec(t);
  if (!dm) return null;
  const day = validDay(readNumber(dm[1]!), readNumber(dm[2]!), readNumber(dm[3]!));
  if (!day) return null;
  let page: number | null = null, name: string | null = null, weekdayFound = false;
  for (let rest of [t.slice(0, dm.index), t.slice(dm.index + dm[0].length)]) {
    rest = rest.trim();
    while (rest) {
      const part = HEADER_PARTS.map((p) => ({ id: p.id, m: p.re.exec(rest) })).find((x) => x.m);
      if (!part) {
        // A bare word after the page number is the page's name: `第03版 工会`.
        const w = /^[\p{Script=Han}·]{1,10}/u.exec(rest);
        if (!w || page === null || name !== null) return null;
        name = w[0];
        rest = rest.slice(w[0].length).replace(/^[\s:：·-]+/u, '');
        continue;
      }
      if (part.id === 'weekday') weekdayFound = true;
      if (part.id === 'page') { page = readNumber(part.m![1]!); name = part.m![2] ?? null; }
      rest = rest.slice(part.m![0].length).replace(/^[\s:：·-]+/u, '');
    }
  }
  if (!weekdayFound && page === null) return null;
  return { date: isoDay(day), page, name, rule: 'issue.header' };
}

/** A page line with the page number and name but no date: `第03版：工会`. */
function pageLine(line: string): { page: number; name: string | null } | null {
  const m = /^第\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[:：]?\s*([\p{Script=Han}·]{1,10}))?$/u
    .exec(line.normalize('NFKC').replace(/[#*]+/g, '').trim());
  return m ? { page: readNumber(m[1]!), name: m[2] ?? null } : null;
}

/**
 * The issue of a page: the date in its path first (`2024-02-01/03.txt`,
 * `20240201_03.txt`), then a page header line; null when neither has one.
 * Page number and name come from the same places (the path's first).
 */
export function findIssue(path: string, text: string): IssueInfo {
  const fromPath = issueFromPath(path);
  let header: IssueInfo | null = null;
  let page: { page: number; name: string | null } | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.length > HEADER_MAX_CHARS + 20 || !/[年版]/u.test(line)) continue;
    header ??= parseHeaderLine(line);
    page ??= pageLine(line);
    if (header) break;
  }
  const date = fromPath?.date ?? header?.date ?? null;
  const pageNo = fromPath?.page ?? header?.page ?? page?.page ?? null;
  const name = fromPath?.name ?? header?.name ?? page?.name ?? null;
  return { date, page: pageNo, name, rule: fromPath?.rule ?? header?.rule ?? null };
}

/** The page's file name as the output gives it: the base name of its path. */
export const pageFileName = baseName;
