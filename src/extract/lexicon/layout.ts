// Layout cues of union-newspaper pages, kept as data so that the segmenter's
// rules read as "which cue, why" and can grow without touching the code.

/** A line ending in one of these ends a sentence: `保考试公平公正。` */
export const SENTENCE_FINAL = '。！？!?…；;：:';

/** Closers that may follow a sentence-final mark: `……传递关爱。”` still ends the sentence. */
export const CLOSERS = '”’」』）)》〉】"\'';

/**
 * Openers of a dateline. `本报讯（记者 张晶）近日，…`, `本报北京1月5日电（记者 …）`,
 * `新华社北京1月5日电`. The id travels with the block for tracing.
 */
export const DATELINE_CUES: ReadonlyArray<{ id: string; re: RegExp }> = [
  { id: 'dateline.own', re: /^(?:本报讯|本刊讯|本网讯)/u },
  { id: 'dateline.own-dated', re: /^本报[\p{Script=Han}\d]{1,10}电/u },
  { id: 'dateline.agency', re: /^(?:新华社|中新社|人民网|新华网)[\p{Script=Han}\d]{0,10}电/u },
  { id: 'dateline.paper', re: /^[\p{Script=Han}]{2,8}(?:报|网|刊)讯/u },
];

/**
 * Role words of bylines, longest first so `实习记者` wins over `记者`.
 * `本报记者 边磊` and `记者 边磊` are both reporters.
 */
export const BYLINE_ROLES: ReadonlyArray<{ word: string; role: 'reporter' | 'intern_reporter' | 'correspondent' | 'photographer' }> = [
  { word: '本报实习记者', role: 'intern_reporter' },
  { word: '本报见习记者', role: 'intern_reporter' },
  { word: '本报摄影记者', role: 'photographer' },
  { word: '本报特约记者', role: 'reporter' },
  { word: '本报特约通讯员', role: 'correspondent' },
  { word: '本报通讯员', role: 'correspondent' },
  { word: '特约通讯员', role: 'correspondent' },
  { word: '本报记者', role: 'reporter' },
  { word: '实习记者', role: 'intern_reporter' },
  { word: '实习生', role: 'intern_reporter' },
  { word: '见习记者', role: 'intern_reporter' },
  { word: '摄影记者', role: 'photographer' },
  { word: '特约记者', role: 'reporter' },
  { word: '首席记者', role: 'reporter' },
  { word: '通讯员', role: 'correspondent' },
  { word: '记者', role: 'reporter' },
];

/**
 * Endings of a photo credit line; every name on such a line is a photographer:
 * `本报记者 边磊 摄影报道`, `实习记者 曹立栋 摄`.
 */
export const PHOTO_CREDIT_ENDINGS = ['摄影报道', '摄影', '摄'] as const;

/** A credit with one of these endings closes a stand-alone photo item (caption title, text, credit). */
export const PHOTO_ITEM_ENDINGS = ['摄影报道'] as const;

/** Longest line, in characters without spaces, that can still be a title line. */
export const MAX_TITLE_CHARS = 42;

/** How many title lines a headline block holds at most: banner, kicker, title, subtitle. */
export const MAX_HEADLINE_LINES = 4;

/**
 * A section banner is one to three short set phrases, e.g. `夏送清凉`,
 * `夏送清凉 工会行动`, `寒冬送暖 工会行动`, standing above a headline.
 */
export const BANNER_SHAPE = /^[\p{Script=Han}]{2,6}(?: [\p{Script=Han}]{2,6}){0,2}$/u;

/**
 * The slogan across the top of a page (`深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面`)
 * is two or more long phrases; it titles no article.
 */
export const PAGE_SLOGAN_SHAPE = /^[\p{Script=Han}\d“”]{6,}(?:[ \u3000]+[\p{Script=Han}\d“”]{6,})+$/u;

/**
 * Any two or more short phrases apart, with no sentence punctuation:
 * `弘扬劳模精神 建功新时代`. As the page's first line over a paragraph that is
 * no news lead (a piece continued from another page: `作，全国劳动模范…`) it is
 * the page slogan whatever its wording, never a title.
 */
export const SHORT_SLOGAN_SHAPE = /^[\p{Script=Han}\d“”]{2,}(?:[ \u3000]+[\p{Script=Han}\d“”]{2,})+$/u;

/**
 * A line opening with a closing mark can only go on the line above, even one
 * that ends a sentence: `…贡献一份力量。` + `”职工说` is one paragraph cut at a column break.
 */
export const CLOSER_START = /^[，,。、；;：:）)》」』”’]/u;

/**
 * A paragraph that opens like the middle of a sentence, after a paragraph that
 * ends one, is a piece continued from another page: `下，系统学习无人机操控原理…`
 * (one character then a comma).
 */
export const CONTINUATION_STARTS: ReadonlyArray<{ id: string; re: RegExp }> = [
  { id: 'continued.one-char-clause', re: /^[\p{Script=Han}][，,、；;]/u },
  { id: 'continued.bound-suffix', re: /^们/u },
  { id: 'continued.marker', re: /^[（(]\s*上接(?:第)?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]/u },
];

/**
 * Page furniture that belongs to no article: the editor line and the dated
 * page header. `责任编辑：张晶 美术编辑：王哲`, `2024年6月5日 星期三 第3版`.
 */
export const PAGE_FURNITURE: ReadonlyArray<{ id: string; re: RegExp }> = [
  { id: 'furniture.editors', re: /^(?:责任编辑|责编|美术编辑|美编|版式设计|版式|校对|编辑|视觉设计)\s*[:：]/u },
  { id: 'furniture.page-header', re: /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天](?:\s*第?\s*\d+\s*版.*)?$/u },
  { id: 'furniture.page-number', re: /^(?:第\s*\d+\s*版|\d+\s*版)(?:\s|$)/u },
];

/** `（上接第1版）` opens a piece continued from another page; `（下转第2版）` ends one that continues there. */
export const CONTINUED_FROM = /^[（(]\s*上接(?:第)?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]/u;
export const CONTINUED_TO = /[（(]\s*下转(?:第)?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]$/u;

/**
 * A marked heading of this shape inside an article is one of its own
 * subheads (`### 一、深化改革`), not the title of a new article.
 */
export const SUBHEAD_SHAPE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))/u;

/** Marks that may stand before a byline on its own line: `□本报记者 张晶`, `文/本报记者 张晶`. */
export const BYLINE_PREFIX = /^(?:[□■◎●○◇◆]\s*|文\s*[/／]\s*|[（(](?=.*[）)]$))/u;

/**
 * The first words of a news lead. On a page with no heading marks, a title
 * line standing alone above a paragraph that opens with one starts an
 * article even without a dateline: `上门义诊` / `近日，北京建博海公司工会…`,
 * `北京工商大学工会近日联合…`, `为丰富园区职工文体生活,…`.
 */
export const LEAD_OPENERS = /^(?:近日|日前|连日来|近期|今年以来|\d{1,2}月\d{1,2}日|记者(?:近日)?从|[^，,。]{2,20}(?:近日|日前)|为了?[^，,。]{2,20}[，,])/u;

/** Shortest title that may open an article on the strength of a news lead alone (shorter ones are subheads). */
export const MIN_LEAD_TITLE_CHARS = 8;

/** A subtitle line opens with a dash: `——记北京市劳动模范张晶`. */
export const SUBTITLE_START = /^[—－-]{1,2}/u;

/** Bullets set before a title or a dateline on some pages: `■ 上门义诊`, `■本报讯（记者 张晶）`. */
export const TITLE_BULLETS = /^[■□◆◇●○▲△★☆◎▶►]+\s*/u;
