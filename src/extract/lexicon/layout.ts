// Layout cues of union-newspaper pages, kept as data so that the segmenter's
// rules read as "which cue, why" and can grow without touching the code.

import { page } from './examples.ts';

/** A line ending in one of these ends a sentence: `保考试公平公正。` */
export const SENTENCE_FINAL = '。！？!?…；;：:';

/** Closers that may follow a sentence-final mark: `……传递关爱。”` still ends the sentence. */
export const CLOSERS = '”’」』）)》〉】"\'';

/**
 * Openers of a dateline. `本报讯（记者 张晶）近日，…`, `本报北京1月5日电（记者 …）`,
 * `新华社北京1月5日电`. The id travels with the block for tracing.
 */
const DATELINE_TABLE = [
  { id: 'dateline.own', re: /^(?:本报讯|本刊讯|本网讯)/u, why: 'the paper\'s own report opens with 本报讯',
    example: page('## 区总工会举办培训', '本报讯（记者 孙立）近日，西城区总工会举办工会干部培训。') },
  { id: 'dateline.own-dated', re: /^本[报刊网][\p{Script=Han}\d]{1,10}[电讯]/u, why: 'the paper\'s own dispatch with its place and day (`本报北京1月5日电`)',
    example: page('## 区总工会举办培训', '本报北京3月5日电（记者 孙立）近日，西城区总工会举办工会干部培训。') },
  { id: 'dateline.agency', re: /^(?:新华社|中新社|人民网|新华网)[\p{Script=Han}\d]{0,10}电/u, why: 'a news agency\'s dispatch (`新华社北京1月5日电`)',
    example: page('## 职工技能大赛举行', '新华社北京3月5日电（记者 孙立）全国职工技能大赛日前举行。') },
  // `中工网讯`, `工人日报-中工网讯`, `劳动报3月5日讯`
  { id: 'dateline.paper', re: /^(?:[\p{Script=Han}]{2,8}(?:报|网|刊|台)[-－—·]?){1,3}(?:\d{1,2}月\d{1,2}日)?讯/u,
    why: 'another paper\'s or site\'s report (`中工网讯`, `劳动报3月5日讯`)',
    example: page('## 职工技能大赛举行', '中工网讯（记者 孙立）近日，上海市职工技能大赛举行。') },
] as const satisfies ReadonlyArray<{ id: string; re: RegExp; why: string; example: string }>;
export type DatelineCueId = (typeof DATELINE_TABLE)[number]['id'];
export const DATELINE_CUES: ReadonlyArray<{ id: DatelineCueId; re: RegExp; why: string; example: string }> = DATELINE_TABLE;

/**
 * Role words of bylines, a small grammar: an optional house prefix, an
 * optional qualifier, a head. `记者`, `本报记者`, `特约记者`, `本报见习记者`,
 * `全媒体记者`, `本报特约通讯员`, `实习生`. The role is the qualifier's where it
 * has one (`见习` makes an intern, `摄影` a photographer), else the head's.
 */
type ByLineRole = 'reporter' | 'intern_reporter' | 'correspondent' | 'photographer';
const ROLE_PREFIXES = ['', '本报', '本刊', '本网', '本台'];
const ROLE_QUALIFIERS: ReadonlyArray<{ word: string; role: ByLineRole | null }> = [
  { word: '', role: null },
  { word: '实习', role: 'intern_reporter' },
  { word: '见习', role: 'intern_reporter' },
  { word: '摄影', role: 'photographer' },
  { word: '特约', role: null },
  { word: '特派', role: null },
  { word: '首席', role: null },
  { word: '高级', role: null },
  { word: '驻站', role: null },
  { word: '全媒体', role: null },
  { word: '融媒体', role: null },
];
const ROLE_HEADS: ReadonlyArray<{ word: string; role: ByLineRole; qualified: boolean }> = [
  { word: '记者', role: 'reporter', qualified: true },
  { word: '通讯员', role: 'correspondent', qualified: true },
  { word: '实习生', role: 'intern_reporter', qualified: false },
];

/** Every role word the grammar makes, longest first so `实习记者` wins over `记者`. */
export const BYLINE_ROLES: ReadonlyArray<{ word: string; role: ByLineRole }> = ROLE_PREFIXES.flatMap((p) =>
  ROLE_HEADS.flatMap((h) => (h.qualified ? ROLE_QUALIFIERS : ROLE_QUALIFIERS.slice(0, 1))
    // a photographer is `摄影记者`, never `摄影通讯员`
    .filter((q) => !(q.role === 'photographer' && h.role !== 'reporter'))
    .map((q) => ({ word: p + q.word + h.word, role: (h.role === 'reporter' && q.role) || h.role }))))
  .sort((a, b) => b.word.length - a.word.length);

/**
 * The same grammar as one pattern, to match role words in text (a pattern of
 * three parts instead of an alternation of every word): prefix, qualifier, head.
 */
export const BYLINE_ROLE_PATTERN = (() => {
  const alt = (ws: string[]) => ws.filter(Boolean).join('|');
  const prefix = `(?:${alt(ROLE_PREFIXES)})?`;
  const reporterQ = `(?:${alt(ROLE_QUALIFIERS.map((q) => q.word))})?`;
  const otherQ = `(?:${alt(ROLE_QUALIFIERS.filter((q) => q.role !== 'photographer').map((q) => q.word))})?`;
  const heads = ROLE_HEADS.map((h) => (h.qualified ? `${h.role === 'reporter' ? reporterQ : otherQ}${h.word}` : h.word));
  return `${prefix}(?:${heads.join('|')})`;
})();

/**
 * A media name written before the role word of another paper's byline:
 * `北京日报记者`, `工人日报-中工网记者`, `人民日报-人民网记者`, `新华社记者`,
 * `区融媒体中心记者`. It ends in a head noun of a news body (报, 网, 台, 社,
 * 刊, 杂志, 客户端, 融媒体中心, 新闻中心); several are joined by a dash or a dot.
 * The byline keeps only the role and the names.
 */
export const MEDIA_NAME = '[\\p{Script=Han}]{1,12}?(?:报社|报|网|电视台|广播电台|台|社|周刊|刊|杂志|客户端|融媒体中心|新闻中心)';
export const MEDIA_JOINERS = '[-－—–·・、/／]';

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
 * Longest phrase of a kicker or banner of set phrases (`辞旧岁 迎新春`, `守望相助 紧急驰援`,
 * `夏送清凉 工会行动`): at the page top over a title such a line is the title's kicker,
 * while a slogan's phrases are longer (`弘扬劳模精神 建功新时代`).
 */
export const KICKER_PHRASE_CHARS = 4;

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
const CONTINUATION_TABLE = [
  { id: 'continued.one-char-clause', re: /^[\p{Script=Han}][，,、；;]/u, why: 'one character and a comma end a sentence begun elsewhere',
    example: page('## 区总工会举办培训', '本报讯 近日，西城区总工会举办工会干部培训。', '下，职工们认真学习了操作规程。') },
  { id: 'continued.bound-suffix', re: /^们/u, why: '们 cannot open a sentence: it ends a word begun elsewhere',
    example: page('## 区总工会举办培训', '本报讯 近日，西城区总工会举办工会干部培训。', '们纷纷表示收获很大。') },
  { id: 'continued.marker', re: /^[（(]\s*上接(?:第)?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]/u, why: '`（上接第1版）` opens a piece continued from another page',
    example: page('## 区总工会举办培训', '本报讯 近日，西城区总工会举办工会干部培训。', '（上接第1版）区总工会还将举办职工运动会。') },
] as const satisfies ReadonlyArray<{ id: string; re: RegExp; why: string; example: string }>;
export type ContinuationId = (typeof CONTINUATION_TABLE)[number]['id'];
export const CONTINUATION_STARTS: ReadonlyArray<{ id: ContinuationId; re: RegExp; why: string; example: string }> = CONTINUATION_TABLE;

/**
 * Page furniture that belongs to no article: the editor line and the dated
 * page header. `责任编辑：张晶 美术编辑：王哲`, `2024年6月5日 星期三 第3版`.
 */
export const PAGE_FURNITURE = [
  { id: 'furniture.editors', re: /^(?:责任编辑|责编|美术编辑|美编|版式设计|版式|校对|编辑|视觉设计)\s*[:：]/u },
  { id: 'furniture.page-header', re: /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天](?:\s*第?\s*\d+\s*版.*)?$/u },
  { id: 'furniture.page-number', re: /^(?:第\s*\d+\s*版|\d+\s*版)(?:\s|$)/u },
] as const satisfies ReadonlyArray<{ id: string; re: RegExp }>;

/** `（上接第1版）` opens a piece continued from another page; `（下转第2版）` ends one that continues there. */
export const CONTINUED_FROM = /^[（(]\s*上接(?:第)?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]/u;
export const CONTINUED_TO = /[（(]\s*下转(?:第)?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]$/u;

/**
 * A marked heading of this shape inside an article is one of its own
 * subheads (`### 一、深化改革`), not the title of a new article.
 */
export const SUBHEAD_SHAPE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))/u;

/** Marks that may stand before a byline on its own line: `□本报记者 张晶`, `文/本报记者 张晶`. */
export const BYLINE_PREFIX = /^(?:[□■◎●○◇◆]\s*|文字?\s*[/／:：]\s*|[（(](?=.*[）)]$))/u;

/**
 * Shortest line that may open an article by its shape alone, standing between
 * complete paragraphs (shorter ones are an article's own subheads: `精心准备`).
 */
export const MIN_SHAPE_TITLE_CHARS = 8;
/** Shortest such line right after a signature, where the article above has ended: `暖心驿站`. */
export const MIN_SIGNED_TITLE_CHARS = 4;

/**
 * Characters a title never ends with: particles, prepositions and conjunctions
 * that leave a phrase open (`…向`, `…的`, `…和`). A line ending in one was cut
 * at a column break: `在该集团总装公司现场慰问组一行向` + `负责人询问…`.
 */
export const OPEN_ENDINGS = new Set([...'的了着地得和与及或并而在向对把被将为从给让使于以之其这那是也都就还又才所由跟同比至往朝、：:—-']);

/**
 * Characters a paragraph never opens with: bound particles and conjunctions
 * that need a word before them (`的`, `了`, `们`, `和`, `等`). A line opening
 * with one goes on the line above.
 */
export const BOUND_STARTS = new Set([...'的了着过们地得和与及或并而等之所于也都就还又才吗呢吧啊']);

/**
 * The shape of a paragraph's first clause, where a lead opens: short and closed
 * by a comma (`近日，`, `春日的午后，`, `为丰富园区职工文体生活,`), or saying when
 * (a lead says when: `北京工商大学工会近日联合…`, `1月7日晚上`), or a quote (`“有烦心事…”`).
 * Text going on from a cut line opens otherwise: `书记、副主任，…`, `汇报了…情况。`.
 */
export const LEAD_CLAUSE_MAX_CHARS = 12;
export const LEAD_TIME = /近日|日前|近期|连日来|近来|近年|今年|去年|年初|年底|年末|岁末|前夕|之际|期间|昨天|昨日|今天|今日|前天|当天|当日|次日|上午|下午|午后|晚上|当晚|傍晚|清晨|今晨|凌晨|中午|夜里|上周|本周|月初|月底|[\d一二三四五六七八九十〇]{1,4}(?:年|月|日|号)/u;
export const LEAD_QUOTE = /^[“"「『]/u;
/**
 * A short first clause that ends in a verb of saying is no lead's opening: its
 * subject stands on the line above, cut off (`房山区总工会相关` / `负责人表示，…`).
 */
export const SAYING_END = /(?:表示|指出|强调|介绍|认为|说|称|谈到|坦言|告诉记者|透露|感慨|笑着说)$/u;

/** Marks that open a pair; a title closes every pair it opens (`根据《北京市…管理` was cut). */
export const PAIRS: ReadonlyArray<readonly [string, string]> = [['“', '”'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」'], ['『', '』'], ['【', '】']];

/**
 * A photo caption inside an article is no title: `图为职工在比赛中`,
 * `▲职工们在插花课堂上`, `上图：…`, `（图片由区总工会提供）`.
 */
export const CAPTION_START = /^(?:图为|图中|图片|[上下左右中]图[：:为]?|组图|▲|△|↑|↓|[（(]图)/u;

/** Longest column name or kicker that stands over a main title of two unmarked title lines: `我为职工办实事`. */
export const COLUMN_TAG_CHARS = 8;

/** A subtitle line opens with a dash: `——记北京市劳动模范张晶`. */
export const SUBTITLE_START = /^[—－-]{1,2}/u;

/** Bullets that set a title apart on any page (`■ 上门义诊`); `▲`, `△` mark captions. */
export const HEADING_BULLET = /^[■□◆◇●○★☆◎▶►]+\s*/u;

/** Bullets set before a title or a dateline on some pages: `■ 上门义诊`, `■本报讯（记者 张晶）`. */
export const TITLE_BULLETS = /^[■□◆◇●○▲△★☆◎▶►]+\s*/u;
