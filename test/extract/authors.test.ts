import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../src/extract/authors.ts';
import { segmentPage } from '../../src/extract/segment.ts';
import { parseCredit, splitDateline, splitNames } from '../../src/extract/layout/byline.ts';
import type { ArticleBlock, Author } from '../../src/extract/types.ts';

const block = (p: Partial<ArticleBlock>): ArticleBlock => ({
  headline: 'x', alt_titles: [], section: null, dateline: null, credits: [], paragraphs: [], fragment: false, ...p,
});
const r = (name: string, role: Author['role']): Author => ({ name, role });

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
    expect(findAuthors(block({ dateline }))).toEqual(expected);
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
    expect(findAuthors(block({ dateline: splitDateline(line)!.dateline }))).toEqual(expected);
  });
  it.each<[string, Author[]]>([
    ['本报记者 边磊/摄', [r('边磊', 'photographer')]],
    ['边磊 摄', [r('边磊', 'photographer')]],
  ])('credit %s', (credit, expected) => {
    expect(findAuthors(block({ credits: [credit] }))).toEqual(expected);
  });
});

describe('authors from credit lines: any 摄 credit makes a photographer', () => {
  it.each<[string, Author[]]>([
    ['本报记者 边磊 摄影报道', [r('边磊', 'photographer')]],
    ['实习记者 曹立栋 摄', [r('曹立栋', 'photographer')]],
    ['本报记者 曹立栋 摄', [r('曹立栋', 'photographer')]],
  ])('%s', (credit, expected) => {
    expect(findAuthors(block({ credits: [credit] }))).toEqual(expected);
  });
  it('dateline and credit together', () => {
    expect(findAuthors(block({ dateline: '本报讯（记者 张晶）', credits: ['实习记者 曹立栋 摄'] })))
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
    expect(findAuthors(blocks[0]!)).toEqual(expected);
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
      expect(blocks.map(findAuthors)).toEqual(gold.articles.map((a) => a.authors));
    });
  }
});
