// Datelines and credit lines: where they are and which names and roles they hold.
//   `本报讯（记者 张晶 通讯员 王哲）近日，…`  -> dateline + body text `近日，…`
//   `本报讯(记者陈曦 实习记者曹立栋)近日,…`   -> names with no space, split by role word
//   `本报记者 边磊 摄影报道`                    -> a credit line: 边磊 photographed
import {
  BYLINE_PREFIX, BYLINE_ROLE_PATTERN, BYLINE_ROLES, DATELINE_CUES, MEDIA_JOINERS, MEDIA_NAME, PHOTO_CREDIT_ENDINGS, PHOTO_ITEM_ENDINGS,
  TITLE_BULLETS,
} from '../lexicon/layout.ts';
import { COMPOUND_SURNAMES, SURNAMES, surnameOf } from '../lexicon/surnames.ts';
import type { AuthorRole } from '../types.ts';
import { matchesOf } from '../matches.ts';
import type { RuleId } from '../rules.ts';

export interface BylineName { name: string; role: AuthorRole }

const ROLE_ALT = BYLINE_ROLE_PATTERN;
const ROLE_OF = new Map(BYLINE_ROLES.map((r) => [r.word, r.role]));
const BRACKET = /^\s*[（(]([^（()）]{0,60})[）)]/u;
const SP = '[\\s\\u3000]';
/** A name: 2 to 4 characters, or a name of two set apart to fill the width of three (`张  晶`). */
const NAME = '(?:[\\p{Script=Han}]{2,4}|[\\p{Script=Han}][\\s\\u3000]{1,3}[\\p{Script=Han}](?![\\p{Script=Han}]))';
const NAMES = `${NAME}(?:[\\s\\u3000、]+${NAME})*`;
/**
 * Media names before a role word, where a byline piece starts (line start,
 * space, a bullet, `/`, a bracket): `文/北京青年报记者 王斌` -> `文/记者 王斌`,
 * `工人日报-中工网记者赖志凯` -> `记者赖志凯`. Inside a run of Han characters
 * nothing is dropped: `通讯员王台记者李红` keeps 王台.
 */
const MEDIA_BEFORE_ROLE = new RegExp(`(?<=^|[\\s\\u3000/／□■◎●（(])(?:${MEDIA_NAME}${MEDIA_JOINERS}?)+(?=${ROLE_ALT})`, 'gu');
/** Every role word ends in one of these heads: a line with none holds no media name before a role. */
const ROLE_HEAD = /记者|通讯员|实习生/;
const withoutMedia = (text: string): string => (ROLE_HEAD.test(text) ? text.replace(MEDIA_BEFORE_ROLE, '') : text);
const WRITER_MARK_SEPARATOR = /[/／:：]/u;
/** A role word, with the media name some papers write before it. */
const ROLE = `(?:(?:${MEDIA_NAME}${MEDIA_JOINERS}?)*(?:${ROLE_ALT}))`;
const BARE_BYLINE = new RegExp(`^[（(]\\s*${ROLE}[^（()）]{0,60}[）)]`, 'u');
/** Role words and names, as many as the byline holds: `记者 张晶 通讯员 王哲 李红`. */
const ROLES_AND_NAMES = `${ROLE}${SP}*${NAMES}(?:${SP}*${ROLE}${SP}*${NAMES})*`;
/** `本报记者 张晶 通讯员 王哲`, `通讯员李红报道`: the whole line. */
const BYLINE_ONLY = new RegExp(`^${ROLES_AND_NAMES}${SP}*(?:报道)?$`, 'u');
/** Where a credit glued to a paragraph may start: after a sentence end, a closing mark or a space. */
const CREDIT_START = '(?<=[。！？!?…；;”’」』）)\\s\\u3000])';
/**
 * A photo credit at the end of a paragraph, with or without role words:
 * `…。（本报记者 边磊 摄）`, `…心坎上。张晶 摄`, `…现场。 张晶/摄`.
 */
const PHOTO_CREDIT = `(?:${ROLE}${SP}*)?${NAMES}(?:${SP}*${ROLE}${SP}*${NAMES})*${SP}*(?:[/／]${SP}*)?(?:${PHOTO_CREDIT_ENDINGS.join('|')})`;
const TRAILING_PHOTO = new RegExp(`(?:[（(](${PHOTO_CREDIT})[）)]|${CREDIT_START}(${PHOTO_CREDIT}))$`, 'u');
/** A bracketed byline closing a paragraph: `…尽心竭力。（特约记者张中源）`, `…（记者 张晶 通讯员 王哲 报道）`, `…（文/张晶 图/李红）`. */
const CREDIT_LAST = /(?:摄|摄影|报道|[）)])$/u;
const TRAILING_BRACKET = /[（(]([^（()）]{2,48})[）)]$/u;
const BYLINE_INSIDE = new RegExp(`^${SP}*${ROLES_AND_NAMES}(?:${SP}*报道)?${SP}*$`, 'u');
/**
 * One role word and the names after it, each followed by a space, or the last
 * by `报道` or the quote that opens the lead: `记者 张晶 `, `通讯员章明飞报道 “…`.
 */
const BARE_ROLE_NAMES = new RegExp(`^${SP}*${ROLE}${SP}*((?:(?!${ROLE_ALT})${NAME}(?:报道)?(?:[\\s\\u3000、]+|[:：]|(?=[“"「『])))+)`, 'u');
/** One role word and a name written right against the lead: `记者赵宁近日，…` -> 赵宁. */
const GLUED_ROLE_NAME = new RegExp(`^${SP}*${ROLE}${SP}*((?!${ROLE_ALT})[\\p{Script=Han}]{2,3}?)(?=近日|日前|连日来|近期|今年以来|\\d{1,2}月)`, 'u');
/** What stands before a photo ending: names, with or without role words. */
const CREDIT_HEAD = new RegExp(`^(?:(?:${ROLE_ALT})\\s*)?${NAME}(?:[\\s、]*(?:(?:${ROLE_ALT})\\s*)?${NAME})*$`, 'u');
const ROLE_START = new RegExp(`^(?:${ROLE_ALT})`, 'u');
const ROLE_SPLIT = new RegExp(`(${ROLE_ALT})`, 'u');
const ROLE_SPLIT_ALL = new RegExp(`${ROLE_ALT}`, 'gu');

export interface DatelineSplit {
  /** The dateline as printed: `本报讯（记者 张晶）`. */
  dateline: string;
  /** The paragraph without it: `近日，…`. */
  rest: string;
  /** A dateline (`本报讯（…）`), a bracketed byline opening or closing a paragraph, or a byline on a line of its own. */
  form: 'dateline' | 'bracketed' | 'line';
  rule: RuleId;
}

/** Splits a leading dateline off a paragraph; null when the paragraph has none. */
export function splitDateline(text: string): DatelineSplit | null {
  // A bullet may stand before the dateline: `■本报讯（记者 张晶）`.
  const paragraph = text.replace(TITLE_BULLETS, '');
  for (const cue of DATELINE_CUES) {
    const m = cue.re.exec(paragraph);
    if (!m) continue;
    let end = m[0].length;
    const b = BRACKET.exec(paragraph.slice(end));
    if (b) end += b[0].length;
    else end += bareBylineLength(paragraph.slice(end));
    return { dateline: paragraph.slice(0, end).trim(), rest: paragraph.slice(end).trim(), form: 'dateline', rule: cue.id };
  }
  const bare = BARE_BYLINE.exec(paragraph);
  if (bare) return { dateline: bare[0], rest: paragraph.slice(bare[0].length).trim(), form: 'bracketed', rule: 'byline.bracketed' };
  if (isBylineLine(text)) return { dateline: paragraph, rest: '', form: 'line', rule: 'byline.line' };
  return null;
}

/**
 * A line that is only a byline, as under the title of a feature:
 * `本报记者 张晶`, `□本报记者 张晶 通讯员 王哲`, `文/记者 张晶`.
 */
export function isBylineLine(line: string): boolean {
  // a byline opens with a role word: one written in the line (every one ends in a ROLE_HEAD),
  // or one that a writer's mark before `/` or `:` stands for (`文/`, `图：`)
  if (!ROLE_HEAD.test(line) && !WRITER_MARK_SEPARATOR.test(line)) return false;
  const t = withRoleWords(line.replace(TITLE_BULLETS, '')).replace(BYLINE_PREFIX, '').replace(/[）)]$/u, '').trim();
  if (t.length > 48) return false;
  if (!BYLINE_ONLY.test(t)) return false;
  const names = parseByline(t);
  if (!names.length) return false;
  // A line that shows it is a byline (a bullet or `文/` before it, a media name, two role words)
  // holds names even with a surname the list lacks: `工人日报-中工网记者赖志凯 通讯员包秀媛`.
  const plain = line.replace(TITLE_BULLETS, '');
  const shown = plain !== line || /^文字?\s*[/／:：]/u.test(plain) || withoutMedia(plain.replace(/^本[报刊网台]/u, '')) !== plain.replace(/^本[报刊网台]/u, '')
    || (t.match(ROLE_SPLIT_ALL) ?? []).length >= 2;
  return names.every((n) => surnameOf(n.name) || (shown && n.name.length <= 3));
}

/**
 * A credit closing a paragraph: a photo credit (`图为职工在比赛中。本报记者 边磊 摄`,
 * `…心坎上。张晶 摄` -> `本报记者 边磊 摄`, `张晶 摄`) or a bracketed byline
 * (`…尽心竭力。（特约记者张中源）` -> `（特约记者张中源）`). Null for a line that is
 * only a credit (a credit line of its own) and where a name has no surname.
 */
export function trailingCredit(paragraph: string): string | null {
  // only a line that ends like a credit can hold one: `…摄`, `…摄影`, `…报道`, `…）`,
  // or a role word and names right after a full stop (`…工作。 记者 张晶`)
  if (!CREDIT_LAST.test(paragraph) && !/记者|通讯员|实习生/u.test(paragraph.slice(-30))) return null;
  // the layout rules ask about the same lines many times: each line is read once
  const known = creditCache.get(paragraph);
  if (known !== undefined) return known;
  if (creditCache.size >= CREDIT_CACHE_LINES) creditCache.clear();
  const credit = readTrailingCredit(paragraph);
  creditCache.set(paragraph, credit);
  return credit;
}
const CREDIT_CACHE_LINES = 1024;
const creditCache = new Map<string, string | null>();

function readTrailingCredit(paragraph: string): string | null {
  const photo = TRAILING_PHOTO.exec(paragraph);
  const credit = photo && (photo[1] ?? photo[2]);
  if (photo && credit && photo.index > 0 && parseCredit(credit)) return credit;
  const byline = TRAILING_BRACKET.exec(paragraph);
  if (byline && byline.index > 0 && BYLINE_INSIDE.test(withRoleWords(byline[1]))) {
    const bracketed = `（${byline[1].trim()}）`;
    const names = parseByline(bracketed);
    if (names.length && names.every((n) => surnameOf(n.name))) return bracketed;
  }
  const tail = UNBRACKETED_BYLINE.exec(paragraph.slice(-40));
  if (tail) {
    const names = parseByline(tail[1]!);
    if (names.length && names.every((n) => surnameOf(n.name))) return tail[1]!.trim();
  }
  return null;
}
/** A byline written after the last full stop with no brackets: `…加强交流合作。 特约记者 刘长青`. */
const UNBRACKETED_BYLINE = new RegExp(`[。！？!?…][”’」』]?${SP}*(${ROLES_AND_NAMES}(?:${SP}*报道)?)$`, 'u');

/** True when the paragraph opens with a dateline. */
export const startsWithDateline = (paragraph: string): boolean => splitDateline(paragraph) !== null;

/**
 * Length of an unbracketed byline after the cue: `本报讯 记者 张晶 近日，…` -> ` 记者 张晶`.
 * Names are taken only while they start with a surname and stand apart from the text.
 */
function bareBylineLength(s: string): number {
  let used = 0;
  for (;;) {
    const m = BARE_ROLE_NAMES.exec(s.slice(used)) ?? GLUED_ROLE_NAME.exec(s.slice(used));
    if (!m) break;
    const names = m[1].replace(/[:：]/gu, ' ').trim().split(/[\s\u3000、]+/u).map((n) => n.replace(/报道$/u, ''));
    if (!names.every((n) => surnameOf(n))) break;
    used += m[0].length;
  }
  return used;
}

/** `文/X` writes and `图/X` photographs with no role word: `文/赵宁` -> `记者 赵宁`, `图/王哲` -> `摄影记者 王哲`. */
const BARE_WRITER = new RegExp(`^(文字|文|图片|图|摄影)${SP}*[/／:：]${SP}*(?!${ROLE_ALT})`, 'u');
const BARE_WRITER_INNER = new RegExp(`${SP}+(文字|文|图片|图|摄影)${SP}*[/／:：]${SP}*(?!${ROLE_ALT})`, 'gu');
/** A colon after a role word: `记者：张晶` reads as `记者 张晶`. */
const ROLE_COLON = new RegExp(`(${ROLE_ALT})${SP}*[:：]`, 'gu');
function withRoleWords(text: string): string {
  const role = (w: string) => (w.startsWith('文') ? '记者 ' : '摄影记者 ');
  // `文/图 赵宁` and `本报记者 赵宁 文/图`: one writer, a reporter, as `（记者 张晶 文/图）`.
  const t = withoutMedia(text).replace(ROLE_COLON, '$1 ').replace(WRITER_AND_PHOTOS, '记者 ').replace(TRAILING_WRITER_AND_PHOTOS, '');
  return t.replace(BARE_WRITER, (_m, w: string) => role(w)).replace(BARE_WRITER_INNER, (_m, w: string) => ` ${role(w)}`);
}
const WRITER_AND_PHOTOS = new RegExp(`^文${SP}*[/／]${SP}*图${SP}*(?!${ROLE_ALT})`, 'u');
const TRAILING_WRITER_AND_PHOTOS = new RegExp(`${SP}+文${SP}*[/／]${SP}*图$`, 'u');

/** Names and roles in the byline of a dateline or a credit line. */
export function parseByline(text: string, photo = false): BylineName[] {
  const inner = withRoleWords(text.replace(/^[^（(]*[（(]/u, '').replace(/[）)].*$/u, '').trim());
  const body = /[（(]/u.test(text) ? inner : withRoleWords(text.replace(TITLE_BULLETS, '').replace(DATELINE_HEAD, ''));
  const out: BylineName[] = [];
  // `边磊/摄` inside a byline: that name took the photographs.
  const photographers = new Set(matchesOf(/([\p{Script=Han}]{2,4})\s*[/／]\s*(?:摄影|摄|图)/gu, body).map((m) => m[1]));
  const parts = body.split(ROLE_SPLIT);
  for (let i = 1; i < parts.length; i += 2) {
    const role = ROLE_OF.get(parts[i]!) ?? 'reporter';
    for (const name of splitNames(parts[i + 1] ?? '')) {
      const r: AuthorRole = photo || photographers.has(name) ? 'photographer' : role;
      if (!out.some((o) => o.name === name && o.role === r)) out.push({ name, role: r });
    }
  }
  return out;
}
const DATELINE_HEAD = new RegExp(DATELINE_CUES.map((c) => c.re.source.replace(/^\^/, '')).map((s) => `^${s}`).join('|'), 'u');

/**
 * A credit line: role word(s), names, a photo ending. `实习记者 曹立栋 摄`.
 * Returns the names (all photographers) and whether it closes a photo item.
 */
export function parseCredit(line: string): { names: BylineName[]; photoItem: boolean } | null {
  // More than 41 characters that are no space make more than 40 once spaces are folded and
  // one slash is dropped: most lines are body text, and are not rewritten to find that out.
  if (MORE_THAN_41_VISIBLE.test(line)) return null;
  // `本报记者 边磊/摄` reads as `本报记者 边磊 摄`.
  const t = line.replace(/[\s\u3000]+/gu, ' ').trim().replace(/\s*[/／]\s*(?=(?:摄影报道|摄影|摄)$)/u, ' ');
  if (t.length > 40) return null;
  const ending = PHOTO_CREDIT_ENDINGS.find((e) => t.endsWith(e));
  if (!ending) return null;
  const head = withoutMedia(t.slice(0, -ending.length).trim());
  if (!CREDIT_HEAD.test(head)) return null;
  const withRole = ROLE_START.test(head) ? head : `记者${head}`;
  const names = parseByline(withRole, true);
  if (!names.length || names.some((n) => !surnameOf(n.name))) return null;
  return { names, photoItem: (PHOTO_ITEM_ENDINGS as readonly string[]).includes(ending) };
}

const MORE_THAN_41_VISIBLE = /^(?:\s*\S){42}/u;

// ------------------------------------------------------------ name splitting

const SURNAME_RANK = new Map([...SURNAMES].map((s, i) => [s, i]));
/** Words of a byline that are no names: `（记者 张晶 文图）`. */
const NOT_NAMES = new Set(['文图', '图文', '摄影', '报道', '摄影报道', '文字', '图片']);
/** Credit words a byline may write against the last name: `通讯员李红报道`, `边磊摄`. */
const CREDIT_WORD_END = /(?<=[\p{Script=Han}]{2})(?:摄影报道|报道|摄影|摄)$/u;

/**
 * Splits the names after one role word. Spaces and `、` separate; a run with
 * no separator is cut where each piece starts with a surname:
 * `余翠平` -> [余翠平]; `刘裕泽 王哲` -> [刘裕泽, 王哲]; `刘裕泽王哲` -> [刘裕泽, 王哲].
 */
export function splitNames(run: string): string[] {
  const out: string[] = [];
  // `/` separates too: `张晶/文 边磊/摄` leaves 张晶 and 边磊, and the one-character 文 and 摄 drop out.
  // Anything else that is no Han character separates too: a name is written in one piece,
  // so `余翠1平` holds no name 余翠平.
  for (const piece of joinSpacedNames(run).split(/[^\p{Script=Han}·]+/u)) {
    // `章明飞报道`, `边磊摄`: a credit word written against the name is no part of it.
    const c = piece.replace(CREDIT_WORD_END, '');
    if (c.length < 2 || NOT_NAMES.has(c)) continue;
    out.push(...splitRun(c));
  }
  return out;
}

/** `张  晶` -> `张晶`: a surname and one character, set apart, are one name. */
function joinSpacedNames(run: string): string {
  return run.replace(SPACED_NAME, (m, a: string, b: string) => (SURNAMES.has(a) ? a + b : m));
}
const SPACED_NAME = /(?<![\p{Script=Han}])([\p{Script=Han}])[\s\u3000]{1,3}([\p{Script=Han}])(?![\p{Script=Han}])/gu;

function pieceCost(p: string): number {
  const sur = surnameOf(p);
  if (!sur) return Infinity;
  const given = p.length - sur.length;
  if (given < 1 || given > 2) return Infinity;
  const rank = COMPOUND_SURNAMES.has(sur) ? 50 : (SURNAME_RANK.get(sur) ?? 400);
  return 1 + rank / 1000 + (given === 2 ? 0 : 0.1);
}

function splitRun(c: string): string[] {
  if (c.length <= 3) return [c];
  const whole = cheapestSplit(c);
  if (whole) return whole;
  if (c.length <= 4) return [c];
  // A name is 2 to 4 characters: a longer run that splits into no names holds the
  // tail of a role word a space cut (`通 讯员刘子熙` -> 刘子熙) or no name at all.
  for (let s = 1; s <= c.length - 2; s++) {
    const rest = cheapestSplit(c.slice(s));
    if (rest) return rest;
  }
  return [];
}

/** The cheapest cut of a run into names, or null when no cut gives names only. */
function cheapestSplit(c: string): string[] | null {
  // best[i]: cheapest split of c.slice(0, i)
  const best: Array<{ cost: number; cut: number }> = [{ cost: 0, cut: -1 }];
  for (let i = 1; i <= c.length; i++) {
    best[i] = { cost: Infinity, cut: -1 };
    for (let len = 2; len <= 4 && len <= i; len++) {
      const cost = best[i - len].cost + pieceCost(c.slice(i - len, i));
      if (cost < best[i].cost) best[i] = { cost, cut: i - len };
    }
  }
  if (!Number.isFinite(best[c.length].cost)) return null;
  const pieces: string[] = [];
  for (let i = c.length; i > 0; i = best[i].cut) pieces.unshift(c.slice(best[i].cut, i));
  return pieces;
}
