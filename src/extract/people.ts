// Stage 3: named persons. A name is a surname (lexicon/surnames.ts) and a one- or
// two-character given name, found where the text announces one. Rules, by id:
//   person.after-title       after a title of office or an honour (`团长辛友谊`), ending
//                            at a cue or punctuation, or where jieba ends a word
//   person.after-occupation  after an occupation (`外卖配送员周俊杰`), kept on the person
//   person.before-cue        at a clause start before a strong cue (`，韩志杰表示`)
//   person.eponym            before a studio or a method named after them (`蔡志勇职工创新工作室`)
//   person.list              after a found name and `、`
//   person.line-start-colon  a line that opens with a name and a colon
//   person.jieba             three characters jieba files as a name, where names stand
//   person.after-title-and-cue  a name that is a word to jieba, written after a title and before a cue
//   person.guessed-twice     a name jieba guesses character by character, written twice
// Not names: a name-like word before a company word (`施耐德(北京)…有限公司`), a title and
// word in quotes (`“委员沙龙”`), a word jieba files as a name standing nowhere a name stands.
import type { ArticleBlock, Author, PersonMention } from './types.ts';
import { articleLines, type ArticleLine } from './articleText.ts';
import { firstTokenEndingAfter, tokenize, wordBoundaries, type Token } from './jieba.ts';
import { COMPOUND_SURNAMES, SURNAMES, WEAK_SURNAMES } from './lexicon/surnames.ts';
import { HONORIFIC_TITLES, OFFICE_LAST_CODES, isOffice, isShapedChief, officeEndingAt } from './lexicon/titles.ts';
import { OCCUPATIONS, PERSON_NOUNS_NOT_OCCUPATIONS } from './lexicon/occupations.ts';
import {
  AFTER_NAME_CUES, COMPANY_AFTER_NAME, EPONYM_AFTER_NAME, HONORIFICS, NEVER_IN_NAME, NOT_NAME_CHARS, STRONG_AFTER_NAME_CUES,
} from './lexicon/personCues.ts';
import { PLACE_INDEX } from './placeIndex.ts';
import { matchesOf } from './matches.ts';
import type { RuleId } from './rules.ts';

const CJK = /^[\u4e00-\u9fff]+$/;
/** What may stand right before a name found by its cue alone: start, punctuation, `由`, `据`. */
const BEFORE_NAME = /^$|[，,。；;：:、“”"（(\s]$|[由据]$/;
/** A profile headline or quote that opens with a name: `李素丽：用心服务每一位乘客`. */
const NAME_COLON = /^([\u4e00-\u9fff]{2,4})[：:]/;
/** A short note between a title and the name: `副团长（挂职）王忠`. */
const TITLE_NOTE = /^[（(][\u4e00-\u9fff]{1,6}[）)]/;

/** Last characters of a person noun (`讲师`, `钢筋工`, `求职者`, `选手`, `技术员`), tested on every
 *  character of a line: five comparisons, no hash. */
const [SHI, GONG, ZHE, SHOU, YUAN] = [...'师工者手员'].map((c) => c.charCodeAt(0));
const isPersonNounEnd = (c: number) => c === SHI || c === GONG || c === ZHE || c === SHOU || c === YUAN;

/** For each first char code, the indexes of the words of `words` that open with it: `slot[code]` is 1
 *  plus the place of that list in `lists`, 0 where no word opens with the code. */
interface FirstIndex { slot: Uint8Array; lists: number[][] }
function byFirstCode(words: readonly string[]): FirstIndex {
  const index: FirstIndex = { slot: new Uint8Array(65536), lists: [] };
  words.forEach((w, i) => {
    const c = w.charCodeAt(0);
    if (!index.slot[c]) index.slot[c] = index.lists.push([]);
    if (index.lists.length > 255) throw new Error('byFirstCode: more first characters than a byte holds');
    index.lists[index.slot[c]! - 1]!.push(i);
  });
  return index;
}

/** Every place a word of `words` occurs in `text`, as [word's index, position]: in the list's order,
 *  then the line's, as an indexOf loop per word finds them, but in one pass over the line that
 *  tries only the words opening with the character at hand. */
function occurrences(text: string, words: readonly string[], index: FirstIndex): [number, number][] {
  const hits: [number, number][] = [];
  const { slot, lists } = index;
  for (let at = 0; at < text.length; at++) {
    const s = slot[text.charCodeAt(at)]!;
    if (s !== 0) for (const w of lists[s - 1]!) if (text.startsWith(words[w]!, at)) hits.push([w, at]);
  }
  return hits.length > 1 ? hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]) : hits;
}
const OCCUPATIONS_BY_FIRST = byFirstCode(OCCUPATIONS);
const STRONG_CUES_BY_FIRST = byFirstCode(STRONG_AFTER_NAME_CUES);

/** Title words too loose to announce a name: `获奖代表向大家分享`. */
const LOOSE_TITLES = new Set(['代表']);
/** By char code: 1 where an office may end, 2 where an honour may (a line's scan reads one byte a character). */
const TITLE_LAST = new Uint8Array(65536);
for (const c of OFFICE_LAST_CODES) TITLE_LAST[c]! |= 1;
for (const t of HONORIFIC_TITLES) TITLE_LAST[t.charCodeAt(t.length - 1)]! |= 2;

interface Found { name: string; occupation: string | null; rule: RuleId }

/** Stage 3: named persons in the article's text.
 *  `北京市总工会党组成员、副主席赵丽君带领…` -> 赵丽君 (rule person.after-title);
 *  `外卖配送员周俊杰笑着…` -> 周俊杰, occupation 外卖配送员; `张先生` -> nothing. */
export function findPeople(block: ArticleBlock, authors: Author[]): PersonMention[] {
  void authors; // authors join the people when the article is assembled
  const lines = articleLines(block);
  const found = new Map<string, Found>();
  const doubtful = new Set<string>();
  for (const line of lines) for (const f of namesInLine(line.text, doubtful)) {
    const known = found.get(f.name);
    if (!known) found.set(f.name, f);
    else if (!known.occupation && f.occupation) known.occupation = f.occupation;
  }
  // `召集人关平，…”关平表示`: a name that is also a word to jieba (关平/n) counts when the
  // article writes it after a title and again before a speech cue at the start of a clause.
  for (const name of doubtful) {
    if (found.has(name)) continue;
    const spoken = lines.some(({ text }) => {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (BEFORE_NAME.test(text.slice(Math.max(0, at - 1), at)) && strongCueAt(text, at + name.length)) return true;
      }
      return false;
    });
    if (spoken) found.set(name, { name, occupation: null, rule: 'person.after-title-and-cue' });
  }
  // `来自中建一局的巩彦宏，…和巩彦宏一样`: a name jieba can only guess character by character
  // (巩/nr 彦 宏), written more than once in the article.
  const guessed = new Map<string, number>();
  for (const { text } of lines) for (const g of guessedNames(text)) guessed.set(g, (guessed.get(g) ?? 0) + 1);
  for (const [name, count] of guessed) {
    if (count >= 2 && !found.has(name)) found.set(name, { name, occupation: null, rule: 'person.guessed-twice' });
  }
  return mentionsOf([...found.values()], lines);
}

/** Three single-character words, a surname jieba tags as a name and two characters that
 *  are no particle, number, pronoun or preposition: `巩/nr 彦/zg 宏/n`. */
function guessedNames(text: string): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!, b = tokens[i + 1]!, c = tokens[i + 2]!;
    if (a.word.length !== 1 || b.word.length !== 1 || c.word.length !== 1 || !a.tag.startsWith('nr')) continue;
    if (/^[xmpucrdqf]/.test(b.tag) || /^[xmpucrdqf]/.test(c.tag)) continue;
    const name = a.word + b.word + c.word;
    if (looksLikeName(name, tokens, a.start, false)) out.push(name);
  }
  return out;
}

/** Offsets of `text` where a title of office or an honour ends: `副主席|赵丽君`, `团长|辛友谊`.
 *  An office read by its `X长` shape counts only where jieba ends a word with it. */
function titleEnds(text: string): number[] {
  const out: number[] = [];
  const bounds = wordBoundaries(text);
  for (let end = 2; end < text.length; end++) {
    const last = TITLE_LAST[text.charCodeAt(end - 1)]!;
    if (last === 0) continue;
    if (last & 1) {
      const office = officeEndingAt(text, end);
      if (office && !LOOSE_TITLES.has(office) && (!isShapedChief(office) || bounds.has(end))) { out.push(end); continue; }
    }
    if (last & 2 && endsWithHonorific(text, end)) out.push(end);
  }
  return out;
}

function endsWithHonorific(text: string, end: number): boolean {
  for (let i = 0; i < HONORIFIC_TITLES.length; i++) if (text.endsWith(HONORIFIC_TITLES[i]!, end)) return true;
  return false;
}

function namesInLine(text: string, doubtful: Set<string>): Found[] {
  const tokens = tokenize(text);
  const out: Found[] = [];
  // A name right after a title: `副主席赵丽君`, `团长辛友谊`, `副团长（挂职）王忠`.
  const ends = titleEnds(text);
  for (let e = 0; e < ends.length; e++) {
    const end = ends[e]!;
    const note = TITLE_NOTE.exec(text.slice(end));
    const start = end + (note ? note[0].length : 0);
    const name = nameAt(text, start, tokens, true);
    if (name) out.push({ name, occupation: null, rule: 'person.after-title' });
    else if (isNounWordName(text, tokens, start)) doubtful.add(text.slice(start, start + 2));
  }
  // A name right after a person noun by its shape, a word ending in 师, 工, 者, 手 or 员 that no
  // list holds (`讲师喻海涛`, `钢筋工栾海波`, `求职者钭雨桐`): only where jieba reads the surname as one.
  for (let at = 2; at < text.length - 2; at++) {
    if (!isPersonNounEnd(text.charCodeAt(at - 1)) || !/\p{Script=Han}/u.test(text[at - 2]!)) continue;
    const k = firstTokenEndingAfter(tokens, at);
    if (tokens[k]?.start !== at || !tokens[k]!.tag.startsWith('nr')) continue;
    const name = nameAt(text, at, tokens, false, true);
    if (name && !out.some((o) => o.name === name)) out.push({ name, occupation: null, rule: 'person.after-person-noun' });
  }
  // A name right after an occupation: `外卖配送员周俊杰`.
  for (const [w, at] of occurrences(text, OCCUPATIONS, OCCUPATIONS_BY_FIRST)) {
    const word = OCCUPATIONS[w]!;
    const name = nameAt(text, at + word.length, tokens, false);
    if (name) out.push({ name, occupation: PERSON_NOUNS_NOT_OCCUPATIONS.has(word) ? null : word, rule: 'person.after-occupation' });
  }
  // A name at the start of a clause right before a strong cue: `，韩志杰表示`.
  for (const [, at] of occurrences(text, STRONG_AFTER_NAME_CUES, STRONG_CUES_BY_FIRST)) {
    for (const len of [3, 2, 4]) {
      const start = at - len;
      if (start < 0 || !BEFORE_NAME.test(text.slice(Math.max(0, start - 1), start))) continue;
      const name = text.slice(start, at);
      if (looksLikeName(name, tokens, start, false) && !isCompanyAt(text, at)) { out.push({ name, occupation: null, rule: 'person.before-cue' }); break; }
    }
  }
  // A name that a studio or a method is named after: `蔡志勇职工创新工作室`, `许振超工作法`.
  for (const m of matchesOf(EPONYM_AFTER_NAME, text)) {
    for (const len of [3, 2, 4]) {
      const start = m.index - len;
      if (start < 0 || !wordBoundaries(text).has(start)) continue;
      const name = text.slice(start, m.index);
      if (looksLikeName(name, tokens, start, false) && !isLooseDictionaryName(text, tokens, start, m.index)) {
        out.push({ name, occupation: null, rule: 'person.eponym' });
        break;
      }
    }
  }
  // A list after a found name: `徒弟李伟、张鹏已成为…` -> 张鹏 too. In a list the given name may be
  // an ordinary word, as after a title: `张宝华、孙丽萍、李红军先后发言` -> 李/红军.
  const listed = new Set<string>(); // each name's lists are read once, however often it is found
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (listed.has(f.name)) continue;
    listed.add(f.name);
    for (let at = text.indexOf(f.name + '、'); at >= 0; at = text.indexOf(f.name + '、', at + 1)) {
      const start = at + f.name.length + 1;
      const next = nameAt(text, start, tokens, true);
      if (next && !out.some((o) => o.name === next)) out.push({ name: next, occupation: f.occupation, rule: 'person.list' });
    }
  }
  const colon = NAME_COLON.exec(text);
  if (colon && looksLikeName(colon[1]!, tokens, 0, false)) out.push({ name: colon[1]!, occupation: null, rule: 'person.line-start-colon' });
  // Three-character names jieba knows: `习近平`, `李长华`. A word it merely guesses is a name
  // (`nr`, not `nrfg`) must also stand where names stand, at the start of a clause and
  // before a cue: `成箱苏打水……`, `建设高水平的职工之家` are none.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word.length !== 3 || !t.tag.startsWith('nr')) continue;
    const placed = BEFORE_NAME.test(text.slice(Math.max(0, t.start - 1), t.start)) && endsAtCue(text, t.end);
    if ((t.tag === 'nrfg' || placed) && looksLikeName(t.word, tokens, t.start, false) && !isCompanyAt(text, t.end)) {
      out.push({ name: t.word, occupation: null, rule: 'person.jieba' });
    }
  }
  return out;
}

/** A word jieba files as a name (`nr`, not `nrfg`) standing alone with no clause start
 *  before it: `景泰蓝`, `高水平` are words, not persons, where nothing else says a name. */
function isLooseDictionaryName(text: string, tokens: Token[], start: number, end: number): boolean {
  const t = tokens[firstTokenEndingAfter(tokens, start)];
  return !!t && t.start === start && t.end === end && t.tag === 'nr' && !BEFORE_NAME.test(text.slice(Math.max(0, start - 1), start));
}

/** The name that starts at `start`, if any, longest first. It must end where a cue or
 *  punctuation begins; after a title it may also end where jieba ends a word
 *  (`书记晁怀新每到一处`), never inside one (`主席王强来到工地` is 王强, not 王强来). */
function nameAt(text: string, start: number, tokens: Token[], afterTitle: boolean, withoutCue = afterTitle): string | null {
  const lengths = COMPOUND_SURNAMES.has(text.slice(start, start + 2)) ? [4, 3] : [3, 2];
  // a speech cue right after (`选手漆明远说`) vouches for a name as a title does
  const ok = (len: number) => looksLikeName(text.slice(start, start + len), tokens, start, afterTitle, strongCueAt(text, start + len))
    && !isCompanyAt(text, start + len) && !closesQuotedTitle(text, start + len);
  for (const len of lengths) if (endsAtCue(text, start + len) && ok(len)) return text.slice(start, start + len);
  if (withoutCue) {
    const bounds = wordBoundaries(text);
    for (const len of lengths) {
      const end = start + len;
      if (end < text.length && bounds.has(end) && !endsInsideName(tokens, end) && readsAsName(tokens, start, end) && ok(len)) {
        return text.slice(start, end);
      }
    }
  }
  return null;
}

/** With no cue after it, a name must read as one to jieba: its surname no conjunction,
 *  adverb or verb (`委员和女工委员` holds no 和女工, `书记常来看望` no 常来) and its given
 *  name no ordinary noun or verb. */
function readsAsName(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[firstTokenEndingAfter(tokens, start)];
  // jieba reads the surname as a name's (`劳动模范竺/nr 海波/n 家中`): the given name may be any word
  const surnameAsName = first?.start === start && first.word.length === 1 && first.tag.startsWith('nr');
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.start === start && t.word.length === 1 && /^[cdpruv]/.test(t.tag)) return false; // `书记常/d来/v看望`
    if (t.start > start && t.word.length >= 2 && /^(v|vn)$/.test(t.tag)) return false;
    if (t.start > start && t.word.length >= 2 && /^(n|a)$/.test(t.tag) && !surnameAsName) return false;
  }
  return true;
}

/** Two characters that jieba reads as one common noun (`关平`/n) but that start with a
 *  surname and end where a cue or a stop begins: a name, if the article says so again. */
function isNounWordName(text: string, tokens: Token[], start: number): boolean {
  const t = tokens[firstTokenEndingAfter(tokens, start)];
  if (!t || t.start !== start || t.word.length !== 2 || !/^(n|nz)$/.test(t.tag)) return false;
  return SURNAMES.has(t.word[0]!) && !WEAK_SURNAMES.has(t.word[0]!) && endsAtCue(text, t.end)
    && !NOT_NAME_CHARS.has(t.word[1]!) && !NEVER_IN_NAME.has(t.word[1]!);
}

/** True when the word at `end` is one jieba reads as part of a name (`王/立/新`): the name goes on. */
function endsInsideName(tokens: Token[], end: number): boolean {
  const k = firstTokenEndingAfter(tokens, end);
  const t = tokens[k];
  return !!t && t.start === end && t.word.length === 1 && /^nr/.test(t.tag);
}

/** A name followed by a place in brackets or a company word is a company: `施耐德（中国）有限公司`. */
function isCompanyAt(text: string, end: number): boolean {
  return COMPANY_AFTER_NAME.test(text.slice(end, end + 12));
}

const QUOTE_CLOSERS = new Set([...'”」》'].map((c) => c.charCodeAt(0)));
const QUOTE_OPENERS = new Set([...'“《「'].map((c) => c.charCodeAt(0)));
const CLAUSE_STOPS = new Set([...'，。,！？!?'].map((c) => c.charCodeAt(0)));

/** A title and "name" that a quotation closes right after are the name of a thing: `“委员沙龙”`:
 *  the nearest opening quote before it with no clause stop between (read back only so far). */
function closesQuotedTitle(text: string, end: number): boolean {
  if (!QUOTE_CLOSERS.has(text.charCodeAt(end))) return false;
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (QUOTE_OPENERS.has(c)) return true;
    if (CLAUSE_STOPS.has(c)) return false;
  }
  return false;
}

/** Whether a word of `words` (none empty) opens at `at` of `text`: only the words opening with
 *  the character there are tried, and nothing is sliced. */
function wordAt(text: string, at: number, words: readonly string[], index: FirstIndex): boolean {
  if (at < 0 || at >= text.length) return false;
  const s = index.slot[text.charCodeAt(at)]!;
  if (s !== 0) for (const w of index.lists[s - 1]!) if (text.startsWith(words[w]!, at)) return true;
  return false;
}
const AFTER_CUES_BY_FIRST = byFirstCode(AFTER_NAME_CUES);
const strongCueAt = (text: string, at: number) => wordAt(text, at, STRONG_AFTER_NAME_CUES, STRONG_CUES_BY_FIRST);
const startsWithStrongCue = (rest: string) => strongCueAt(rest, 0);

function endsAtCue(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  return c < 0x4e00 || c > 0x9fff || wordAt(text, end, AFTER_NAME_CUES, AFTER_CUES_BY_FIRST);
}

function looksLikeName(name: string, tokens: Token[], start: number, afterTitle: boolean, vouched = false): boolean {
  if (name.length < 2 || name.length > 4 || !CJK.test(name)) return false;
  const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? name.slice(0, 2) : name[0]!;
  if (surname.length === 1 && !SURNAMES.has(surname)) return false;
  if (!afterTitle && WEAK_SURNAMES.has(surname)) return false;
  const given = name.slice(surname.length);
  // Where jieba itself reads the surname as a name's (`栾/nr 海波/n`), the given name may be an ordinary word, as after a title.
  const surnameToken = tokens[firstTokenEndingAfter(tokens, start)];
  const lenient = afterTitle || vouched || (surnameToken?.start === start && surnameToken.end === start + surname.length && surnameToken.tag.startsWith('nr'));
  // `张军在…` is 张军 before 在; but 为, 和, 月 may well open a given name (`李为民`, `张和平`).
  if (!given || given.length > 2 || NOT_NAME_CHARS.has(given[given.length - 1]!) || [...given].some((c) => NEVER_IN_NAME.has(c))) return false;
  if (HONORIFICS.some((h) => given.startsWith(h))) return false;
  // `王主席`, `李书记`: a surname and an office is a form of address, not a name
  if (isOffice(given)) return false;
  if (isPlace(name)) return false;
  // jieba may split a name into single characters, never into a longer word of another kind:
  // `和/获奖` is no name, `赵/丽/君` and `韩/志/杰` may be.
  const end = start + name.length;
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.end <= start) continue;
    if (t.start === start && t.end === start + surname.length) continue; // `欧阳/晓明`
    // a rare compound surname cut across by jieba: `上/官子/健` is 上官 + 子健
    if (lenient && surname.length === 2 && t.start < start + 2 && t.end > start + 2 && t.end <= end && !/^[rvpcd]/.test(t.tag)) continue;
    // `李/明说`: jieba glued the name's last character to a speech cue after it (not `王强/来到`).
    if (t.start > start && t.end > end && startsWithStrongCue(t.word.slice(end - t.start))) continue;
    if (t.word.length > 1 && !t.tag.startsWith('nr') && (t.start < start || t.end > end || t.word.length >= 2)) {
      // After a title the given name may be an ordinary word (`孙/新军`, `许/艳丽`, `王/立新`/d),
      // never a pronoun or verb.
      const givenWord = t.start >= start && t.end <= end && t.word === given;
      // `首席技师高建国/ns`: jieba may file a whole name as a place it does not know
      if (afterTitle && t.start === start && t.end === end && name.length === 3 && /^(ns|nz)$/.test(t.tag)) continue;
      if (!givenWord || !(lenient ? !/^[rvpcumqt]/.test(t.tag) : /^(nr|nz|ng|j)/.test(t.tag))) return false;
    }
  }
  return true;
}


/** Place names without their last word (`陶然亭` of 陶然亭街道): a name is tested by one look-up, not one
 *  per word added. */
const PLACE_WORDS = ['街道', '地区', '镇', '乡', '区'];
const PLACE_STEMS = new Set<string>();
for (const form of PLACE_INDEX.keys()) for (const w of PLACE_WORDS) if (form.endsWith(w)) PLACE_STEMS.add(form.slice(0, -w.length));

/** `陶然亭` is the stem of 陶然亭街道, `石景山` a district: places, not people. */
function isPlace(name: string): boolean {
  // Only Beijing short forms count as a prefix (`昌平区`); a city stem elsewhere may open a real name (`林芝芳`).
  return PLACE_INDEX.has(name) || !!PLACE_INDEX.get(name.slice(0, 2))?.district || PLACE_STEMS.has(name);
}

/** Every place in the article where a found name is written. */
function mentionsOf(found: Found[], lines: ArticleLine[]): PersonMention[] {
  const out: PersonMention[] = [];
  const longestFirst = [...found].sort((a, b) => b.name.length - a.name.length);
  for (const { paragraph, text } of lines) {
    const taken = new Set<number>();
    for (const f of longestFirst) {
      for (let at = text.indexOf(f.name); at >= 0; at = text.indexOf(f.name, at + 1)) {
        if (taken.has(at)) continue;
        for (let i = at; i < at + f.name.length; i++) taken.add(i);
        out.push({ paragraph, start: at, end: at + f.name.length, text: f.name, rule: f.rule, name: f.name, occupation: f.occupation });
      }
    }
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
