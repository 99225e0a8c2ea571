// Stage 1: a page's text -> its articles, by layout alone (no entity work).
//
// Lines are first classified (layout/headings.ts): slogan, headline line,
// dateline, credit, subhead or caption, body. Then one pass builds the articles:
//   - a run of headline lines opens an article; in it, leading banner-shaped
//     lines (`夏送清凉 工会行动`) are a section banner that reaches every article
//     below it until the next banner, a continued piece, or the page end;
//   - body text before any headline, or a paragraph that opens mid-sentence
//     (`下，系统学习…`), is a piece continued from another page: a fragment;
//   - a credit line, and a credit or byline closing a paragraph, belong to the item just above it;
//   - a subhead or a caption is a paragraph of its own, and so is a heading set
//     smaller than the article's title with its text right below;
//   - a body line that does not end a sentence runs on into the next body
//     line across blank lines (`…是` + `社会工作专业人才…`).
import {
  BANNER_SHAPE, CLOSER_START, COLUMN_TAG_CHARS, SUBHEAD_SHAPE, SUBTITLE_START, TITLE_BULLETS,
} from './lexicon/layout.ts';
import { classifyLines, endsParagraph, PHOTO_TEXT_LINES, type ClassifiedLine, type HeadingRule } from './layout/headings.ts';
import type { RuleId } from './rules.ts';
import { continuationRule, pageLines, visibleLength } from './layout/lines.ts';
import { parseCredit, splitDateline, trailingCredit, type DatelineSplit } from './layout/byline.ts';
import type { ArticleBlock } from './types.ts';

/** Stage 1: splits a page into article blocks. */
export function segmentPage(text: string): ArticleBlock[] {
  const lines = classifyLines(pageLines(text));
  const articles: ArticleBlock[] = [];
  let current: ArticleBlock | null = null;
  let section: string | null = null;
  /** Whether the last paragraph may still run on into the next body line. */
  let open = false;
  /** Heading level of the current article's main title (0: unmarked). */
  let titleLevel = 0;
  /** Whether the current article's dateline is a byline standing on its own line. */
  let bylineLine = false;

  const start = (a: ArticleBlock): ArticleBlock => { articles.push(a); open = false; return a; };
  const fragment = (rule: RuleId = 'article.continued'): ArticleBlock => {
    section = null; // a continued piece breaks the run of a section banner
    titleLevel = 0;
    return start(emptyBlock({ fragment: true, rule }));
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    switch (l.kind) {
      case 'slogan':
      case 'furniture':
        break;
      case 'heading': {
        let j = i;
        while (j + 1 < lines.length && lines[j + 1].kind === 'heading') j++;
        // The article's own subhead: `### 一、深化改革`, or one line set smaller than the
        // article's title with its text right below (`## 一线职工的“娘家人”` … `### 把职工的事当成自己的事`).
        // A photo item's caption title (`### 拔河赛场聚合力` / text / `本报记者 X 摄影报道`) opens an item of its own.
        const deeper = titleLevel > 0 && l.level > titleLevel && lines[i + 1]?.kind === 'body' && !opensPhotoItem(lines, i);
        if (j === i && current && !current.fragment && current.paragraphs.length && (SUBHEAD_SHAPE.test(l.text) || deeper)) {
          current.paragraphs.push(l.text);
          open = false;
          break;
        }
        const head = readHeadlineBlock(lines.slice(i, j + 1));
        if (head.section !== null) section = head.section;
        titleLevel = head.level;
        current = start(emptyBlock({ headline: head.headline, alt_titles: head.alt, section, rule: head.rule }));
        i = j;
        break;
      }
      case 'dateline': {
        const split = splitDateline(l.text)!;
        if (!split.rest && split.form !== 'dateline' && current && current.paragraphs.length > 0) {
          // A byline on its own line after the text signs the article above: `（记者 张晶）`.
          if (current.dateline === null) { current.dateline = split.dateline; current.datelineRules = datelineRules(split); }
          else current.credits.push(l.text);
          open = false;
          break;
        }
        // A byline on its own line between title and lead signs the article the dateline opens:
        // `天津市总工会举办…` / `□本报记者 赵宁` / `本报讯 近日，…` is one article.
        const bylineAbove = current && !current.fragment && current.paragraphs.length === 0 && current.dateline !== null
          && bylineLine && split.form === 'dateline';
        if (bylineAbove) {
          current!.credits.push(current!.dateline!);
        } else if (!current || current.dateline !== null || current.paragraphs.length > 0 || current.fragment) {
          current = start(emptyBlock({ section, rule: split.rule }));
        }
        current = current!;
        bylineLine = split.form === 'line';
        current.dateline = split.dateline;
        current.datelineRules = datelineRules(split);
        if (split.rest) {
          current.paragraphs.push(split.rest);
          // a lead may close with its photo credit as any paragraph may: `…图为比赛现场。王哲 摄`
          const credit = trailingCredit(split.rest);
          if (credit) current.credits.push(credit);
          open = !endsParagraph(split.rest);
        }
        break;
      }
      case 'subhead': {
        // a line of its own: a subhead (`4000余份慰问品送到一线职工手中`) or a caption with its credit
        if (!current) current = fragment();
        current.paragraphs.push(l.text);
        const credit = trailingCredit(l.text);
        if (credit) current.credits.push(credit);
        open = false;
        break;
      }
      case 'credit':
        if (!current) current = fragment();
        current.credits.push(l.text);
        open = false;
        break;
      case 'body': {
        if (!current) current = fragment();
        const paras = current.paragraphs;
        if ((open || CLOSER_START.test(l.text)) && paras.length) {
          paras[paras.length - 1] += l.text;
        } else if (paras.length && continuationRule(l.text) && !current.fragment) {
          current = fragment(continuationRule(l.text)!);
          current.paragraphs.push(l.text);
        } else {
          paras.push(l.text);
        }
        const credit = trailingCredit(l.text);
        if (credit) current.credits.push(credit);
        // `…（下转第2版）`: the article goes on elsewhere; the next line starts afresh.
        open = !endsParagraph(l.text);
        break;
      }
    }
  }
  return articles;
}

/** A dateline's opener and the rule that reads its brackets, or a byline's form. */
const datelineRules = (split: DatelineSplit): RuleId[] => (split.form === 'dateline' ? [split.rule, 'byline.dateline'] : [split.rule]);

/** A line of at most COLUMN_TAG_CHARS over one half as long again. */
const isColumnTag = (tag: string, title: string): boolean =>
  visibleLength(tag) <= COLUMN_TAG_CHARS && visibleLength(title) * 2 >= visibleLength(tag) * 3;

/** True when a photo-item credit (`… 摄影报道`) closes the few lines of text right below line `i`. */
function opensPhotoItem(lines: ClassifiedLine[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + PHOTO_TEXT_LINES + 1; k++) {
    const l = lines[k]!;
    if (l.kind === 'credit') return parseCredit(l.text)?.photoItem ?? false;
    if (l.kind !== 'body') return false;
  }
  return false;
}

/** A title without the bullet some pages set before it: `■ 上门义诊` -> `上门义诊`. */
const bare = (title: string): string => title.replace(TITLE_BULLETS, '').trim();

function emptyBlock(p: Partial<ArticleBlock> & Pick<ArticleBlock, 'rule'>): ArticleBlock {
  return {
    headline: null, alt_titles: [], section: null, dateline: null, credits: [], paragraphs: [], fragment: false,
    ...p,
  };
}

/**
 * The titles of one headline block:
 *   [`夏送清凉 工会行动`, `朝阳区总工会启动“夏送清凉”慰问活动`, `## 为职工打造…`]
 *   -> section `夏送清凉 工会行动`, headline `为职工打造…`, the rest alt titles.
 * The main title is the marked line of the highest level (fewest `#`); with no
 * marks, the middle line of kicker / title / subtitle, or the first of two
 * (a line opening with a dash is a subtitle).
 */
export function readHeadlineBlock(block: ClassifiedLine[]): { headline: string | null; alt: string[]; section: string | null; level: number; rule: HeadingRule } {
  let k = 0;
  while (k < block.length - 1 && BANNER_SHAPE.test(bare(block[k].text))) k++;
  const section = k > 0 ? block[k - 1].text : null;
  const titles = block.slice(k);
  const marked = titles.filter((t) => t.level > 0);
  // A dash opens a subtitle (`——记北京市劳动模范张晶`), never the main title.
  const plain = titles.filter((t) => !SUBTITLE_START.test(t.text));
  const pool = plain.length ? plain : titles;
  let main: ClassifiedLine;
  if (marked.length) main = marked.reduce((a, b) => (b.level < a.level ? b : a));
  else if (pool.length >= 3) main = pool[1];
  // Of two unmarked lines a short tag over a longer line is a column name or a
  // kicker (`我为职工办实事` / `市建筑工会到副中心站交通枢纽工程慰问`); else the
  // first is the title and the second its subtitle.
  else if (pool.length === 2 && isColumnTag(pool[0].text, pool[1].text)) main = pool[1];
  else main = pool[0];
  return {
    headline: bare(main.text),
    // a title line printed twice is one title
    alt: [...new Set(block.filter((t) => t !== main).map((t) => bare(t.text)))].filter((t) => t !== bare(main.text)),
    section: section && bare(section),
    level: main.level,
    rule: main.heading ?? 'heading.marked',
  };
}
