import { describe, expect, it } from 'vitest';
import {
  findActivityDate, findDateMentions, findIssue, issueFromPath, parseHeaderLine, readNumber,
} from '../../src/extract/dates.ts';
import { DATE_RULES, DATE_SKIPS, PATH_DATES } from '../../src/extract/lexicon/dates.ts';
import { extractPage } from '../../src/extract/pipeline.ts';
import type { ArticleBlock } from '../../src/extract/types.ts';
import { block } from './handMentions.ts';

const dated = (paragraphs: string[], dateline: string | null = null): ArticleBlock => ({ ...block(paragraphs, '标题'), dateline });
const dateOf = (lead: string | string[], issue: string | null, dateline: string | null = null) =>
  findActivityDate(dated(Array.isArray(lead) ? lead : [lead], dateline), issue).date;

describe('every date rule matches its own example', () => {
  it.each(DATE_RULES.map((r) => [r.id, r.example] as const))('%s: %s', (id, example) => {
    const ms = findDateMentions(example, 0, { y: 2024, m: 1, d: 3 });
    expect(ms.map((m) => [m.rule, m.text])).toEqual([[id, example]]);
  });
  it.each(DATE_SKIPS.map((r) => [r.id, r.example] as const))('%s: %s', (id, example) => {
    expect(findDateMentions(example, 0, { y: 2024, m: 1, d: 3 }).map((m) => m.skip)).toContain(id);
  });
  it.each(PATH_DATES.map((r) => [r.id, r.example] as const))('%s: %s', (id, example) => {
    expect(issueFromPath(example)?.rule).toBe(id);
  });
});

// [lead paragraph, issue date, expected activity date]: GUIDELINE.md, "Dates".
const activityRows: [string, string | null, string | null][] = [
  // Absolute dates: the day as written, with or without an issue.
  ['2024年1月31日，区总工会在职工之家举办新春联欢会。', '2024-02-01', '2024-01-31'],
  ['2023年12月28日上午，市总工会召开基层工会干部座谈会。', null, '2023-12-28'],
  ['二〇二四年一月五日，街道总工会走访慰问困难职工。', '2024-01-06', '2024-01-05'],
  // A month and day take the year nearest the issue, across a new year both ways.
  ['12月28日，区总工会党组书记带队走访慰问一线环卫工人。', '2024-01-03', '2023-12-28'],
  ['1月2日，市总工会将在劳动人民文化宫举办新春游园会。', '2023-12-30', '2024-01-02'],
  ['5月18日，市建筑工会召开职工小家建设交流会。', '2017-05-22', '2017-05-18'],
  ['2月29日，园区工会组织职工开展健步走活动。', '2024-03-01', '2024-02-29'],
  // No issue date: a month and day give no day.
  ['1月14日，北京市建筑工会来到工程建设者之家开展慰问。', null, null],
  ['昨天，区总工会主席一行到企业看望慰问一线职工。', null, null],
  // Relative days count from the issue.
  ['昨天，全总慰问团来到副中心工地看望建设者。', '2017-01-23', '2017-01-22'],
  ['昨日，区总工会举办职工技能大赛颁奖仪式。', '2024-03-01', '2024-02-29'],
  ['昨天，市总工会为快递小哥送上新春礼包。', '2023-03-01', '2023-02-28'],
  ['今天上午，职工职业技能竞赛决赛在北京开幕。', '2024-05-10', '2024-05-10'],
  ['前天，街道工会联合社区开展义诊活动。', '2024-01-01', '2023-12-30'],
  ['前日，镇总工会慰问了坚守岗位的供暖职工。', '2024-01-26', '2024-01-24'],
  // Days of the week: weeks start on Monday.
  ['上周五，区总工会举办青年职工联谊会。', '2024-03-04', '2024-03-01'],
  ['上周五，区总工会举办青年职工联谊会。', '2024-03-03', '2024-02-23'],
  ['上周五，工会干部培训班在区委党校开班。', '2024-01-03', '2023-12-29'],
  ['本周二，市总工会召开劳模工匠座谈会。', '2024-01-05', '2024-01-02'],
  ['周六，区总工会组织职工到园区参加健步走活动。', '2024-01-08', '2024-01-06'],
  ['下周一，市总工会将启动“两节”送温暖活动。', '2024-01-05', '2024-01-08'],
  ['本月28日，全市职工技能大赛将在亦庄开幕。', '2024-02-20', '2024-02-28'],
  ['明天，区总工会将举办新春游园会。', '2023-12-31', '2024-01-01'],
  // A range gives its first day.
  ['7月1日至3日，市总工会举办职工足球联赛。', '2023-07-05', '2023-07-01'],
  ['7月1至3日，市总工会举办职工足球联赛。', '2023-07-05', '2023-07-01'],
  ['12月30日至1月2日，园区工会组织职工开展迎新年系列活动。', '2024-01-03', '2023-12-30'],
  ['今年1至3月，区总工会开展职工技能培训20期。', '2024-04-10', '2024-01'],
  ['1月14日至1月20日期间，开发区总工会慰问小组走访了30家企业。', '2020-01-23', '2020-01-14'],
  ['2023年12月28日—30日，全市职工技能大赛在顺义举行。', '2024-01-02', '2023-12-28'],
  // A month only.
  ['今年3月，区总工会启动职工心理健康服务月活动。', '2024-04-10', '2024-03'],
  ['1月份，街道总工会为辖区快递员送去暖心包。', '2024-02-05', '2024-01'],
  ['12月，市总工会开展送温暖活动。', '2024-01-10', '2023-12'],
  ['2023年12月，市金融工会启动元旦春节送温暖活动。', '2024-01-10', '2023-12'],
  ['上个月，区总工会为一线职工送去防暑用品。', '2024-08-02', '2024-07'],
  // No day: the issue date is only an upper bound.
  ['近日，区总工会推出五项举措助力大气污染防治。', '2017-10-24', null],
  ['日前，由开发区主办的外企职工运动会举行。', '2013-09-24', null],
  ['连日来，市总工会职工服务中心走进企业开展送温暖行动。', '2024-01-26', null],
  ['近期，望京街道总工会启动职工子女寒假托管班。', '2024-02-01', null],
  ['区总工会于近期启动职工子女寒假托管班。', '2024-02-01', null],
  ['职工健步走活动上周举行，1700余名职工参加。', '2022-09-19', null],
  ['区总工会为困难职工家庭送去米面油等慰问品。', '2024-01-20', null],
  // The first date that can date the event; quotations, deadlines and years alone are passed over.
  ['“这是我在项目上的第一张工作照，3月5日我就回家了。”1月31日，来自项目部的职工拿到了微笑照。', '2024-02-01', '2024-01-31'],
  ['截至12月31日，区总工会已发放慰问金20万元；1月3日，慰问组来到环卫所。', '2024-01-05', '2024-01-03'],
  ['2022年开发区“博大杯”职工健步走活动上周举行。', '2022-09-19', null],
  ['2024年，区总工会将继续开展职工技能提升行动。5月6日，技能培训班开班。', '2024-05-08', '2024-05-06'],
  ['自4月28日运转以来，专班累计转运3000余人。近日，区总工会慰问了专班。', '2022-05-25', null],
  ['每年5月1日前后，区总工会都会慰问劳模。4月28日，慰问组来到劳模家中。', '2024-04-30', '2024-04-28'],
  ['为期3日的技能比武结束。', '2024-04-30', null],
  ['12月18日，某县发生6.2级地震。市总工会第一时间向当地工会捐赠抗震救灾资金。', '2023-12-20', null],
  ['7月30日，门头沟区遭受特大暴雨袭击；8月2日，市总工会慰问组来到受灾村镇。', '2023-08-05', '2023-08-02'],
  ['为迎接5月1日国际劳动节，4月28日，区总工会举办劳模座谈会。', '2024-04-30', '2024-04-28'],
  ['在3月8日国际妇女节来临之际，区总工会为女职工送去鲜花。', '2024-03-10', null],
  ['区总工会1月5日为环卫工人送去防寒用品。', '2024-01-08', '2024-01-05'],
  ['5月12日是全国防灾减灾日，区总工会组织职工开展应急演练。', '2024-05-13', null],
  ['职工们观看了电影《1月1日》。1月5日，区总工会组织职工观影。', '2024-01-08', '2024-01-05'],
  ['工人日报北京3月5日电 今天，全国总工会召开新闻发布会。', '2024-03-06', '2024-03-05'],
];

describe('findActivityDate', () => {
  it.each(activityRows)('%s (issue %s)', (lead, issue, expected) => {
    expect(dateOf(lead, issue)).toBe(expected);
  });

  it('counts 今天 in a dated dispatch from its day, not the issue\'s', () => {
    expect(dateOf('今天，京津冀职工职业技能竞赛决赛在北京开幕。', '2023-10-25', '本报北京10月24日电 (记者 张三)')).toBe('2023-10-24');
    expect(dateOf('5日，全国总工会召开新闻发布会。', '2024-01-06', '新华社北京1月5日电')).toBe('2024-01-05');
  });

  it('reads the next paragraphs only for a date that opens a sentence', () => {
    expect(dateOf(['岁月不居，时节如流。区总工会向职工送去祝福。', '1月14日，慰问小组来到企业。'], '2020-01-23')).toBe('2020-01-14');
    expect(dateOf(['区总工会五举措助力大气污染防治。', '区总工会在1月14日开展了培训。'], '2020-01-23')).toBeNull();
    expect(dateOf(['区总工会举办活动。', '活动很丰富。', '大家很高兴。', '1月14日，慰问小组来到企业。'], '2020-01-23')).toBeNull();
  });

  it('reads a piece continued from another page only for dates that open a sentence', () => {
    const piece = (p: string) => findActivityDate({ ...dated([p]), fragment: true, headline: null }, '2024-01-10').date;
    expect(piece('作，区总工会在1月5日举办的培训班上作了发言。')).toBeNull();
    expect(piece('作。1月5日，区总工会举办培训班。')).toBe('2024-01-05');
  });

  it('keeps every dated mention with its span, precision and reason to skip', () => {
    const r = findActivityDate(dated(['近日，专班自4月28日运转以来已转运3745人。', '今年3月，区总工会启动活动。']), '2022-05-25');
    expect(r.mentions.map((m) => [m.paragraph, m.text, m.precision, m.value, m.skip])).toEqual([
      [0, '近日', 'none', null, null],
      [0, '4月28日', 'day', '2022-04-28', 'skip.since'],
      [1, '今年3月', 'month', '2022-03', null],
    ]);
    expect(r.from?.rule).toBe('date.vague-recent');
    const m = r.mentions[1]!;
    expect('近日，专班自4月28日运转以来已转运3745人。'.slice(m.start, m.end)).toBe('4月28日');
  });
});

describe('readNumber', () => {
  it.each<[string, number]>([['12', 12], ['１２', 12], ['十', 10], ['十二', 12], ['二十八', 28], ['三十一', 31], ['二〇二四', 2024]])(
    '%s', (s, n) => expect(readNumber(s)).toBe(n),
  );
});

// [path, issue date, page number, page name]
const pathRows: [string, string | null, number | null, string | null][] = [
  ['2024-02-01/03.txt', '2024-02-01', 3, null],
  ['corpus/2024-02-01/03.txt', '2024-02-01', 3, null],
  ['20240201_03.txt', '2024-02-01', 3, null],
  ['ldwb-2024-02-01-p03.txt', '2024-02-01', 3, null],
  ['2024-02-01_h01-2.txt', '2024-02-01', null, null],
  ['2024/02/01/05.txt', '2024-02-01', 5, null],
  ['ldwb/2024-02/01/03.txt', '2024-02-01', 3, null],
  ['2017/0123/46845.txt', '2017-01-23', null, null],
  ['2024_01_26_第3版_工会.txt', '2024-01-26', 3, '工会'],
  ['C:\\pages\\2023-10-25\\02.txt', '2023-10-25', 2, null],
  // No date: a hash holds figures, a day that does not exist is none.
  ['000_9ff42864cecaacde.txt', null, null, null],
  ['a20240201b.txt', null, null, null],
  ['2023-02-30_01.txt', null, null, null],
  ['h01.txt', null, null, null],
];

describe('issue date from the path', () => {
  it.each(pathRows)('%s', (path, date, page, name) => {
    const issue = issueFromPath(path);
    expect([issue?.date ?? null, issue?.page ?? null, issue?.name ?? null]).toEqual([date, page, name]);
  });
});

// [header line, issue date, page number, page name]; null: not a header.
const headerRows: [string, [string, number | null, string | null] | null][] = [
  ['劳动午报 2024年2月1日 星期四 第3版：工会', ['2024-02-01', 3, '工会']],
  ['2024年6月5日 星期三 第3版', ['2024-06-05', 3, null]],
  ['2024年2月1日 星期四', ['2024-02-01', null, null]],
  ['工人日报 2023年10月25日 第02版 要闻', ['2023-10-25', 2, '要闻']],
  ['第03版：工会 劳动午报 2024年1月26日 星期五', ['2024-01-26', 3, '工会']],
  ['## 北京日报 2024年1月5日 周五', ['2024-01-05', null, null]],
  ['二〇二四年二月一日 星期四 农历癸卯年腊月廿一', ['2024-02-01', null, null]],
  // Not headers: sentences, a date with a title, a day that does not exist.
  ['2024年2月1日，区总工会举办新春联欢会。', null],
  ['2024年2月1日 北京职工迎来新春', null],
  ['劳动午报 2024年2月30日 星期四 第3版', null],
];

describe('page header lines', () => {
  it.each(headerRows)('%s', (line, expected) => {
    const h = parseHeaderLine(line);
    expect(h && [h.date, h.page, h.name]).toEqual(expected);
  });
});

describe('findIssue', () => {
  const page = '劳动午报 2024年2月1日 星期四 第3版：工会\n\n## 标题\n\n本报讯（记者 张三）昨天，区总工会举办活动。\n';
  it('reads the path first, then a header line', () => {
    expect(findIssue('2024-01-31/05.txt', page)).toMatchObject({ date: '2024-01-31', page: 5, rule: 'issue.path-dashed' });
    expect(findIssue('p.txt', page)).toEqual({ date: '2024-02-01', page: 3, name: '工会', rule: 'issue.header' });
    expect(findIssue('p.txt', '第03版：工会\n\n## 标题\n\n本报讯 近日，活动举行。')).toEqual({ date: null, page: 3, name: '工会', rule: null });
    expect(findIssue('p.txt', '## 标题\n\n本报讯 近日，活动举行。')).toEqual({ date: null, page: null, name: null, rule: null });
  });

  it('gives the page its issue date and each activity its day; the file stays the base name', () => {
    const out = extractPage('pages/p.txt', page);
    expect(out.file).toBe('p.txt');
    expect(out.issue_date).toBe('2024-02-01');
    expect(out.articles.map((a) => a.activity.date)).toEqual(['2024-01-31']);
    expect(extractPage('2024-02-05/p.txt', page).articles.map((a) => a.activity.date)).toEqual(['2024-02-04']);
  });
});
