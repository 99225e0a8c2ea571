// Which lines of a page are headline lines. A line is a headline line when
//   - it is marked (`#`, `##`, `###`) and is not the page's slogan, or
//   - it is title-shaped and stands in the few lines right above a dateline
//     (pages with no marks: `密云太师屯镇总工会举办春季招聘会` / `本报讯（记者 王路曼）…`), or
//   - it is the caption title of a photo item: title-shaped, then a short text,
//     then a `摄影报道` credit (`上门义诊` / `近日，…` / `本报记者 边磊 摄影报道`), or
//   - a bullet sets it apart (`■ 丰台区总工会举办插花课堂`), or
//   - on a page with no marks, it has a title's shape and stands between
//     complete paragraphs: the text above ends (a full stop, a closing byline
//     or credit) and the text below starts afresh (`职工书屋迎来首批读者` /
//     `春日的午后，丰台区总工会职工书屋里…`); inside a feature (signed by a byline
//     line, or under a display head with neither dateline nor byline) a single
//     such line is its subhead (see markSubheads).
// Captions (`▲…`, `图为…`) and subheads are lines of their own in the article's text.
import {
  BOUND_STARTS, CAPTION_START, CLOSER_START, CLOSERS, CONTINUED_TO, DATELINE_CUES, HEADING_BULLET, KICKER_PHRASE_CHARS,
  LEAD_CLAUSE_MAX_CHARS, LEAD_QUOTE, LEAD_TIME, MAX_HEADLINE_LINES, MIN_SHAPE_TITLE_CHARS, MIN_SIGNED_TITLE_CHARS,
  OPEN_ENDINGS, PAGE_FURNITURE, PAGE_SLOGAN_SHAPE, PAIRS, SAYING_END, SHORT_SLOGAN_SHAPE, SUBHEAD_SHAPE, TITLE_BULLETS,
} from '../lexicon/layout.ts';
import { continuationRule, endsSentence, isTitleShaped, visibleLength, type PageLine } from './lines.ts';
import { parseHeaderLine } from '../dates.ts';
import { parseCredit, splitDateline, startsWithDateline, trailingCredit } from './byline.ts';
import { tokenize } from '../jieba.ts';

/**
 * `subhead`: a line of its own inside an article: its subhead (`一、精心准备`, a
 * title-shaped line right after an unsigned lead) or a photo caption (`▲职工们在比赛中`).
 */
export type LineKind = 'slogan' | 'furniture' | 'heading' | 'subhead' | 'dateline' | 'credit' | 'body';

/** The rules that make a line a title: the first line of an article's title block carries one to its facts. */
export type HeadingRule = 'heading.marked' | 'heading.bullet' | 'heading.above-dateline' | 'heading.photo-caption' | 'heading.shape';
/** Every rule that decides a line's kind. */
export type LineRule = HeadingRule | 'body' | 'caption' | 'dateline' | 'credit.photo' | 'slogan.page-top' | 'slogan.page-top-short'
  | 'subhead.feature' | 'subhead.enumerated' | 'subhead.short' | 'furniture.page-header' | (typeof PAGE_FURNITURE)[number]['id'];

export interface ClassifiedLine extends PageLine {
  kind: LineKind;
  /** Id of the rule that decided the kind, for tracing. */
  rule: LineRule;
  /** For a title line, the rule that made it one. */
  heading?: HeadingRule;
  /** A title read by its shape alone, on a page with no marks. */
  byShape?: boolean;
  /** A photo caption standing as a line of its own (`▲职工们在比赛中`). */
  caption?: boolean;
}

/** Longest caption that stands as a line of its own. */
const MAX_CAPTION_CHARS = 60;

/** How far above a photo credit its caption title may stand, in lines. */
export const PHOTO_TEXT_LINES = 3;

export function classifyLines(page: PageLine[]): ClassifiedLine[] {
  const lines = mendCutDatelines(page);
  const out: ClassifiedLine[] = lines.map((l) => ({ n: l.n, text: l.text, level: l.level, kind: 'body', rule: 'body' }));
  // lines change kind in place: the passes below hold on to lines they have read
  const set = (i: number, kind: Exclude<LineKind, 'heading'>, rule: LineRule) => {
    Object.assign(out[i]!, { kind, rule, heading: undefined, byShape: undefined });
  };
  const title = (i: number, rule: HeadingRule, byShape = false) => {
    Object.assign(out[i]!, { kind: 'heading', rule, heading: rule, byShape, caption: undefined });
  };

  for (const [i, l] of out.entries()) {
    const furniture = PAGE_FURNITURE.find((f) => f.re.test(l.text));
    if (furniture) set(i, 'furniture', furniture.id);
    // the dated page header in any paper's form (`劳动午报 2024年2月1日 星期四 第3版：工会`), as the dates stage reads it
    else if (l.text.length <= 60 && parseHeaderLine(l.text)) set(i, 'furniture', 'furniture.page-header');
    else if (parseCredit(l.text)) set(i, 'credit', 'credit.photo');
    else if (startsWithDateline(l.text)) set(i, 'dateline', 'dateline');
    else if (l.level > 0) title(i, 'heading.marked');
    // `■ 丰台区总工会举办插花课堂`: a bullet sets a title apart on any page (`▲` marks a caption).
    else if (HEADING_BULLET.test(l.text) && isShapeTitle(l.text.replace(HEADING_BULLET, ''))) title(i, 'heading.bullet');
    // a caption (`▲职工们在比赛中`, `图为…`) is a paragraph of its own, never a title nor the start of the next paragraph
    else if (CAPTION_START.test(l.text) && !endsSentence(l.text) && visibleLength(l.text) <= MAX_CAPTION_CHARS) { set(i, 'subhead', 'caption'); out[i]!.caption = true; }
  }
  // The slogan across the top of the page is the first line, above the first title.
  const first = out.find((l) => l.kind !== 'furniture');
  const next = first && out[first.n + 1];
  if (first && next && first.kind !== 'dateline' && PAGE_SLOGAN_SHAPE.test(first.text)
      && !startsWithDateline(next.text)) set(first.n, 'slogan', 'slogan.page-top');

  // Unmarked title lines right above a dateline.
  for (const [d, l] of out.entries()) {
    if (l.kind !== 'dateline') continue;
    for (const i of titlesAbove(out, d)) if (out[i].kind === 'body') title(i, 'heading.above-dateline');
  }

  // Photo items: caption title, up to a few lines of text, a `摄影报道` credit.
  // The title is the lowest title-shaped line that starts afresh (the text
  // above it ends a sentence or an item), so a caption text cut in two is passed over.
  for (const [c, l] of out.entries()) {
    if (l.kind !== 'credit' || !parseCredit(l.text)?.photoItem) continue;
    for (let i = c - 2; i >= 0 && c - i <= PHOTO_TEXT_LINES + 1; i--) {
      const t = out[i];
      if (t.caption) continue;
      if (t.kind !== 'body') break;
      const above = out[i - 1];
      if (isTitleShaped(t.text) && (!above || above.kind !== 'body' || endsSentence(above.text))) {
        title(i, 'heading.photo-caption');
        break;
      }
    }
  }
  // Pages with no marks: title lines by their shape, standing between complete paragraphs.
  // (a page whose only mark is on its slogan marks no titles)
  const unmarked = !out.some((l) => l.level > 0 && l.kind !== 'slogan');
  if (unmarked) {
    for (const [d, l] of out.entries()) {
      const above = out[d - 1];
      // A caption with its credit below a title is a photo item: `春风送岗到园区` / `图为…（孙立 摄）`.
      const photo = !!l.caption && trailingCredit(l.text) !== null;
      if ((l.kind !== 'body' && !photo) || !above || above.kind !== 'body' || !isShapeTitle(above.text)
          || (!photo && !startsAfresh(above.text, l.text))) continue;
      // Right after a signature (`…（特约记者 刘长青）`, `本报记者 边磊 摄`) an article has ended:
      // a short line there is a title, not a subhead.
      // So is a photo item's caption title (`上门义诊`).
      const min = photo || (d >= 2 && signs(out[d - 2]!)) ? MIN_SIGNED_TITLE_CHARS : MIN_SHAPE_TITLE_CHARS;
      if (visibleLength(above.text) < min) continue;
      for (const i of titlesAbove(out, d, isShapeTitle)) if (out[i].kind === 'body') title(i, 'heading.shape', true);
    }
  }
  // A page's first line of short phrases is its slogan, over a continued piece
  // (`弘扬劳模精神 建功新时代` / `作，全国劳动模范…` -> slogan, fragment) or over a
  // title; it is a title only right above a dateline or a fresh lead, and a
  // banner set smaller than the top level (`### 夏送清凉 工会行动`) heads a section.
  const after = first && out[first.n + 1];
  // Set phrases of a kicker's length over a title (`辞旧岁 迎新春`, `秀山丽水 万人同行`) are its kicker.
  const kicker = first && first.text.split(/[ \u3000]+/u).every((p) => visibleLength(p) <= KICKER_PHRASE_CHARS);
  if (first && after && (first.kind === 'heading' || first.kind === 'body') && SHORT_SLOGAN_SHAPE.test(first.text)
      && ((after.kind === 'heading' && first.level <= 1 && !kicker)
        || (after.kind === 'body' && (first.kind === 'body' || !startsAfresh(first.text, after.text))))) {
    set(first.n, 'slogan', 'slogan.page-top-short');
  }
  if (unmarked) markSubheads(out, set);
  return out;
}

/**
 * The title lines right above line `d`: up to four headline or title-shaped
 * lines, less a topmost one that the line above runs on into (a paragraph cut
 * by a column break, `…是市总` / `工会优化…`).
 */
function titlesAbove(out: ClassifiedLine[], d: number, accept: (text: string) => boolean = () => true): number[] {
  const found: number[] = [];
  for (let i = d - 1; i >= 0 && found.length < MAX_HEADLINE_LINES; i--) {
    const c = out[i];
    if (c.kind === 'heading') { found.push(i); continue; }
    // A caption with its photo credit (`职工们在比赛中（本报记者 边磊 摄）`) is no title.
    if (c.kind !== 'body' || !isTitleShaped(c.text) || !accept(c.text) || trailingCredit(c.text)) break;
    found.push(i);
  }
  while (found.length) {
    const top = found[found.length - 1];
    const above = out[top - 1];
    if (out[top].kind === 'body' && above && runsOn(above)) found.pop();
    else break;
  }
  return found;
}

/** Whether the text of this line may run on into the next: a body line, or a dateline's lead, cut mid-sentence. */
function runsOn(line: ClassifiedLine): boolean {
  if (line.kind === 'body') return !endsParagraph(line.text);
  if (line.kind === 'dateline') {
    const rest = splitDateline(line.text)?.rest ?? '';
    return rest !== '' && !endsParagraph(rest);
  }
  return false;
}

/**
 * A paragraph ends with a full stop, a closing byline or photo credit
 * (`…尽心竭力。（特约记者 刘长青）`, `…心坎上。张晶 摄`), a source note in brackets
 * after a full stop or on a line of its own (`…。（区总工会供稿）`, `（区总工会 天水街道总工会）`),
 * or a jump to another page.
 */
export function endsParagraph(text: string): boolean {
  return endsSentence(text) || CONTINUED_TO.test(text) || SOURCE_NOTE.test(text) || trailingCredit(text) !== null;
}
const SOURCE_NOTE = /(?:^|[。！？!?…][”’」』]?)[（(][^（()）]{1,30}[）)]$/u;

/** Whether the line signs an article: a credit line, a closing byline, a paragraph closed by a credit. */
function signs(line: ClassifiedLine): boolean {
  if (line.kind === 'credit') return true;
  if (line.kind === 'dateline') return /^[（(].*[）)]$/u.test(line.text) && splitDateline(line.text)?.rest === '';
  return (line.kind === 'body' || line.kind === 'subhead') && trailingCredit(line.text) !== null;
}

const CLOSE = new Set(CLOSERS);

/**
 * The shape of a title line: short, no sentence end, no comma (a comma marks a
 * cut sentence), no open ending (`…向`, `…的`), not a caption (`图为…`), an
 * enumerated subhead (`一、…`) or a note in brackets (`（区总工会供稿）`).
 */
export function isShapeTitle(text: string): boolean {
  if (!isTitleShaped(text) || /[，,]/u.test(text) || CAPTION_START.test(text) || SUBHEAD_SHAPE.test(text)) return false;
  if (/^[（(].*[）)]$/u.test(text) || trailingCredit(text) || !balanced(text)) return false;
  let i = text.length - 1;
  while (i > 0 && CLOSE.has(text[i]!)) i--;
  return !OPEN_ENDINGS.has(text[i]!);
}

/**
 * Whether `next` starts afresh after `line`, instead of going on with it: it
 * opens with no closing mark, bound particle or one-character clause, and no
 * word runs across the two (`椿树街道总工会相关负` + `责人表示` is one word cut).
 */
export function startsAfresh(line: string, next: string): boolean {
  if (CLOSER_START.test(next) || BOUND_STARTS.has(next[0] ?? '') || continuationRule(next)) return false;
  // a number cut in two: `…于3月` + `5日召开`, `共计12` + `00余人`
  if (/(?:\d|\d[年月])$/u.test(line) && /^[\d\p{Script=Han}]/u.test(next) && (/\d$/u.test(line) ? true : /^\d/u.test(next))) return false;
  if (!opensLikeLead(next) && !startsWithDateline(next)) return false;
  // a few characters either side decide whether a word runs across
  const left = line.slice(-6);
  return !tokenize(left + next.slice(0, 6)).some((t) => t.start < left.length && t.end > left.length);
}

/** The first clause of a lead: see LEAD_CLAUSE_MAX_CHARS. */
function opensLikeLead(text: string): boolean {
  if (LEAD_QUOTE.test(text)) return true;
  const m = /[，,。；;：:、！？!?]/u.exec(text);
  const clause = m ? text.slice(0, m.index) : text;
  if (!balanced(clause, true)) return false;
  if (LEAD_TIME.test(clause.slice(0, 40))) return true;
  return !!m && /[，,]/u.test(m[0]) && visibleLength(clause) <= LEAD_CLAUSE_MAX_CHARS && !SAYING_END.test(clause);
}

/** Whether every pair opened in the text is closed (`closesOnly`: whether no pair is closed that was not opened). */
function balanced(text: string, closesOnly = false): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const c of text) {
      if (c === open) depth++;
      else if (c === close && --depth < 0) return false;
    }
    if (!closesOnly && depth > 0) return false;
  }
  return true;
}

/**
 * Article by article, the title-shaped lines that are no titles: an enumerated
 * subhead (`一、精心准备`) after a complete paragraph, a line too short for a
 * title between complete paragraphs, and a single shape title inside a
 * feature before anything closes it. A feature is an article signed by a
 * byline line under its title with no dateline (`□本报记者 孙立`), or one with
 * neither, under a display head of two lines or more (`辞旧岁 迎新春` / title),
 * whose one-paragraph lead runs into a title-shaped line (a news item is dated
 * or signed; a brief under a one-line title may be neither); once a feature has
 * a subhead, its later title-shaped lines are subheads too. A closing credit or
 * byline ends the feature.
 */
function markSubheads(out: ClassifiedLine[], set: (i: number, kind: Exclude<LineKind, 'heading'>, rule: LineRule) => void): void {
  let headed = false;
  let dated = false;
  let bylineTop = false;
  let closed = false;
  let paragraphs = 0;
  let withSubheads = false;
  /** Lines of the article's headline block: a feature has a display head of two or more (kicker and title). */
  let headLines = 0;
  let ended = true;
  for (const [i, l] of out.entries()) {
    if (l.kind === 'heading') {
      // A subhead is one line with no bullet: a block of kicker, title or subtitle heads an article.
      const alone = out[i - 1]?.kind !== 'heading' && out[i + 1]?.kind !== 'heading' && !TITLE_BULLETS.test(l.text);
      const feature = !dated && (withSubheads || (bylineTop && paragraphs >= 1) || (!bylineTop && paragraphs === 1 && headLines >= 2));
      if (l.byShape && alone && headed && !closed && feature) {
        set(i, 'subhead', 'subhead.feature');
        withSubheads = true;
        ended = true;
        continue;
      }
      if (out[i - 1]?.kind !== 'heading') {
        headed = true; dated = false; bylineTop = false; closed = false; paragraphs = 0; withSubheads = false; headLines = 0;
      }
      headLines++;
      ended = true;
    } else if (l.kind === 'dateline') {
      const split = splitDateline(l.text);
      const byline = split !== null && split.form !== 'dateline';
      if (!byline) dated = true;
      else if (paragraphs === 0) bylineTop = true;
      else closed = true;
      if (split?.rest) { paragraphs++; ended = endsParagraph(split.rest); }
    } else if (l.kind === 'credit') {
      closed = true;
      ended = true;
    } else if (l.kind === 'subhead') {
      if (trailingCredit(l.text)) closed = true;
      ended = true;
    } else if (l.kind === 'body') {
      if (ended && SUBHEAD_SHAPE.test(l.text) && isTitleShaped(l.text)) { set(i, 'subhead', 'subhead.enumerated'); continue; }
      // a short title-shaped line between complete paragraphs, too short for a title: `三十年如一日`
      const next = out[i + 1];
      if (ended && headed && isShapeTitle(l.text) && next?.kind === 'body' && startsAfresh(l.text, next.text)) {
        set(i, 'subhead', 'subhead.short');
        continue;
      }
      if (ended && !CLOSER_START.test(l.text)) paragraphs++;
      // a closing credit or source note (`…。（区总工会供稿）`) signs the item
      if (trailingCredit(l.text) || SOURCE_NOTE.test(l.text)) closed = true;
      ended = endsParagraph(l.text);
    }
  }
}

/**
 * A dateline cut by a column break, inside its bracket or right after the cue, is one line again:
 * `本报讯（记者 马超` + `通讯员 芦红光）近日…` -> `本报讯（记者 马超 通讯员 芦红光）近日…`;
 * `本报讯` + `（记者 马超）近日…` -> `本报讯 （记者 马超）近日…`.
 */
function mendCutDatelines(lines: PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let text = line.text;
    const cue = line.level === 0 ? firstCue(text) : null;
    const next = lines[i + 1]?.text ?? '';
    if (cue && ((/[（(][^）)]*$/u.test(text) && /^[^（(]{0,40}[）)]/u.test(next))
        || (cue[0].length === text.length && /^[（(][^）)]{0,40}[）)]/u.test(next)))) {
      text = `${text} ${next}`;
      i++;
    }
    out.push({ n: out.length, text, level: line.level });
  }
  return out;
}

/** The match of the first dateline cue that opens the line, if any. */
function firstCue(text: string): RegExpExecArray | null {
  for (const c of DATELINE_CUES) {
    const m = c.re.exec(text);
    if (m) return m;
  }
  return null;
}
