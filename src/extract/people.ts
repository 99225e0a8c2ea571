import type { ArticleBlock, Author, PersonMention } from './types.ts';
import { articleLines, type ArticleLine } from './articleText.ts';
import { firstTokenEndingAfter, tokenize, type Token } from './jieba.ts';
import { COMPOUND_SURNAMES, SURNAMES } from './lexicon/surnames.ts';
import { HONORIFIC_TITLES, TITLES_LONGEST_FIRST } from './lexicon/titles.ts';
import { OCCUPATIONS, PERSON_NOUNS_NOT_OCCUPATIONS } from './lexicon/occupations.ts';
import {
  AFTER_NAME_CUES, HONORIFICS, NAME_STOPWORDS, NEVER_IN_NAME, NOT_NAME_CHARS, STRONG_AFTER_NAME_CUES,
} from './lexicon/personCues.ts';
import { PLACE_INDEX } from './placeIndex.ts';

/** Surnames that are also everyday words (`和`, `于`, `向`): a name may start with
 *  one only where a title or occupation stands right before it. */
const WEAK_SURNAMES = new Set([...'和于向都过来国信原应全时那成万解乐展宣权巴居']);
const CJK = /^[\u4e00-\u9fff]+$/;
/** What may stand right before a name found by its cue alone: start, punctuation, `由`, `据`. */
const BEFORE_NAME = /^$|[，,。；;：:、“”"（(\s]$|[由据]$/;
/** A profile headline or quote that opens with a name: `李素丽：用心服务每一位乘客`. */
const NAME_COLON = /^([\u4e00-\u9fff]{2,4})[：:]/;

/** Title words too loose to announce a name: `获奖代表向大家分享`. */
const LOOSE_TITLES = new Set(['代表']);
/** Titles of office and honours (`全国劳动模范张宝华`), longest first. */
const NAME_TITLES = [...TITLES_LONGEST_FIRST.filter((t) => !LOOSE_TITLES.has(t)), ...HONORIFIC_TITLES]
  .sort((a, b) => b.length - a.length);

interface Found { name: string; occupation: string | null; rule: string }

/** Stage 3: named persons in the article's text.
 *  `北京市总工会党组成员、副主席赵丽君带领…` -> 赵丽君 (rule person.after-title);
 *  `外卖配送员周俊杰笑着…` -> 周俊杰, occupation 外卖配送员; `张先生` -> nothing. */
export function findPeople(block: ArticleBlock, authors: Author[]): PersonMention[] {
  void authors; // authors join the people when the article is assembled
  const lines = articleLines(block);
  const found = new Map<string, Found>();
  for (const line of lines) for (const f of namesInLine(line.text)) {
    const known = found.get(f.name);
    if (!known) found.set(f.name, f);
    else if (!known.occupation && f.occupation) known.occupation = f.occupation;
  }
  return mentionsOf([...found.values()], lines);
}

function namesInLine(text: string): Found[] {
  const tokens = tokenize(text);
  const out: Found[] = [];
  // A name right after a title or an occupation: `副主席赵丽君`, `外卖配送员周俊杰`.
  for (const [words, rule, isOccupation] of [[NAME_TITLES, 'person.after-title', false],
    [OCCUPATIONS, 'person.after-occupation', true]] as const) {
    for (const word of words) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const name = nameAt(text, at + word.length, tokens, !isOccupation);
        if (name) out.push({ name, occupation: isOccupation && !PERSON_NOUNS_NOT_OCCUPATIONS.has(word) ? word : null, rule });
      }
    }
  }
  // A name at the start of a clause right before a strong cue: `，韩志杰表示`.
  for (const cue of STRONG_AFTER_NAME_CUES) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      for (const len of [3, 2, 4]) {
        const start = at - len;
        if (start < 0 || !BEFORE_NAME.test(text.slice(Math.max(0, start - 1), start))) continue;
        const name = text.slice(start, at);
        if (looksLikeName(name, tokens, start, false)) { out.push({ name, occupation: null, rule: 'person.before-cue' }); break; }
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
  // (`nr`, not `nrfg`) must also stand where names stand: `成箱苏打水` is none.
  for (const t of tokens) {
    if (!t.tag.startsWith('nr') || t.word.length !== 3) continue;
    const placed = BEFORE_NAME.test(text.slice(Math.max(0, t.start - 1), t.start)) || endsAtCue(text, t.end);
    if ((t.tag === 'nrfg' || placed) && looksLikeName(t.word, tokens, t.start, false)) {
      out.push({ name: t.word, occupation: null, rule: 'person.jieba' });
    }
  }
  return out;
}

/** The name that starts at `start`, if any: longest first, and it must end where a cue or punctuation begins. */
function nameAt(text: string, start: number, tokens: Token[], afterTitle: boolean): string | null {
  const lengths = COMPOUND_SURNAMES.has(text.slice(start, start + 2)) ? [4, 3] : [3, 2];
  const ok = (len: number) => looksLikeName(text.slice(start, start + len), tokens, start, afterTitle);
  for (const len of lengths) if (ok(len) && endsAtCue(text, start + len)) return text.slice(start, start + len);
  return null;
}

const startsWithCue = (rest: string) => AFTER_NAME_CUES.some((c) => rest.startsWith(c));

function endsAtCue(text: string, end: number): boolean {
  const rest = text.slice(end);
  return rest === '' || /^[^\u4e00-\u9fff]/.test(rest) || AFTER_NAME_CUES.some((c) => rest.startsWith(c));
}

function looksLikeName(name: string, tokens: Token[], start: number, afterTitle: boolean): boolean {
  if (name.length < 2 || name.length > 4 || !CJK.test(name)) return false;
  const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? name.slice(0, 2) : name[0]!;
  if (surname.length === 1 && !SURNAMES.has(surname)) return false;
  if (!afterTitle && WEAK_SURNAMES.has(surname)) return false;
  const given = name.slice(surname.length);
  // `张军在…` is 张军 before 在; but 为, 和, 月 may well open a given name (`李为民`, `张和平`).
  if (!given || given.length > 2 || NOT_NAME_CHARS.has(given[given.length - 1]!) || [...given].some((c) => NEVER_IN_NAME.has(c))) return false;
  if (HONORIFICS.some((h) => given.startsWith(h))) return false;
  if (NAME_STOPWORDS.has(name) || isPlace(name)) return false;
  // jieba may split a name into single characters, never into a longer word of another kind:
  // `和/获奖` is no name, `赵/丽/君` and `韩/志/杰` may be.
  const end = start + name.length;
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.end <= start) continue;
    // `李/明说`: jieba glued the name's last character to the cue after it.
    if (t.start > start && t.end > end && startsWithCue(t.word.slice(end - t.start))) continue;
    if (t.word.length > 1 && !t.tag.startsWith('nr') && (t.start < start || t.end > end || t.word.length >= 2)) {
      // After a title the given name may be an ordinary word (`孙/新军`, `许/艳丽`, `王/立新`/d),
      // never a pronoun or verb.
      const givenWord = t.start >= start && t.end <= end && t.word === given;
      if (!givenWord || !(afterTitle ? !/^[rvpcumqt]/.test(t.tag) : /^(nr|nz|ng|j)/.test(t.tag))) return false;
    }
  }
  return true;
}


/** `陶然亭` is the stem of 陶然亭街道, `石景山` a district: places, not people. */
function isPlace(name: string): boolean {
  // Only Beijing short forms count as a prefix (`昌平区`); a city stem elsewhere may open a real name (`林芝芳`).
  return PLACE_INDEX.has(name) || !!PLACE_INDEX.get(name.slice(0, 2))?.district ||
    ['街道', '地区', '镇', '乡', '区'].some((s) => PLACE_INDEX.has(name + s));
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
