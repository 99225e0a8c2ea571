// Which lines of a page are headline lines. A line is a headline line when
//   - it is marked (`#`, `##`, `###`) and is not the page's slogan, or
//   - it is title-shaped and stands in the few lines right above a dateline
//     (pages with no marks: `密云太师屯镇总工会举办春季招聘会` / `本报讯（记者 王路曼）…`), or
//   - it is the caption title of a photo item: title-shaped, then a short text,
//     then a `摄影报道` credit (`上门义诊` / `近日，…` / `本报记者 边磊 摄影报道`), or
//   - on a page with no marks, it stands alone above a news lead (`近日，…`).
import {
  DATELINE_CUES, LEAD_OPENERS, MAX_HEADLINE_LINES, MIN_LEAD_TITLE_CHARS, PAGE_FURNITURE, PAGE_SLOGAN_SHAPE,
  SHORT_SLOGAN_SHAPE,
} from '../lexicon/layout.ts';
import { endsSentence, isTitleShaped, visibleLength, type PageLine } from './lines.ts';
import { parseCredit, startsWithDateline, trailingCredit } from './byline.ts';

export type LineKind = 'slogan' | 'furniture' | 'heading' | 'dateline' | 'credit' | 'body';

export interface ClassifiedLine extends PageLine {
  kind: LineKind;
  /** Id of the rule that decided the kind, for tracing. */
  rule: string;
}

/** How far above a photo credit its caption title may stand, in lines. */
const PHOTO_TEXT_LINES = 3;

export function classifyLines(page: PageLine[]): ClassifiedLine[] {
  const lines = mendCutDatelines(page);
  const out: ClassifiedLine[] = lines.map((l) => ({ ...l, kind: 'body', rule: 'body' }));
  const set = (i: number, kind: LineKind, rule: string) => { out[i].kind = kind; out[i].rule = rule; };

  for (const [i, l] of out.entries()) {
    const furniture = PAGE_FURNITURE.find((f) => f.re.test(l.text));
    if (furniture) set(i, 'furniture', furniture.id);
    else if (parseCredit(l.text)) set(i, 'credit', 'credit.photo');
    else if (startsWithDateline(l.text)) set(i, 'dateline', 'dateline');
    else if (l.level > 0) set(i, 'heading', 'heading.marked');
  }
  // The slogan across the top of the page is the first line, above the first title.
  const first = out.find((l) => l.kind !== 'furniture');
  const next = first && out[first.n + 1];
  if (first && next && first.kind !== 'dateline' && PAGE_SLOGAN_SHAPE.test(first.text)
      && !startsWithDateline(next.text)) set(first.n, 'slogan', 'slogan.page-top');

  // Unmarked title lines right above a dateline.
  for (const [d, l] of out.entries()) {
    if (l.kind !== 'dateline') continue;
    for (const i of titlesAbove(out, d)) if (out[i].kind === 'body') set(i, 'heading', 'heading.above-dateline');
  }

  // Photo items: caption title, up to a few lines of text, a `摄影报道` credit.
  // The title is the lowest title-shaped line that starts afresh (the text
  // above it ends a sentence or an item), so a caption text cut in two is passed over.
  for (const [c, l] of out.entries()) {
    if (l.kind !== 'credit' || !parseCredit(l.text)?.photoItem) continue;
    for (let i = c - 2; i >= 0 && c - i <= PHOTO_TEXT_LINES + 1; i--) {
      const t = out[i];
      if (t.kind !== 'body') break;
      const above = out[i - 1];
      if (isTitleShaped(t.text) && (!above || above.kind !== 'body' || endsSentence(above.text))) {
        set(i, 'heading', 'heading.photo-caption');
        break;
      }
    }
  }
  // Pages with no marks: title lines standing above a news lead (`近日，…`).
  if (!out.some((l) => l.level > 0)) {
    for (const [d, l] of out.entries()) {
      const above = out[d - 1];
      // A comma marks a cut sentence more often than a title, so lead titles have none.
      if (l.kind !== 'body' || !LEAD_OPENERS.test(l.text) || !above || above.kind !== 'body'
          || visibleLength(above.text) < MIN_LEAD_TITLE_CHARS || /[，,]/u.test(above.text)) continue;
      for (const i of titlesAbove(out, d, (t) => !/[，,]/u.test(t))) if (out[i].kind === 'body') set(i, 'heading', 'heading.above-lead');
    }
  }
  // A page's first line of short phrases is its slogan, over a continued piece
  // (`弘扬劳模精神 建功新时代` / `作，全国劳动模范…` -> slogan, fragment) or over a
  // title; it is a title only right above a dateline or a news lead, and a
  // banner set smaller than the top level (`### 夏送清凉 工会行动`) heads a section.
  const after = first && out[first.n + 1];
  if (first && after && (first.kind === 'heading' || first.kind === 'body') && SHORT_SLOGAN_SHAPE.test(first.text)
      && ((after.kind === 'heading' && first.level <= 1) || (after.kind === 'body' && !LEAD_OPENERS.test(after.text)))) {
    set(first.n, 'slogan', 'slogan.page-top-short');
  }
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
    if (out[top].kind === 'body' && above && above.kind === 'body' && !endsSentence(above.text)) found.pop();
    else break;
  }
  return found;
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
    const cue = line.level === 0 ? DATELINE_CUES.map((c) => c.re.exec(text)).find(Boolean) : null;
    const next = lines[i + 1]?.text ?? '';
    if (cue && ((/[（(][^）)]*$/u.test(text) && /^[^（(]{0,40}[）)]/u.test(next))
        || (cue[0].length === text.length && /^[（(][^）)]{0,40}[）)]/u.test(next)))) {
      text = `${text} ${next}`;
      i++;
    }
    out.push({ ...line, text, n: out.length });
  }
  return out;
}
