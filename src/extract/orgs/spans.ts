// Finds where organization names are written in one line of text: a name ends
// in a suffix of the lexicon (`总工会`, `有限公司`, `服务队`) and runs leftwards
// over name-like words until a verb, a particle or punctuation stops it:
//   `近日，北方车辆集团工会慰问组一行` -> 北方车辆集团工会 (and 北方车辆集团 inside it)
//   `丰台税务局“接二连三”服务队等` -> 丰台税务局“接二连三”服务队
import { firstTokenEndingAfter, tokenize, type Token } from '../jieba.ts';
import { DEICTIC_PREFIXES, SUFFIXES_BY_LAST_CODE, suffixOf, type OrgSuffix } from '../lexicon/orgSuffixes.ts';
import { TITLES, TITLE_SET, titleAt } from '../lexicon/titles.ts';
import { isNamedStem } from './unionStem.ts';
import { departmentParent } from './departments.ts';
import { PlaceRanges, type Range } from './placeRanges.ts';
import {
  ADVERB_HEADS, FUNCTION_CHARS, NAME_JOINERS, NAME_VERBS, NAME_WORDS_WITH_STOP_TAGS, NOT_ORG_FOLLOWERS, NOT_ORG_WORDS, STOP_TAGS, STOP_WORDS,
} from '../lexicon/orgContext.ts';

export interface OrgSpan {
  start: number;
  end: number;
  text: string;
  suffix: OrgSuffix;
  /** The word just before the name (`各`, `16个`): it can make a name generic. */
  before: Token | null;
  /** For a bare `工会` whose stem shows no sign of a name (`谢谢工会`, `慈爱嘉工会`): the stem,
   *  which must be named elsewhere in the article for the span to stand. */
  unnamedStem?: string;
  nominalStem?: boolean;
}

const SINGLE_CHAR_SUFFIX_TAGS = /^(n|nt|nz|j|ns|v|vn|l|zg)/;

/** `placeRanges` are [start, end) ranges of place names in `text`: a name never starts inside one
 *  (`将/台/地区工会` as jieba cuts it is still 将台地区工会). */
export function orgSpans(text: string, placeRanges: readonly Range[] = []): OrgSpan[] {
  const places = new PlaceRanges(placeRanges);
  const tokens = splitUnionTails(tokenize(text));
  const spans: OrgSpan[] = [];
  const masked = text.includes('《') ? bookTitleMask(text) : null; // no 《: nothing is inside a title
  const faculties: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = tokens[k]!.end;
    if (masked?.[end - 1]) continue;
    const suffix = suffixEndingAt(text, end, tokens[k]!);
    if (!suffix) continue;
    const first = tokenIndexAt(tokens, end - suffix.suffix.length);
    let start = extendLeft(text, tokens, first);
    if (start === null || start >= end) continue;
    const cut = places.containing(start);
    if (cut) start = cut[0];
    // jieba may cut a place so that reading stops inside or right after it: `石景山区/八角街道工会服务站`.
    for (let adj = places.endingAt(start); adj && cut; adj = places.endingAt(start)) start = adj[0];
    // A bracket opens no name: `（集团）有限公司` alone is the tail of a name cut short.
    if (text[start] === '（' || text[start] === '(') continue;
    // A place before a name that opens with its own city is where the body sits, not its name:
    // `走进朝阳区北京盛世华人供应链管理有限公司` -> 北京盛世华人供应链管理有限公司.
    const within = places.startingAt(start, (pe) => /^(北京|中国|首都)/.test(text.slice(pe, end)));
    if (within) start = within[1];
    let name = text.slice(start, end);
    let head = suffix;
    let stop = end;
    // `门头沟区委区政府`, `市委市政府`: two bodies written together.
    const pair = PARTY_AND_GOVERNMENT.exec(name);
    if (pair) {
      const cut = start + pair[1]!.length;
      const party = suffixOf(pair[1]!)!;
      spans.push({ start, end: cut, text: pair[1]!, suffix: party, before: tokenIndexAt(tokens, start) > 0 ? tokens[tokenIndexAt(tokens, start) - 1]! : null });
      start = cut;
      name = pair[2]!;
    }
    // `北京市总工会第十四届委员会`, `第五届委员会`: a term of a body, not a body; the body is what precedes it.
    const term = /第[一二三四五六七八九十百0-9]+届/.exec(name);
    if (term) {
      const owner = name.slice(0, term.index);
      const ownerSuffix = suffixOf(owner);
      if (!ownerSuffix || owner.length <= ownerSuffix.suffix.length) continue;
      name = owner; head = ownerSuffix; stop = start + owner.length;
    }
    // `中国劳动关系学院酒店管理学院执行院长`: a school of a university, named before a title, is a title there.
    const faculty = head.kind === 'school' && /^(.+?(?:大学|学院))([\u4e00-\u9fff]{2,10}(?:学院|系))$/.exec(name);
    if (faculty && titleAt(text, stop)) {
      faculties.push([start + faculty[1]!.length, stop]);
      name = faculty[1]!; head = suffixOf(name)!; stop = start + name.length;
    }
    const dept = departmentParent(name);
    if (dept) { name = dept.parent; head = dept.suffix; stop = start + name.length; }
    // `公司安全技术部经理`: the company the article is about (orgs/deixis.ts), not the word 公司.
    const deictic = dept && DEICTIC_PREFIXES.some((d) => d.word === name);
    if ((NOT_ORG_WORDS.has(name) && !deictic) || NOT_ORG_FOLLOWERS.test(text.slice(stop))) continue;
    // `企业工会会员`: a union's members, not a union named.
    if (/工会$/.test(name) && text.startsWith('会员', stop)) continue;
    // `科技有限公司` alone names no firm.
    if (BUSINESS_ONLY_NAME.test(name)) continue;
    // `麦子店街道`: a suffix inside a place's name (店) is the place's, not a body's.
    if (places.containing(stop) || (head.suffix.length === 1 && places.startingAt(start, (pe) => pe === stop))) continue;
    // A village is a body where the name says where it is: `妙峰山镇水峪嘴村`, not `美丽乡村`.
    if (head.suffix === '村' && !places.someWithin(start, stop)) continue;
    // … and stands as the village, not as the address of something else (`…沿河口村异地安置房项目`).
    if (head.suffix === '村' && !villageStandsAlone(tokens, stop, text)) continue;
    const span: OrgSpan = { start, end: stop, text: name, suffix: head, before: tokenIndexAt(tokens, start) > 0 ? tokens[tokenIndexAt(tokens, start) - 1]! : null };
    const stem = name.slice(0, -head.suffix.length);
    if (head.suffix === '工会' && !isNamedStem(stem)) {
      span.unnamedStem = stem;
      // `美团工会主席`: a stem of name words only may still be a body the post belongs to.
      const inStem = tokens.slice(tokenIndexAt(tokens, start), tokenIndexAt(tokens, stop - 2));
      // One word alone must be tagged a proper name (`京东/ns`), not a common word or a person (`智慧/nr`).
      span.nominalStem = stem.length >= 2 && inStem.length > 0 && inStem.every((t) => /^(n|j|eng)/.test(t.tag) && !FUNCTION_CHARS.has(t.word))
        && (inStem.length > 1 || /^(ns|nz|nt|j|eng)/.test(inStem[0]!.tag));
    }
    // `城市副中心`, `建设美丽副中心`: a planning area, not a centre.
    if (name.endsWith('副中心')) continue;
    spans.push(span);
  }
  // Nothing ends inside a faculty's own name (`…学院/酒店/管理学院`).
  return faculties.length ? spans.filter((x) => !faculties.some(([fs, fe]) => fs < x.end && x.end <= fe && x.start < fs)) : spans;
}

const PARTY_AND_GOVERNMENT = /^(.*?(?:区委|市委|县委|省委|镇党委|乡党委|街道党工委|党委))((?:区|市|县|省|镇|乡|街道)?(?:人民)?政府|(?:区|市|县|省)?人大常委会|(?:区|市|县|省)?政协)$/;

const UNION_TAIL = new RegExp(`^(.*(?:工会|事务所|区委|市委|县委|省委|协会|学会|研究会))(组织|律师|会员|${[...TITLES].sort((a, b) => b.length - a.length).join('|')})$`);

const UNION_TAIL_HINT = /工会|事务所|委|协会|学会|研究会/;

/** `工会组织`, `工会主席`, `事务所律师`, `市委常委` are one word to jieba; `将台地区工会组织` still names
 *  将台地区工会, `盈科律师事务所律师` 盈科律师事务所, `市委常委` 市委. */
function splitUnionTails(tokens: Token[]): Token[] {
  let out: Token[] | null = null; // a copy only when some token splits: most lines have none
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // most tokens are short or hold no body word: the title alternation is tried only on the others
    const m = t.word.length >= 4 && UNION_TAIL_HINT.test(t.word) ? UNION_TAIL.exec(t.word) : null;
    if (!m || !m[1]) { out?.push(t); continue; }
    out ??= tokens.slice(0, i);
    const cut = t.start + m[1].length;
    out.push({ ...t, word: m[1], end: cut }, { word: m[2]!, tag: 'n', start: cut, end: t.end });
  }
  return out ?? tokens;
}

/** The longest suffix that ends at `end`, unless a title begins there (`总工会党组书记`: 党组 is part of the title).
 *  A token end tries only the suffixes ending in its last character. */
function suffixEndingAt(text: string, end: number, token: Token): OrgSuffix | null {
  for (const s of SUFFIXES_BY_LAST_CODE.get(text.charCodeAt(end - 1)) ?? []) {
    const start = end - s.suffix.length;
    if (start < 0 || !text.startsWith(s.suffix, start)) continue;
    if (titleAt(text, start, s.suffix.length)) continue;
    // `中建/一局/m`: a numbered bureau is a name however jieba tags it.
    if (s.suffix.length === 1 && /^[一二三四五六七八九十]+[局厂]$/.test(token.word)) return s;
    if (s.suffix.length === 1 && (!SINGLE_CHAR_SUFFIX_TAGS.test(token.tag) || endsInNonOrgWord(token.word))) return null;
    return s;
  }
  return null;
}

/** `工会干部` ends in 部 and `格局` in 局, but they name no body. */
function endsInNonOrgWord(word: string): boolean {
  for (const w of NOT_ORG_WORDS) if (word.endsWith(w) && (w.length > 1 || word === w)) return true;
  return false;
}

/** The token holding `offset` (the last token when none does). Tokens are in text
 *  order, so a binary search: a line of any length costs log n per look-up. */
function tokenIndexAt(tokens: Token[], offset: number): number {
  const lo = firstTokenEndingAfter(tokens, offset);
  return lo < tokens.length && tokens[lo]!.start <= offset ? lo : tokens.length - 1;
}

/** Where the name starts, reading leftwards from token `k` (the token holding the suffix's start). */
function extendLeft(text: string, tokens: Token[], k: number): number | null {
  let start = tokens[k]!.start;
  let brand = false;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.word === '”' || t.word === '"' || t.word === '）' || t.word === ')') {
      // A short quoted or bracketed part inside a name: `丰台税务局“接二连三”服务队`, `集成电路（人工智能）学院`.
      const open = t.word === '”' ? '“' : t.word === '"' ? '"' : t.word === '）' ? '（' : '(';
      const o = text.lastIndexOf(open, t.start - 1);
      if (o < 0 || t.start - o > 12 || /简称|记者|\s|[，,。！？!?；;：:]/.test(text.slice(o, t.start))) break;
      start = o;
      while (j > 0 && tokens[j]!.start > o) j--;
      if (tokens[j]!.start < o) j++;
      // `利乐包装(北京)有限公司`, `拜斯特(中国)…`: before a region in brackets stands a brand,
      // read to the last break whatever jieba made of it.
      if (/^[（(](中国|北京|天津|上海|[\u4e00-\u9fff]{2}[省市]?)[）)]$/.test(text.slice(o, t.end))) brand = true;
      continue;
    }
    if (brand) {
      if (/^x/.test(t.tag) || STOP_WORDS.has(t.word) || FUNCTION_CHARS.has(t.word) || TITLE_SET.has(t.word) || start - t.start >= 8) break;
      start = t.start;
      continue;
    }
    // A number in a brand after a place: `北京/三/快在线科技有限公司`; not a count (`北京/10/家`).
    if (/^m/.test(t.tag) && /^[一二三四五六七八九十百千万]+$/.test(t.word) && tokens[j - 1]?.tag.startsWith('ns')
        && !/^q/.test(tokens[j + 1]!.tag) && !/^[家个名位支项批所座]/.test(tokens[j + 1]!.word)) { start = t.start; continue; }
    // A numbered school: `北京八十中`, `北京一零一中学`.
    if (/^m/.test(t.tag) && /^[一二三四五六七八九十零〇百]+$/.test(t.word) && /^(中|小|学|校|分校|职)/.test(tokens[j + 1]!.word)) { start = t.start; continue; }
    if (isStop(t, tokens[j - 1], tokens[j + 1])) {
      // `滴滴/出行/科技有限公司`: a firm's name is more than its line of business; read on past a verb
      // to the word that names it.
      const read = text.slice(start, tokens[k]!.end);
      if (!/^x/.test(t.tag) && !STOP_WORDS.has(t.word) && !FUNCTION_CHARS.has(t.word) && t.word.length === 2 && t.tag.startsWith('v')
          && BUSINESS_ONLY.test(read) && tokens[j - 1] && /^(n|nz|nt|j|eng)$/.test(tokens[j - 1]!.tag) && !STOP_WORDS.has(tokens[j - 1]!.word)) {
        start = tokens[j - 1]!.start; j--; continue;
      }
      break;
    }
    start = t.start;
  }
  return start;
}

/** Whether token `t` ends the name being read leftwards; `left` is the token before it.
 *  A verb sits inside a name only after a noun or place (`北京/ns 建博/v 海公司`,
 *  `经/n 开/v 区总工会`) or when it is a verb names are made of (`…实践活动中心`). */
function isStop(t: Token, left: Token | undefined, right?: Token): boolean {
  if (NAME_WORDS_WITH_STOP_TAGS.has(t.word)) return false;
  // Ordinals name units: `北京市第二中学`, `第一客运分公司`.
  if (/^第[一二三四五六七八九十百0-9]+$/.test(t.word) || (t.tag.startsWith('m') && /^第/.test(t.word))) return false;
  if (STOP_WORDS.has(t.word) || TITLE_SET.has(t.word)) return true;
  if (/^[A-Za-z]+$/.test(t.word) || t.word === '·') return false;
  // `中外运-敦豪…`, not `…产教联合体-北京…` (a name that ends before the hyphen is another body).
  if (NAME_JOINERS.has(t.word)) return !left || /^x/.test(left.tag) || STOP_WORDS.has(left.word) || endsInSuffix(left.word);
  // A lone character outside the closed classes is a piece of a brand name, whatever jieba tagged it,
  // where it opens the name (`、拜/耳…`) or follows a name word (`北京/天/瑞…`); after a word of
  // another kind it is a verb (`有困难/找/工会`).
  if (t.word.length === 1 && FUNCTION_CHARS.has(t.word)) return true;
  if (t.word.length === 1 && (STOP_TAGS.test(t.tag) || t.tag.startsWith('v')) && !/^x/.test(t.tag)
      && !/[0-9０-９一二三四五六七八九十百千万两零〇]/.test(t.word)) {
    // Before a place it is a verb with its object (`受/北京市总工会委托`, `携/北京…公司`).
    if (right && /^ns/.test(right.tag) && right.word.length >= 2) return true;
    if (!left || /^x/.test(left.tag) || STOP_WORDS.has(left.word) || FUNCTION_CHARS.has(left.word) || left.word.length === 1) return false;
    return !/^(n|j)/.test(left.tag);
  }
  if (t.word.length > 2 && ADVERB_HEADS.test(t.word)) return true;
  if (t.tag.startsWith('v') && t.tag !== 'vn') {
    if (NAME_VERBS.has(t.word)) return false;
    if (!left || STOP_WORDS.has(left.word)) return true;
    return t.word.length === 1 ? !/^(n|j)/.test(left.tag) : !/^(ns|nz|nt|j)/.test(left.tag);
  }
  return STOP_TAGS.test(t.tag);
}

function villageStandsAlone(tokens: Token[], stop: number, text: string): boolean {
  const k = firstTokenEndingAfter(tokens, stop);
  const next = tokens[k];
  if (!next || next.start < stop) return !next || /^[，,。、；;：:！？\s]/.test(text.slice(stop));
  return /^(x|v|p|c|u|d|l|i)/.test(next.tag) || /^(党|村委|支部|两委|主任|书记)/.test(next.word) || titleAt(text, stop);
}

/** A company name that says only its line of business: `科技有限公司`, `网络科技有限公司`. */
const BUSINESS_ONLY = /^(科技|网络|信息|技术|贸易|实业|发展|投资|咨询|服务|文化|传媒|电子|商务|物流|环保|能源|建设|工程|管理|智能|数字)*(有限责任公司|股份有限公司|有限公司|公司)/;

const BUSINESS_ONLY_NAME = new RegExp(`${BUSINESS_ONLY.source.replace(")*(", ")+(")}$`);

function endsInSuffix(word: string): boolean {
  return suffixOf(word, (s) => s.suffix.length > 1) !== undefined;
}

/** True inside `《…》`: a book or document title names no body. */
function bookTitleMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') depth++;
    mask[i] = depth > 0;
    if (text[i] === '》') depth = Math.max(0, depth - 1);
  }
  return mask;
}
