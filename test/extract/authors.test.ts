import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../src/extract/authors.ts';
import { segmentPage } from '../../src/extract/segment.ts';
import { parseCredit, splitDateline, splitNames } from '../../src/extract/layout/byline.ts';
import type { ArticleBlock, Author } from '../../src/extract/types.ts';
import { page } from '../../src/extract/lexicon/examples.ts';

const block = (p: Partial<ArticleBlock>): ArticleBlock => ({
  headline: 'x', alt_titles: [], section: null, dateline: null, credits: [], paragraphs: [], fragment: false, rule: 'heading.marked', ...p,
});
const r = (name: string, role: Author['role']): Author => ({ name, role });
/** The authors as the gold writes them: name and role (the rules are checked on their own below). */
const authorsOf = (b: ArticleBlock): Author[] => findAuthors(b).map(({ name, role }) => ({ name, role }));

describe('authors from datelines (expected values from the gold)', () => {
  it.each<[string, Author[]]>([
    ['本报讯（记者 张晶）', [r('张晶', 'reporter')]],
    ['本报讯（记者 马超 通讯员 芦红光）', [r('马超', 'reporter'), r('芦红光', 'correspondent')]],
    ['本报讯（记者 余翠平 通讯员 刘裕泽 王哲）', [r('余翠平', 'reporter'), r('刘裕泽', 'correspondent'), r('王哲', 'correspondent')]],
    ['本报讯（记者 任洁 通讯员 高若晨 刘玉娟）', [r('任洁', 'reporter'), r('高若晨', 'correspondent'), r('刘玉娟', 'correspondent')]],
    ['本报讯(记者张晶)', [r('张晶', 'reporter')]],
    ['本报讯(记者陈曦 实习记者曹立栋)', [r('陈曦', 'reporter'), r('曹立栋', 'intern_reporter')]],
    ['本报讯(记者任洁 通讯员曹薇)', [r('任洁', 'reporter'), r('曹薇', 'correspondent')]],
    ['本报讯(记者崔欣 通讯员刘子熙)', [r('崔欣', 'reporter'), r('刘子熙', 'correspondent')]],
    ['本报讯(记者 余翠平)', [r('余翠平', 'reporter')]],
    ['（记者 余翠平 通讯员 刘裕泽 王哲）', [r('余翠平', 'reporter'), r('刘裕泽', 'correspondent'), r('王哲', 'correspondent')]],
  ])('%s', (dateline, expected) => {
    expect(authorsOf(block({ dateline }))).toEqual(expected);
  });
});

// Byline forms of other union papers, with the seed pages' names.
describe('authors from other byline forms', () => {
  it.each<[string, Author[]]>([
    ['本报讯 记者 张晶 通讯员 王哲 近日，', [r('张晶', 'reporter'), r('王哲', 'correspondent')]],
    ['本报讯（记者 张晶 实习生 曹立栋）', [r('张晶', 'reporter'), r('曹立栋', 'intern_reporter')]],
    ['本报讯（本报记者 张晶 特约通讯员 王哲）', [r('张晶', 'reporter'), r('王哲', 'correspondent')]],
    ['本报讯（记者 张晶/文 边磊/摄）', [r('张晶', 'reporter'), r('边磊', 'photographer')]],
    ['本报讯（记者 张晶 文/图）', [r('张晶', 'reporter')]],
    ['□本报记者 张晶', [r('张晶', 'reporter')]],
  ])('%s', (line, expected) => {
    expect(authorsOf(block({ dateline: splitDateline(line)!.dateline }))).toEqual(expected);
  });
  it.each<[string, Author[]]>([
    ['本报记者 边磊/摄', [r('边磊', 'photographer')]],
    ['边磊 摄', [r('边磊', 'photographer')]],
  ])('credit %s', (credit, expected) => {
    expect(authorsOf(block({ credits: [credit] }))).toEqual(expected);
  });
});

describe('authors from credit lines: any 摄 credit makes a photographer', () => {
  it.each<[string, Author[]]>([
    ['本报记者 边磊 摄影报道', [r('边磊', 'photographer')]],
    ['实习记者 曹立栋 摄', [r('曹立栋', 'photographer')]],
    ['本报记者 曹立栋 摄', [r('曹立栋', 'photographer')]],
  ])('%s', (credit, expected) => {
    expect(authorsOf(block({ credits: [credit] }))).toEqual(expected);
  });
  it('dateline and credit together', () => {
    expect(authorsOf(block({ dateline: '本报讯（记者 张晶）', credits: ['实习记者 曹立栋 摄'] })))
      .toEqual([r('张晶', 'reporter'), r('曹立栋', 'photographer')]);
  });
  it.each<[string]>([
    ['近日，北京建博海公司工会邀请中医诊疗师在公司范围内开展为期一周的义诊活动。'],
    ['上门义诊'],
  ])('%s is no credit line', (line) => expect(parseCredit(line)).toBeNull());
});

// A byline on its own line between title and lead, as other union papers print it.
describe('authors of a byline line standing between title and lead', () => {
  it.each<[string, Author[]]>([
    ['天津市总工会举办职工书画作品展\n\n□本报记者 赵宁\n\n本报讯 近日，天津市总工会举办职工书画作品展。', [r('赵宁', 'reporter')]],
    ['天津市总工会举办职工书画作品展\n\n■本报记者 赵宁\n\n本报讯 近日，天津市总工会举办职工书画作品展。', [r('赵宁', 'reporter')]],
    ['天津市总工会举办职工书画作品展\n\n本报记者 赵宁 通讯员 王哲\n\n本报讯 近日，天津市总工会举办职工书画作品展。',
      [r('赵宁', 'reporter'), r('王哲', 'correspondent')]],
    ['天津市总工会举办职工书画作品展\n\n文/赵宁\n\n近日，天津市总工会举办职工书画作品展。', [r('赵宁', 'reporter')]],
    ['天津市总工会举办职工书画作品展\n\n文/图 赵宁\n\n近日，天津市总工会举办职工书画作品展。', [r('赵宁', 'reporter')]],
    ['天津市总工会举办职工书画作品展\n\n◎本报记者 赵宁 文/图\n\n近日，天津市总工会举办职工书画作品展。', [r('赵宁', 'reporter')]],
    ['天津市总工会举办职工书画作品展\n\n文/本报记者 赵宁 图/王哲\n\n本报讯 近日，天津市总工会举办职工书画作品展。',
      [r('赵宁', 'reporter'), r('王哲', 'photographer')]],
    ['天津市总工会举办职工书画作品展\n\n本报讯 记者赵宁 近日，天津市总工会举办职工书画作品展。', [r('赵宁', 'reporter')]],
    ['天津市总工会举办职工书画作品展\n\n本报讯 记者赵宁近日，天津市总工会举办职工书画作品展。', [r('赵宁', 'reporter')]],
    ['天津市总工会举办职工书画作品展\n\n本报讯 记者赵宁 通讯员王哲近日，天津市总工会举办职工书画作品展。',
      [r('赵宁', 'reporter'), r('王哲', 'correspondent')]],
  ])('%s', (page, expected) => {
    const blocks = segmentPage(page);
    expect(blocks.length).toBe(1);
    expect(authorsOf(blocks[0]!)).toEqual(expected);
  });
});

describe('names written together are cut where a surname starts', () => {
  it.each<[string, string[]]>([
    ['刘裕泽 王哲', ['刘裕泽', '王哲']],
    ['刘裕泽王哲', ['刘裕泽', '王哲']],
    ['高若晨、刘玉娟', ['高若晨', '刘玉娟']],
    ['陈曦曹立栋', ['陈曦', '曹立栋']],
    ['周美玉', ['周美玉']],
    // a name has at most 4 characters: a longer run keeps the names at its end
    ['讯员刘子熙', ['刘子熙']],
    // a name is written in one piece: a character of another script separates two
    ['张晶1王哲', ['张晶', '王哲']],
    ['张晶(王哲', ['张晶', '王哲']],
  ])('%s', (run, expected) => expect(splitNames(run)).toEqual(expected));
});

describe('authors of every seed article equal the gold', () => {
  const root = new URL('../../', import.meta.url);
  for (const file of readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort()) {
    it(file, () => {
      const blocks = segmentPage(readFileSync(new URL(`seeds/${file}`, root), 'utf8'));
      const gold = JSON.parse(readFileSync(new URL(`test/gold/${file.replace('.txt', '.json')}`, root), 'utf8')) as { articles: Array<{ authors: Author[] }> };
      expect(blocks.map(authorsOf)).toEqual(gold.articles.map((a) => a.authors));
    });
  }
});

// Bylines as a small grammar: a media name before the role word, qualified
// roles, `报道` and `摄` written against a name, bylines and credits closing a paragraph.
describe('bylines of other papers and credits glued to the text', () => {
  it.each<[string, Author[]]>([
    ['文/北京日报记者 孙立', [r('孙立', 'reporter')]],
    ['人民日报-人民网记者王晓 通讯员陈红', [r('王晓', 'reporter'), r('陈红', 'correspondent')]],
    ['工人日报记者 刘海燕', [r('刘海燕', 'reporter')]],
    ['中工网记者 周丽', [r('周丽', 'reporter')]],
    ['工人日报-中工网记者 周丽 通讯员 吴芳', [r('周丽', 'reporter'), r('吴芳', 'correspondent')]],
    ['新华社记者 孙立 王晓', [r('孙立', 'reporter'), r('王晓', 'reporter')]],
    ['区融媒体中心记者 孙立', [r('孙立', 'reporter')]],
    ['本报全媒体记者 周丽', [r('周丽', 'reporter')]],
    ['本报见习记者 吴芳', [r('吴芳', 'intern_reporter')]],
    ['本报特约记者 刘长青', [r('刘长青', 'reporter')]],
    ['通讯员李红报道', [r('李红', 'correspondent')]],
    ['本报记者 孙立 通讯员 李红 报道', [r('孙立', 'reporter'), r('李红', 'correspondent')]],
    ['记者 孙立 王晓 通讯员 陈红', [r('孙立', 'reporter'), r('王晓', 'reporter'), r('陈红', 'correspondent')]],
  ])('a byline line %s', (line, expected) => {
    const split = splitDateline(line);
    expect(split?.rest).toBe('');
    expect(authorsOf(block({ dateline: split!.dateline }))).toEqual(expected);
  });

  it.each<[string, Author[]]>([
    ['本报讯 记者孙立 通讯员李红报道 “让职工在家门口就能学插花。”近日，丰台区总工会举办插花课堂。',
      [r('孙立', 'reporter'), r('李红', 'correspondent')]],
    ['本报讯 记者 孙立 通讯员 王晓报道：近日，丰台区总工会举办插花课堂。', [r('孙立', 'reporter'), r('王晓', 'correspondent')]],
    ['本报讯（工人日报记者 刘海燕 通讯员 吴芳）近日，丰台区总工会举办职工插花课堂。',
      [r('刘海燕', 'reporter'), r('吴芳', 'correspondent')]],
    ['本报讯（见习记者 吴芳 特约记者 刘长青）近日，丰台区总工会举办职工插花课堂。',
      [r('吴芳', 'intern_reporter'), r('刘长青', 'reporter')]],
  ])('a dateline %s', (line, expected) => {
    expect(authorsOf(block({ dateline: splitDateline(line)!.dateline }))).toEqual(expected);
  });

  it.each<[string, Author[]]>([
    ['插花课堂上，职工们认真学习花材搭配技巧，现场洋溢着欢声笑语。王晓 摄', [r('王晓', 'photographer')]],
    ['图为职工们在插花课堂上学习花材搭配。（孙立 摄）', [r('孙立', 'photographer')]],
    ['图为职工们在插花课堂上学习花材搭配（本报记者 孙立 摄）', [r('孙立', 'photographer')]],
    ['职工们纷纷表示收获满满。 孙立 王晓/摄', [r('孙立', 'photographer'), r('王晓', 'photographer')]],
    ['工作组一行还走访了两家非公企业，了解职工的工作和生活情况。（特约记者 刘长青）', [r('刘长青', 'reporter')]],
    ['工作组一行还走访了两家非公企业。(见习记者吴芳)', [r('吴芳', 'intern_reporter')]],
    ['活动共吸引200余名职工参加。（记者 孙立 通讯员 李红 报道）', [r('孙立', 'reporter'), r('李红', 'correspondent')]],
    ['活动共吸引200余名职工参加。（文/孙立 图/王晓）', [r('孙立', 'reporter'), r('王晓', 'photographer')]],
    ['活动共吸引200余名职工参加。（记者：孙立）', [r('孙立', 'reporter')]],
    ['双方表示将进一步加强交流合作。 特约记者 刘长青', [r('刘长青', 'reporter')]],
    ['双方表示将进一步加强交流合作。记者孙立 通讯员李红', [r('孙立', 'reporter'), r('李红', 'correspondent')]],
  ])('a paragraph closed by a credit: %s', (paragraph, expected) => {
    const [a] = segmentPage(`## 丰台区总工会举办职工插花课堂\n\n${paragraph}`);
    expect(authorsOf(a!)).toEqual(expected);
  });

  it.each<[string]>([
    ['劳动午报记者每年都深入基层一线，目前已经累计为数千名一线职工拍摄'],
    ['考察团一行听取了工作汇报。（区总工会 天水街道总工会）'],
    ['职工们在现场合影留念，大家一起拍摄'],
    ['活动由区总工会主办。（来源：区总工会）'],
    ['采访中，记者了解到'],
  ])('%s signs nothing', (paragraph) => {
    const [a] = segmentPage(`## 丰台区总工会举办职工插花课堂\n\n${paragraph}`);
    expect(authorsOf(a!)).toEqual([]);
  });
});

describe('more byline forms: dated cues, colons, names set apart, surnames the list lacks', () => {
  it.each<[string, Author[]]>([
    ['本报3月5日讯（记者 孙立）', [r('孙立', 'reporter')]],
    ['本报北京3月5日讯 记者孙立 近日，', [r('孙立', 'reporter')]],
    ['工人日报-中工网讯（记者 周丽 通讯员 吴芳）', [r('周丽', 'reporter'), r('吴芳', 'correspondent')]],
    ['记者：孙立', [r('孙立', 'reporter')]],
    ['文：本报记者 孙立', [r('孙立', 'reporter')]],
    ['摄影：王晓', [r('王晓', 'photographer')]],
    ['本报记者 孙  立', [r('孙立', 'reporter')]],
    ['本报记者 孙　立 通讯员 王晓', [r('孙立', 'reporter'), r('王晓', 'correspondent')]],
    // a bullet, a media name or two role words show a byline: a surname the list lacks is still a name
    ['■ 本报记者 笪昱', [r('笪昱', 'reporter')]],
    ['工人日报-中工网记者笪昱 通讯员吴芳', [r('笪昱', 'reporter'), r('吴芳', 'correspondent')]],
  ])('%s', (line, expected) => {
    expect(authorsOf(block({ dateline: splitDateline(line)!.dateline }))).toEqual(expected);
  });
  it.each<[string]>([['记者了解到'], ['记者从区总工会获悉'], ['通讯员们']])('%s is no byline', (line) => {
    expect(splitDateline(line)).toBeNull();
  });
});

describe('the role grammar', () => {
  it('every role word it makes is matched whole by its pattern, and the role follows the qualifier', async () => {
    const { BYLINE_ROLES, BYLINE_ROLE_PATTERN } = await import('../../src/extract/lexicon/layout.ts');
    const whole = new RegExp(`^(?:${BYLINE_ROLE_PATTERN})$`, 'u');
    for (const r of BYLINE_ROLES) expect(whole.test(r.word), r.word).toBe(true);
    const roleOf = new Map(BYLINE_ROLES.map((r) => [r.word, r.role]));
    expect([roleOf.get('本报见习记者'), roleOf.get('摄影记者'), roleOf.get('特约记者'), roleOf.get('特约通讯员'), roleOf.get('实习生')])
      .toEqual(['intern_reporter', 'photographer', 'reporter', 'correspondent', 'intern_reporter']);
    expect(roleOf.has('摄影通讯员')).toBe(false);
  });
});

describe('each author carries the rules that read it', () => {
  it.each([
    ['a dateline\'s brackets', page('## 区总工会举办培训', '本报讯（记者 孙立）近日，西城区总工会举办培训。'), ['dateline.own', 'byline.dateline']],
    ['a credit closing the text', page('## 职工运动会开幕', '本报讯 近日，顺义区总工会举办运动会。图为拔河比赛现场。王哲 摄'), ['byline.credit']],
    ['a bracketed byline closing the text', page('## 区总工会慰问环卫工人', '近日，东城区总工会慰问环卫工人。（特约记者 刘长青）'), ['byline.bracketed']],
    ['a byline line under the title', page('## 职工书屋里的春天', '本报记者 赵宁', '本报讯 春日的午后，职工书屋里坐满了读者。'), ['byline.line']],
  ])('%s', (_what, text, rules) => {
    const [a] = segmentPage(text);
    expect(findAuthors(a!).map((x) => x.rules)).toEqual([rules]);
  });
});
