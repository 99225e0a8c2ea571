// Date expressions of union-newspaper text, and the places an issue's date is
// written (the file's path, a page header line), as data: each rule has an id
// that travels with what it found, a reason, and an example the tests run.
import type { DatePrecision } from '../types.ts';

/** A month or day number: `1`–`31`, full-width digits, or Chinese numerals up to 三十一. */
const N = '(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
/** A year written out: `2024`, `２０２４`, `二〇二四`. */
const Y = '(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})';
/** The day of a week: 周一 … 周日 (周天, 星期天 and 礼拜天 are Sunday too). */
const WD = '[一二三四五六日天]';
/** A relative year word. */
const RY = '(?:今年|去年|明年|前年)';

/**
 * How a mention resolves, given its match and the reference day (the issue
 * date, or the dateline's dispatch date): the shapes dates.ts knows how to compute.
 */
export type DateShape =
  | 'ymd' | 'ymd-numeric' | 'relative-year-md' | 'md' | 'this-month-d' | 'd'
  | 'ym' | 'relative-year-m' | 'm' | 'relative-month' | 'md-range' | 'm-range'
  | 'relative-day' | 'weekday-last' | 'weekday-this' | 'weekday-next' | 'weekday'
  | 'vague' | 'year' | 'relative-year';

export interface DateRule {
  id: string;
  shape: DateShape;
  /** Global, unicode; capture groups as the shape reads them. */
  re: RegExp;
  why: string;
  /** A phrase the rule matches, whole: the tests run every example. */
  example: string;
}

/**
 * Every date expression the stage reads. Where two rules match at the same
 * place the longer match wins (`2024年1月31日` over `2024年1月`), so the order
 * here does not matter.
 */
const DATE_RULES_TABLE = [
  { id: 'date.ymd', shape: 'ymd', re: new RegExp(`(${Y})年(${N})月(${N})[日号]`, 'gu'),
    why: 'a full date: the day itself', example: '2024年1月31日' },
  { id: 'date.ymd-numeric', shape: 'ymd-numeric', re: /(?<![\d.])(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d.])/gu,
    why: 'a full date in figures', example: '2024-01-31' },
  { id: 'date.relative-year-md', shape: 'relative-year-md', re: new RegExp(`(${RY})(${N})月(${N})[日号]`, 'gu'),
    why: 'a day of this year, last year or next', example: '去年12月28日' },
  { id: 'date.md', shape: 'md', re: new RegExp(`(${N})月(${N})[日号]`, 'gu'),
    why: 'a month and day: the year that puts it nearest the issue', example: '12月28日' },
  // The month written once for both ends: `7月1至3日` (a range gives its first day).
  { id: 'date.md-range', shape: 'md-range', re: new RegExp(`(${N})月(${N})[日号]?(?:至|到|—+|－|–|-|~|～)(${N})[日号]`, 'gu'),
    why: 'a range of days in one month: its first day', example: '7月1至3日' },
  { id: 'date.m-range', shape: 'm-range', re: new RegExp(`(?<![一二三四五六七八九十0-9０-９])(${N})月?份?(?:至|到|—+|－|–|-|~|～)(${N})月份?`, 'gu'),
    why: 'a range of months: its first month', example: '1至3月' },
  { id: 'date.this-month-d', shape: 'this-month-d', re: new RegExp(`本月(${N})[日号]`, 'gu'),
    why: 'a day of the issue\'s month', example: '本月28日' },
  // `5日，…` in a dispatch of 5 January is that day; never after 月 (that is
  // a month-day) nor a figure, and not in a count of days (`为期3日`, `30日内`).
  { id: 'date.d', shape: 'd', re: /(?<![\d０-９月年.第])([0-9０-９]{1,2})日(?![\d０-９])/gu,
    why: 'a day alone: the nearest such day of a month around the issue', example: '5日' },
  { id: 'date.ym', shape: 'ym', re: new RegExp(`(${Y})年(${N})月份?`, 'gu'),
    why: 'a year and month, no day: the month only', example: '2023年12月' },
  { id: 'date.relative-year-m', shape: 'relative-year-m', re: new RegExp(`(${RY})(${N})月份?`, 'gu'),
    why: 'a month of this year, last year or next: the month only', example: '今年3月' },
  { id: 'date.m', shape: 'm', re: new RegExp(`(?<![一二三四五六七八九十0-9０-９])(${N})月份?(?![0-9０-９一二三四五六七八九十])`, 'gu'),
    why: 'a month alone: the month nearest the issue', example: '1月份' },
  { id: 'date.relative-month', shape: 'relative-month', re: /(上个?月|本月|这个月|下个?月)/gu,
    why: 'the month before, of or after the issue', example: '上个月' },
  { id: 'date.relative-day', shape: 'relative-day', re: /(昨天|昨日|今天|今日|前天|前日|明天|明日)/gu,
    why: '昨天 is the day before the issue, 前天 two days before, 今天 its day', example: '昨天' },
  { id: 'date.weekday-last', shape: 'weekday-last', re: new RegExp(`上个?(?:周|星期|礼拜)(${WD})`, 'gu'),
    why: 'a day of the week before the issue\'s (weeks start on Monday)', example: '上周五' },
  { id: 'date.weekday-this', shape: 'weekday-this', re: new RegExp(`(?:本|这个?)(?:周|星期|礼拜)(${WD})`, 'gu'),
    why: 'a day of the issue\'s own week', example: '本周二' },
  { id: 'date.weekday-next', shape: 'weekday-next', re: new RegExp(`下个?(?:周|星期|礼拜)(${WD})`, 'gu'),
    why: 'a day of the week after the issue\'s', example: '下周一' },
  { id: 'date.weekday', shape: 'weekday', re: new RegExp(`(?<![上下本这个每])(?:周|星期|礼拜)(${WD})`, 'gu'),
    why: 'a day of the week alone: the last such day up to the issue', example: '周五' },
  // No day: the issue date is only an upper bound (GUIDELINE.md, "Dates").
  { id: 'date.vague-recent', shape: 'vague',
    re: /(近日|日前|近期|连日来|连日|近来|前不久|不久前|最近(?=[，,]|一段|几天|几日)|近段时间|近一段时间|近几天|近几日|这几天|这些天)/gu,
    why: 'recently, no day given', example: '近日' },
  { id: 'date.vague-week', shape: 'vague', re: /((?:上|本|这)个?(?:周|星期|礼拜)(?:末)?|周末)/gu,
    why: 'a week, no day given', example: '上周' },
  { id: 'date.year', shape: 'year', re: new RegExp(`(${Y})年(?!代)`, 'gu'),
    why: 'a year alone names no day of an event', example: '2018年' },
  { id: 'date.relative-year', shape: 'relative-year', re: new RegExp(`(${RY})`, 'gu'),
    why: 'this year or last names no day of an event', example: '今年' },
] as const satisfies readonly DateRule[];
export type DateRuleId = (typeof DATE_RULES_TABLE)[number]['id'];
export const DATE_RULES: ReadonlyArray<DateRule & { id: DateRuleId }> = DATE_RULES_TABLE;

/**
 * Mentions that do not date the event they stand in, by what is written just
 * before or after them. `before` is tested against the text before the
 * mention, `after` against the text after it, `clause` against the rest of
 * its clause (to the next comma or stop), `sentence` against the rest of its
 * sentence (to the next stop).
 */
export interface SkipRule {
  id: string;
  before?: RegExp;
  after?: RegExp;
  clause?: RegExp;
  sentence?: RegExp;
  /** Only for mentions of these shapes (all when absent). */
  shapes?: readonly DateShape[];
  why: string;
  example: string;
}

const DATE_SKIPS_TABLE = [
  { id: 'skip.deadline', before: /(?:截至|截止(?:到)?|直至|直到)[\s于]*$/u,
    why: 'a count up to a day, not the day of the event', example: '截至12月31日，已发放慰问金' },
  { id: 'skip.before-day', after: /^(?:之前|以前|前(?![往来夕后去]))/u,
    why: 'a time limit (`1月31日前`), not the day of the event', example: '1月31日前完成报名' },
  { id: 'skip.since', clause: /以来|至今/u,
    why: 'the start of a long stretch (`自4月28日运转以来`) is background', example: '专班自4月28日运转以来' },
  { id: 'skip.recurring', before: /每(?:年|个?月|周|逢)?$/u,
    why: 'a yearly or monthly day names no one event', example: '每年5月1日' },
  { id: 'skip.festival', after: /^[\p{Script=Han}]{0,6}(?:节|纪念日)(?:[，,。；;]|$|到来|来临|之际|当天|期间)/u,
    why: 'the day of a festival the event is held for (`为迎接5月1日国际劳动节，4月28日…`)', example: '为迎接5月1日国际劳动节，4月28日' },
  { id: 'skip.definition', after: /^是/u,
    why: 'a day defined, not an event dated (`5月12日是全国防灾减灾日`)', example: '5月12日是全国防灾减灾日' },
  { id: 'skip.dispatch', after: /^电/u,
    why: 'the dispatch date of a dateline the layout left in the lead', example: '工人日报北京1月5日电' },
  // What befell a place (an earthquake, a flood, an accident) is the cause of
  // the activity the article reports (aid, condolences), not the activity.
  { id: 'skip.mishap', sentence: /发生[^。！？]{0,12}(?:地震|洪水|洪涝|火灾|事故|灾害|疫情|泥石流|台风|暴雨|险情)|遭受|遭遇|突发|暴发|袭击/u,
    why: 'the day of a disaster the activity answers', example: '12月18日，某县发生6.2级地震' },
  { id: 'skip.birth', after: /^(?:出生|生人)/u,
    why: 'a birth date', example: '1985年3月出生' },
  { id: 'skip.duration', before: /(?:为期|连续|长达|历时|共|近|约|达|用了?|每)$/u, after: /^(?:内|以内|之内|左右|以上|之后|后|多|游)/u,
    shapes: ['d'], why: 'a count of days (`为期3日`, `30日内`), not a date', example: '为期3日' },
] as const satisfies readonly SkipRule[];
export type SkipRuleId = (typeof DATE_SKIPS_TABLE)[number]['id'];
export const DATE_SKIPS: ReadonlyArray<SkipRule & { id: SkipRuleId }> = DATE_SKIPS_TABLE;

/** Between two mentions of the same precision, a range mark: `7月1日至3日`, `1月14日至1月20日`, `周一至周五`. */
export const RANGE_JOIN = /^\s*(?:至|到|—+|－|–|-|~|～)\s*$/u;

/** Quote marks: a date inside a quotation is something said, not when the event was; inside 《》 it is part of a title. */
export const QUOTE_OPEN = '“「『《';
export const QUOTE_CLOSE = '”」』》';

/**
 * A dated dateline: `本报北京10月24日电`, `新华社北京2024年1月5日电`. `今天` in
 * such an article is the dispatch day, not the issue's.
 */
export const DISPATCH_DATE = new RegExp(`(?:(${Y})年)?(${N})月(${N})日电`, 'u');

/** How many paragraphs, the lead included, may date the event; after the lead only a date that opens a sentence. */
export const DATING_PARAGRAPHS = 3;

// ------------------------------------------------------------- the issue

export interface PathDateRule {
  id: string;
  /** Groups: year, month, day; then the rest of the path after the date. */
  re: RegExp;
  why: string;
  example: string;
}

/**
 * A date in a page's path. Separators are `-`, `_`, `.` or `/`; a run of eight
 * figures only where nothing alphanumeric touches it (a hash such as
 * `9ff42864` holds figures too).
 */
const PATH_DATES_TABLE = [
  { id: 'issue.path-dashed', re: /(?<![0-9A-Za-z])(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?![0-9])/gu,
    why: 'a day written with separators', example: '2024-02-01/03.txt' },
  { id: 'issue.path-folders', re: /(?<![0-9A-Za-z])(\d{4})[-_/](\d{1,2})\/(\d{1,2})(?![0-9])/gu,
    why: 'year, month and day as folders (`2024/02/01/`, `2024-02/01/`)', example: '2024/02/01/03.txt' },
  { id: 'issue.path-compact', re: /(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9A-Za-z])/gu,
    why: 'eight figures: year, month, day', example: '20240201_03.txt' },
  { id: 'issue.path-year-folder', re: /(?<![0-9A-Za-z])(\d{4})\/(\d{2})(\d{2})(?![0-9])/gu,
    why: 'a year folder and a month-day folder (`2017/0123/`)', example: '2017/0123/46845.txt' },
] as const satisfies readonly PathDateRule[];
export type PathDateId = (typeof PATH_DATES_TABLE)[number]['id'];
export const PATH_DATES: ReadonlyArray<PathDateRule & { id: PathDateId }> = PATH_DATES_TABLE;

/**
 * What may follow the date in a path to give the page number: `/03.txt`,
 * `_03.txt`, `-p03.txt`, `_第3版.txt`, with a page name after it (`_03_工会.txt`).
 */
export const PATH_PAGE = /^[-_/.\s]*(?:p|P|第)?0*(\d{1,3})(?:版)?(?:[-_\s]+([\p{Script=Han}]{1,10}))?(?:\.[A-Za-z0-9]+)?$/u;

/** Parts of a page header line, in any order around the date. */
export const HEADER_DATE = new RegExp(`(${Y})年(${N})月(${N})日`, 'u');
export const HEADER_PARTS: ReadonlyArray<{ id: string; re: RegExp }> = [
  { id: 'weekday', re: new RegExp(`^(?:星期|周|礼拜)${WD}`, 'u') },
  { id: 'page', re: /^第?\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[:：]\s*([\p{Script=Han}·]{1,12}))?/u },
  { id: 'paper', re: /^[《]?[\p{Script=Han}]{2,10}(?:报|刊)[》]?/u },
  { id: 'lunar', re: /^(?:农历)?[\p{Script=Han}]{2}年[\p{Script=Han}]{1,3}月[\p{Script=Han}]{1,3}/u },
  { id: 'issue-no', re: /^第\s*[0-9０-９]+\s*期/u },
];

/**
 * A page header: `劳动午报 2024年2月1日 星期四 第3版：工会`. It holds a written
 * date and at least a weekday or a page number, and nothing a sentence has.
 */
export const HEADER_MAX_CHARS = 60;
export const HEADER_REJECT = /[，,。！？!?；;、“”"]/u;


/** What each shape gives: a day, a month, a year, or no date. */
export const SHAPE_PRECISION: Readonly<Record<DateShape, DatePrecision>> = {
  'ymd': 'day', 'ymd-numeric': 'day', 'relative-year-md': 'day', 'md': 'day', 'this-month-d': 'day', 'd': 'day',
  'relative-day': 'day', 'weekday-last': 'day', 'weekday-this': 'day', 'weekday-next': 'day', 'weekday': 'day',
  'ym': 'month', 'relative-year-m': 'month', 'm': 'month', 'relative-month': 'month', 'md-range': 'day', 'm-range': 'month',
  'year': 'year', 'relative-year': 'year', 'vague': 'none',
};
