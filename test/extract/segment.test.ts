import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../src/extract/segment.ts';
import { endsSentence, isTitleShaped, continuationRule } from '../../src/extract/layout/lines.ts';
import { splitDateline } from '../../src/extract/layout/byline.ts';
import { endsParagraph, isShapeTitle, startsAfresh } from '../../src/extract/layout/headings.ts';

const root = new URL('../../', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort();
const norm = (s: string | null) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

interface GoldArticle { headline: string | null; alt_titles: string[]; anchor: string; section: string | null }

describe('segmentPage on the seed pages, checked against the gold', () => {
  for (const file of seeds) {
    it(file, () => {
      const text = readFileSync(new URL(`seeds/${file}`, root), 'utf8');
      const gold = JSON.parse(readFileSync(new URL(`test/gold/${file.replace('.txt', '.json')}`, root), 'utf8')) as { articles: GoldArticle[] };
      const blocks = segmentPage(text);
      expect(blocks.map((b) => b.headline)).toEqual(gold.articles.map((a) => a.headline));
      expect(blocks.map((b) => b.section)).toEqual(gold.articles.map((a) => a.section));
      for (const [i, g] of gold.articles.entries()) {
        const holders = blocks.filter((b) => norm(b.paragraphs.join('\n')).includes(norm(g.anchor)));
        expect(holders, g.anchor).toEqual([blocks[i]]);
        expect(blocks[i].fragment).toBe(g.headline === null);
        for (const t of blocks[i].alt_titles) expect(g.alt_titles).toContain(t);
      }
    });
  }
});

describe('line shapes', () => {
  it.each<[string, boolean]>([
    ['保考试公平公正。', true],
    ['持续传递。”该店店长表示。', true],
    ['职工们纷纷表示：“我们将把这份关爱化作工作动力，圆满完成集团‘大干300天’劳动竞赛任务，为公司高质量发展贡献一份力量。”', true],
    ['一直以来，专职工会社会工作者在全市各街道、乡镇、园区、楼宇等工会服务站点从事工会工作，是', false],
    ['据悉，此次招录工作是市总', false],
    ['椿树街道总工会为户外劳动者送“清凉套餐”', false],
  ])('endsSentence(%s) = %s', (line, expected) => expect(endsSentence(line)).toBe(expected));

  it.each<[string, boolean]>([
    ['密云太师屯镇总工会举办春季招聘会', true],
    ['来自全市各区300余名职工志愿者齐聚一堂展示志愿风采', true],
    ['为职工打造安全、健康、清凉的工作环境', true],
    ['上门义诊', true],
    ['保考试公平公正。', false],
    ['清凉。', false],
    ['（下转第2版）', false],
  ])('isTitleShaped(%s) = %s', (line, expected) => expect(isTitleShaped(line)).toBe(expected));

  it.each<[string, boolean]>([
    ['下，系统学习无人机操控原理，并完成起飞、悬停、转向等实操训练。', true],
    ['据悉，此次招录工作是市总', false],
    ['“解暑茶包、大容量吨吨杯、成箱苏打水……这波清凉送得太及时了', false],
  ])('continuation start of %s = %s', (line, expected) => expect(continuationRule(line) !== null).toBe(expected));

  it.each<[string, string, string]>([
    ['本报讯（记者 张晶）近日，北京市专职工会社会工作者公开招录', '本报讯（记者 张晶）', '近日，北京市专职工会社会工作者公开招录'],
    ['本报讯(记者陈曦 实习记者曹立栋)近日,西城区天桥街道总工会', '本报讯(记者陈曦 实习记者曹立栋)', '近日,西城区天桥街道总工会'],
    ['本报讯(记者 余翠平) 12月18日,甘肃临夏州积石山县发生6.2级地震', '本报讯(记者 余翠平)', '12月18日,甘肃临夏州积石山县发生6.2级地震'],
  ])('splitDateline(%s)', (line, dateline, rest) => {
    expect(splitDateline(line)).toMatchObject({ dateline, rest });
  });
  it('a bullet before the dateline is no part of it', () => {
    expect(splitDateline('■本报讯（记者 张晶）近日，北京市专职工会社会工作者公开招录')).toMatchObject({
      dateline: '本报讯（记者 张晶）', rest: '近日，北京市专职工会社会工作者公开招录',
    });
  });
  it('a paragraph without a dateline has none', () => {
    expect(splitDateline('据了解，“将小爱”的公益活动得到了多家社会爱心单位的支持。')).toBeNull();
  });
});

describe('layout traps, on real lines', () => {
  it('rejoins a paragraph cut by blank lines at a column break', () => {
    const page = [
      '## 北京市专职工会社会工作者公开招录工作启动', '',
      '**本报讯**（记者 张晶）近日，北京市专职工会社会工作者公开招录笔试工作开展。', '',
      '一直以来，专职工会社会工作者在全市各街道、乡镇、园区、楼宇等工会服务站点从事工会工作，是', '', '',
      '社会工作专业人才的重要组成部分。',
    ].join('\n');
    const [a] = segmentPage(page);
    expect(a.paragraphs).toEqual([
      '近日，北京市专职工会社会工作者公开招录笔试工作开展。',
      '一直以来，专职工会社会工作者在全市各街道、乡镇、园区、楼宇等工会服务站点从事工会工作，是社会工作专业人才的重要组成部分。',
    ]);
    expect(a.dateline).toBe('本报讯（记者 张晶）');
  });

  it('finds unmarked kicker, title and subtitle above a dateline', () => {
    const page = [
      '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面', '',
      '首都职工志愿服务“爱心·凝聚·力量”成果展示活动', '', '',
      '首都职工志愿服务成果展示活动举行', '',
      '来自全市各区300余名职工志愿者齐聚一堂展示志愿风采', '',
      '本报讯（记者 张晶）近日，伴随着《我们的爱更有力量》的歌声，首都职工志愿服务成果展示活动拉开序幕。', '',
      '实习记者 曹立栋 摄', '',
      '上门义诊', '',
      '近日，北京建博海公司工会邀请中医诊疗师在公司范围内开展为期一周的义诊活动。', '',
      '本报记者 边磊 摄影报道',
    ].join('\n');
    const blocks = segmentPage(page);
    expect(blocks.map((b) => [b.headline, b.alt_titles, b.credits])).toEqual([
      ['首都职工志愿服务成果展示活动举行',
        ['首都职工志愿服务“爱心·凝聚·力量”成果展示活动', '来自全市各区300余名职工志愿者齐聚一堂展示志愿风采'],
        ['实习记者 曹立栋 摄']],
      ['上门义诊', [], ['本报记者 边磊 摄影报道']],
    ]);
  });

  it('a page that opens with text continued from another page gives a fragment', () => {
    const page = [
      '下，系统学习无人机操控原理，并完成起飞、悬停、转向等实操训练。', '',
      '三峡集团北京分公司工会相关负责人表示，今后，工会将紧扣“幸福三峡”建设目标。', '',
      '## 京沪维管公司工会举办廉洁家书分享会', '',
      '**本报讯**（记者 余翠平 通讯员 刘裕泽 王哲）近日，中铁电气化局京沪维管公司工会联合公司纪委举办了分享会。',
    ].join('\n');
    const blocks = segmentPage(page);
    expect(blocks.map((b) => [b.headline, b.fragment, b.paragraphs.length])).toEqual([
      [null, true, 2],
      ['京沪维管公司工会举办廉洁家书分享会', false, 1],
    ]);
  });

  it('a section banner reaches the articles below it; a marked main title wins over an unmarked kicker', () => {
    const page = [
      '### 夏送清凉 工会行动', '',
      '朝阳区总工会启动“夏送清凉”慰问活动', '',
      '## 为职工打造安全、健康、清凉的工作环境', '',
      '本报讯（记者 刘欣欣）近日，北京迎来持续高温天气。', '',
      '## 经开区总工会为一线职工送“清凉”物资', '',
      '本报讯（记者 孙艳）“这么热的天气你们辛苦了，有什么需要就跟我们说。”',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.alt_titles, b.section])).toEqual([
      ['为职工打造安全、健康、清凉的工作环境', ['夏送清凉 工会行动', '朝阳区总工会启动“夏送清凉”慰问活动'], '夏送清凉 工会行动'],
      ['经开区总工会为一线职工送“清凉”物资', [], '夏送清凉 工会行动'],
    ]);
  });

  it('of two marked titles the one with fewer # is the main title', () => {
    const page = [
      '## 西城区天桥街道总工会开展“双提升”工程大讨论', '',
      '### 把职工心愿化作办事“清单”', '',
      '本报讯(记者陈曦 实习记者曹立栋)近日,西城区天桥街道总工会邀请辖区20余家企业的工会干部等近30人欢聚一堂。',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.alt_titles])).toEqual([
      ['西城区天桥街道总工会开展“双提升”工程大讨论', ['把职工心愿化作办事“清单”']],
    ]);
  });

  it('a title line printed twice is one alt title, and never the headline again', () => {
    const page = [
      '### 夏送清凉 工会行动', '', '### 夏送清凉 工会行动', '',
      '朝阳区总工会启动“夏送清凉”慰问活动', '', '朝阳区总工会启动“夏送清凉”慰问活动', '',
      '## 为职工打造安全、健康、清凉的工作环境', '', '## 为职工打造安全、健康、清凉的工作环境', '',
      '本报讯（记者 刘欣欣）近日，北京迎来持续高温天气。',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.alt_titles])).toEqual([
      ['为职工打造安全、健康、清凉的工作环境', ['夏送清凉 工会行动', '朝阳区总工会启动“夏送清凉”慰问活动']],
    ]);
  });
});

// Layouts other pages of union papers use, built from real lines of the seed pages.
describe('layouts beyond the seed pages', () => {
  it('a byline on its own line under an unmarked title; page furniture belongs to no article', () => {
    const page = [
      '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面', '',
      '北京市专职工会社会工作者公开招录工作启动', '',
      '本报记者 张晶', '',
      '近日，北京市专职工会社会工作者公开招录笔试工作开展。', '',
      '责任编辑：王哲 美术编辑：李华',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.dateline, b.paragraphs])).toEqual([
      ['北京市专职工会社会工作者公开招录工作启动', '本报记者 张晶', ['近日，北京市专职工会社会工作者公开招录笔试工作开展。']],
    ]);
  });

  it('a byline closing the text and a credit closing a caption sign the article above', () => {
    const page = [
      '## 密云区总工会慰问百余名公共文明引导员', '',
      '近日,密云区总工会联合区委宣传部在2024年元旦春节来临之际开展慰问。', '',
      '图为慰问现场。（本报记者 曹立栋 摄）', '',
      '（记者 王路曼）', '',
      '## 东湖街道工会为新就业形态劳动者送温暖', '',
      '本报讯(记者 刘欣欣)连日来,朝阳区东湖街道总工会组织开展了送温暖活动。',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.dateline, b.credits])).toEqual([
      ['密云区总工会慰问百余名公共文明引导员', '（记者 王路曼）', ['本报记者 曹立栋 摄']],
      ['东湖街道工会为新就业形态劳动者送温暖', '本报讯(记者 刘欣欣)', []],
    ]);
  });

  it('an enumerated subhead stays in its article; 下转 ends a column and 上接 opens a fragment', () => {
    const page = [
      '## 东湖街道工会为新就业形态劳动者送温暖', '',
      '本报讯(记者 刘欣欣)连日来,朝阳区东湖街道总工会组织开展了送温暖活动。', '',
      '### 一、精心准备', '',
      '据了解,东湖街道总工会在此次送温暖活动中精心准备了大衣、手套（下转第2版）', '',
      '（上接第1版）保温杯、医药箱、暖宝宝等防寒保暖物资。',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.fragment, b.paragraphs.length])).toEqual([
      ['东湖街道工会为新就业形态劳动者送温暖', false, 3],
      [null, true, 1],
    ]);
  });
});

describe('page headers', () => {
  it.each([
    '劳动午报 2024年2月1日 星期四 第3版：工会',
    '2023年12月30日 星期六 第05版 综合新闻',
    '四川工人日报 | 2024年5月8日 | 第2版 要闻',
  ])('a dated header line (%s) belongs to no article', (header) => {
    const page = [header, '', '## 区总工会慰问环卫工人', '', '本报讯（记者 孙立）昨天，区总工会来到环卫作业一线，为职工送上慰问品。'].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.alt_titles])).toEqual([['区总工会慰问环卫工人', []]]);
  });
});

describe('photo items under a smaller mark', () => {
  it('a caption title set smaller than the article above opens a photo item when a 摄影报道 credit closes its text', () => {
    const page = [
      '## 区总工会举办职工羽毛球邀请赛', '',
      '本报讯（记者 孙立）近日，区总工会举办职工羽毛球邀请赛，20支队伍参赛。', '',
      '### 巧手扎出迎春灯', '',
      '春节前夕，某社区工会组织职工志愿者学习扎花灯，为居民送去节日祝福。', '',
      '本报记者 王哲 摄影报道',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.credits])).toEqual([
      ['区总工会举办职工羽毛球邀请赛', []],
      ['巧手扎出迎春灯', ['本报记者 王哲 摄影报道']],
    ]);
  });

  it('without such a credit the smaller heading stays a subhead of the article', () => {
    const page = [
      '## 区总工会举办职工羽毛球邀请赛', '',
      '本报讯（记者 孙立）近日，区总工会举办职工羽毛球邀请赛，20支队伍参赛。', '',
      '### 赛场内外暖意浓', '',
      '赛场旁，工会志愿者为选手准备了热饮和护具。',
    ].join('\n');
    expect(segmentPage(page).map((b) => b.headline)).toEqual(['区总工会举办职工羽毛球邀请赛']);
  });
});

describe('column breaks in awkward places', () => {
  it.each<[string, string[]]>([
    ['inside the dateline bracket', ['**本报讯**（记者 马超 通讯员', '', '芦红光）近日连续高温，北方车辆集团工会慰问组一行走访慰问坚守岗位的科研人员和干部职工。']],
    ['right after the dateline cue', ['**本报讯**', '', '（记者 马超 通讯员 芦红光）近日连续高温，北方车辆集团工会慰问组一行走访慰问坚守岗位的科研人员和干部职工。']],
  ])('%s', (_name, lines) => {
    const [a] = segmentPage(['## 北方车辆集团工会慰问坚守岗位一线职工', '', ...lines].join('\n'));
    expect(a.dateline?.replace(/\s+/g, '')).toBe('本报讯（记者马超通讯员芦红光）');
    expect(a.paragraphs).toEqual(['近日连续高温，北方车辆集团工会慰问组一行走访慰问坚守岗位的科研人员和干部职工。']);
  });

  it('between a full stop and its closing quote', () => {
    const [a] = segmentPage([
      '## 北方车辆集团工会慰问坚守岗位一线职工', '',
      '**本报讯**（记者 马超）职工们纷纷表示：“我们将把这份关爱化作工作动力，为公司高质量发展贡献一份力量。', '',
      '”',
    ].join('\n'));
    expect(a.paragraphs).toEqual(['职工们纷纷表示：“我们将把这份关爱化作工作动力，为公司高质量发展贡献一份力量。”']);
  });

  it('inside the text of a photo item', () => {
    const blocks = segmentPage([
      '## 密云太师屯镇总工会举办春季招聘会', '',
      '接下来，密云区总工会将进一步做好新时期工会就业服务工作，做优做强“春送岗位”工作品牌，扎实开展就业促进行动，全力推动首都经济高质量发展。', '',
      '上门义诊', '',
      '近日，北京建博海公司工会邀请中医诊疗师在公司范围内开展为期一', '',
      '周的义诊活动。', '',
      '本报记者 边磊 摄影报道',
    ].join('\n'));
    expect(blocks.map((b) => [b.headline, b.paragraphs.length])).toEqual([
      ['密云太师屯镇总工会举办春季招聘会', 1],
      ['上门义诊', 1],
    ]);
    expect(blocks[1].paragraphs).toEqual(['近日，北京建博海公司工会邀请中医诊疗师在公司范围内开展为期一周的义诊活动。']);
  });
});

describe('the seed pages, cut at column breaks in random places, still segment as the gold says', () => {
  // A fixed-seed generator, so a failure can be replayed.
  let state = 20240605;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const layouts: Array<[string, (page: string) => string]> = [
    ['as printed', (p) => p],
    ['without heading marks', (p) => p.replace(/^#+\s*/gm, '').replace(/\*\*/g, '')],
    ['with single line breaks', (p) => p.replace(/\n\n+/g, '\n')],
  ];
  for (const file of seeds) {
    it.each(layouts)(`${file} %s`, (_name, layout) => {
      const gold = JSON.parse(readFileSync(new URL(`test/gold/${file.replace('.txt', '.json')}`, root), 'utf8')) as { articles: GoldArticle[] };
      const lines = readFileSync(new URL(`seeds/${file}`, root), 'utf8').split('\n');
      for (let trial = 0; trial < 20; trial++) {
        // Body lines (long, unmarked) are cut once in a while by one or two blank lines.
        const cut = lines.flatMap((l) => {
          if (l.length <= 45 || l.startsWith('#') || random() > 0.3) return [l];
          const k = 5 + Math.floor(random() * (l.length - 10));
          return [l.slice(0, k), '', ...(random() < 0.3 ? [''] : []), l.slice(k)];
        });
        const blocks = segmentPage(layout(cut.join('\n')));
        expect(blocks.length).toBe(gold.articles.length);
        for (const [i, g] of gold.articles.entries()) {
          expect(norm(blocks[i].paragraphs.join('\n'))).toContain(norm(g.anchor));
          if (g.headline === null) expect(blocks[i].headline).toBeNull();
          else expect([g.headline, ...g.alt_titles]).toContain(blocks[i].headline);
        }
      }
    });
  }
});

describe('pages with no marks and no datelines', () => {
  it('title lines above a news lead open an article; a dash opens a subtitle', () => {
    const page = [
      '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面', '',
      '北京工商大学工会组织教职工开展亲子沟通活动', '',
      '北京工商大学工会近日联合学校心理素质教育中心,在良乡教职工之家举办“感恩有你,伴我同行”亲子沟通团体活动。', '',
      '——记中关村科技园区怀柔园职工健步走', '',
      '中关村科技园区怀柔园工会举办职工健步走活动', '',
      '为丰富园区职工文体生活,增强全民健身意识,中关村科技园区怀柔园工会于琉璃庙镇白河湾栈道举办了职工健步走活动。',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.alt_titles])).toEqual([
      ['北京工商大学工会组织教职工开展亲子沟通活动', []],
      ['中关村科技园区怀柔园工会举办职工健步走活动', ['——记中关村科技园区怀柔园职工健步走']],
    ]);
  });

  it('a cut sentence above a lead is no title', () => {
    const page = [
      '## 椿树街道总工会为户外劳动者送“清凉套餐”', '',
      '椿树街道总工会相关负责人表示，下一步，街道总工会将继续', '',
      '为广大职工做好事、办实事，当好职工群众信赖的“娘家人”，让职工群众充分感受到工会的温暖。',
    ].join('\n').replace(/^## /, '');
    expect(segmentPage(page).map((b) => b.headline)).toEqual([null]);
  });
});

describe('bylines, captions and bullets', () => {
  it('a caption with its credit is no title, even right above a closing byline; a bullet is no part of a title', () => {
    const page = [
      '## 密云区总工会慰问百余名公共文明引导员', '',
      '近日,密云区总工会联合区委宣传部在2024年元旦春节来临之际开展慰问。', '',
      '引导员们在慰问现场（本报记者 曹立栋 摄）', '',
      '（记者 王路曼）', '',
      '■ 东湖街道工会为新就业形态劳动者送温暖', '',
      '本报讯(记者 刘欣欣)连日来,朝阳区东湖街道总工会组织开展了送温暖活动。',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.dateline, b.credits, b.paragraphs.length])).toEqual([
      ['密云区总工会慰问百余名公共文明引导员', '（记者 王路曼）', ['本报记者 曹立栋 摄'], 2],
      ['东湖街道工会为新就业形态劳动者送温暖', '本报讯(记者 刘欣欣)', [], 1],
    ]);
  });

  it('each 本报讯 on a line of its own opens a news brief', () => {
    const page = [
      '本报讯（记者 张晶）', '',
      '近日，北京市专职工会社会工作者公开招录笔试工作开展。', '',
      '本报讯（记者 陈曦）', '',
      '连日来，西城区椿树街道总工会持续开展“夏送清凉”系列活动。',
    ].join('\n');
    expect(segmentPage(page).map((b) => [b.headline, b.dateline, b.paragraphs.length])).toEqual([
      [null, '本报讯（记者 张晶）', 1],
      [null, '本报讯（记者 陈曦）', 1],
    ]);
  });
});

describe('page slogans of any wording, and bylines on a line of their own', () => {
  // [page, headlines of its articles] — a slogan of two short phrases over a
  // continued piece is no title; a byline between title and lead belongs to the article.
  it.each<[string, (string | null)[]]>([
    ['弘扬劳模精神 建功新时代\n\n作，全国劳动模范张宝华、北京市劳动模范孙丽萍先后发言。', [null]],
    ['# 弘扬劳模精神 建功新时代\n\n作，全国劳动模范张宝华先后发言。\n\n## 天津市总工会举办职工书画作品展\n\n本报讯 近日，天津市总工会举办书画展。', [null, '天津市总工会举办职工书画作品展']],
    ['天津市总工会举办职工书画作品展\n\n□本报记者 赵宁\n\n本报讯 近日，天津市总工会在市工人文化宫举办职工书画作品展。', ['天津市总工会举办职工书画作品展']],
    ['天津市总工会举办职工书画作品展\n\n■本报记者 赵宁\n\n本报讯 近日，天津市总工会举办职工书画作品展。', ['天津市总工会举办职工书画作品展']],
    ['天津市总工会举办职工书画作品展\n\n◎本报记者 赵宁 通讯员 王哲\n\n本报讯 近日，天津市总工会举办职工书画作品展。', ['天津市总工会举办职工书画作品展']],
    ['天津市总工会举办职工书画作品展\n\n●本报记者 赵宁\n\n近日，天津市总工会举办职工书画作品展。', ['天津市总工会举办职工书画作品展']],
    ['天津市总工会举办职工书画作品展\n\n文/赵宁\n\n近日，天津市总工会举办职工书画作品展。', ['天津市总工会举办职工书画作品展']],
    ['弘扬劳模精神 建功新时代\n\n天津市总工会举办职工书画作品展\n\n□本报记者 赵宁\n\n本报讯 近日，天津市总工会举办职工书画作品展。', ['天津市总工会举办职工书画作品展']],
  ])('%s', (page, headlines) => {
    const blocks = segmentPage(page);
    expect(blocks.map((b) => b.headline)).toEqual(headlines);
    expect(blocks.every((b) => b.paragraphs.every((p) => !p.includes('弘扬劳模精神') && !p.includes('赵宁')))).toBe(true);
    expect(blocks.every((b) => b.section === null && !b.alt_titles.includes('弘扬劳模精神 建功新时代'))).toBe(true);
  });
});

// Pages with no marks: a title is a line by its shape and place, not by the words of the lead below it.
describe('titles by their shape and place', () => {
  const heads = (page: string[]) => segmentPage(page.join('\n\n')).map((b) => b.headline);

  it.each<[string, string[], (string | null)[]]>([
    ['a title over a lead with no dateline and no time word', [
      '区总工会举办职工插花课堂',
      '本报讯（记者 孙立）近日，丰台区总工会在职工之家举办插花课堂，40余名职工参加。',
      '职工书屋迎来首批读者',
      '春日的午后，丰台区总工会职工书屋里坐满了前来借阅的职工。',
    ], ['区总工会举办职工插花课堂', '职工书屋迎来首批读者']],
    ['a bracketed byline ends an article', [
      '西城区总工会赴河北阜平考察',
      '近日，西城区总工会一行到河北阜平考察工会帮扶工作，并与当地工会座谈。',
      '双方表示将进一步加强交流合作。（特约记者 刘长青）',
      '夜访户外劳动者驿站',
      '1月8日晚，区总工会慰问组来到户外劳动者驿站，看望值守的环卫工人。',
    ], ['西城区总工会赴河北阜平考察', '夜访户外劳动者驿站']],
    ['a photo credit glued to the text ends an article', [
      '职工运动会开幕',
      '本报讯（记者 王晓）近日，朝阳区第五届职工运动会开幕，30支代表队参赛。',
      '赛场上，职工们你追我赶，展现了良好的精神风貌。孙立 摄',
      '环卫驿站添了新设备',
      '走进朝阳区环卫驿站，崭新的微波炉、饮水机让环卫工人们眼前一亮。',
    ], ['职工运动会开幕', '环卫驿站添了新设备']],
    ['a lead opening with a quote', [
      '顺义区总工会慰问坚守岗位职工',
      '本报讯（记者 王晓）近日，顺义区总工会慰问了春节期间坚守岗位的一线职工。',
      '工会送来的饺子格外香',
      '“工会送来的饺子真香！”除夕当天，在首都机场值守的安检员李红说。',
    ], ['顺义区总工会慰问坚守岗位职工', '工会送来的饺子格外香']],
    ['a source note in brackets ends an article', [
      '通州区总工会慰问环卫工人',
      '近日，通州区总工会来到环卫中心，为一线环卫工人送去慰问品。（区总工会供稿）',
      '密云区总工会举办春季招聘会',
      '3月15日上午，密云区总工会在职工之家举办春季招聘会，20余家企业参加。',
    ], ['通州区总工会慰问环卫工人', '密云区总工会举办春季招聘会']],
    ['a short title right after a signature', [
      '通州区总工会慰问环卫工人',
      '本报讯（记者 王晓）近日，通州区总工会来到环卫中心，为一线环卫工人送去慰问品。',
      '（通讯员 李红）',
      '暖心驿站',
      '走进潞城镇的暖心驿站，饮水机、微波炉一应俱全。',
    ], ['通州区总工会慰问环卫工人', '暖心驿站']],
    ['a column name over the title is no headline', [
      '我为职工办实事',
      '丰台区总工会为快递小哥送去暖心包',
      '1月10日，丰台区总工会来到快递网点，为一线快递员送去暖心包。',
    ], ['丰台区总工会为快递小哥送去暖心包']],
  ])('%s', (_name, page, expected) => expect(heads(page)).toEqual(expected));

  it.each<[string, string[]]>([
    ['a subject cut from its verb of saying', [
      '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '丰台区总工会相关',
      '负责人表示，下一步将持续开展职工文化活动。',
    ]],
    ['a line that opens a title in 《》 and does not close it', [
      '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '根据新修订的《丰台区职工文化活动管理',
      '办法》，区总工会每年举办四期职工课堂。',
    ]],
    ['a line cut inside a word', [
      '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '活动结束后丰台区总工会相关负',
      '责人介绍了下一步的工作安排。',
    ]],
    ['a line cut before a list goes on', [
      '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '区总工会有关部门负责人、丰台区各街道工会',
      '代表、企业职工代表等参加活动。',
    ]],
    ['a number cut in two', [
      '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '区总工会第五届委员会全体会议于3月',
      '15日召开，会议听取了工作报告。',
    ]],
    ['a caption in the text', [
      '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '图为职工们在插花课堂上学习花材搭配',
      '近日，课堂还邀请花艺师现场示范。',
    ]],
  ])('no title: %s', (_name, page) => {
    expect(heads(['丰台区总工会举办职工插花课堂', ...page])).toEqual(['丰台区总工会举办职工插花课堂']);
  });

  it('a line right after the lead of an unsigned feature under a display head is its subhead; from then on every such line is', () => {
    const page = [
      '朝阳区总工会举办职工运动会',
      '本报讯（记者 王晓）近日，朝阳区总工会第十届职工运动会开幕。',
      '辞旧岁 迎新春',
      '通州区总工会 多种形式慰问一线职工',
      '岁末年初，寒意渐浓。通州区总工会通过多种方式把节日的祝福送到职工身边。',
      '3000份慰问品送到职工手中',
      '1月15日至20日，区总工会慰问小组先后走访了12家企业，为一线职工送去慰问品。',
      '慰问小组每到一处都详细询问职工的工作和生活情况。',
      '劳模家中的暖心问候',
      '1月21日，慰问小组来到劳模家中，送上节日的问候。',
    ];
    const blocks = segmentPage(page.join('\n\n'));
    expect(blocks.map((b) => [b.headline, b.section, b.paragraphs.length])).toEqual([
      ['朝阳区总工会举办职工运动会', null, 1],
      ['通州区总工会 多种形式慰问一线职工', '辞旧岁 迎新春', 6],
    ]);
    expect(blocks[1]!.paragraphs[1]).toBe('3000份慰问品送到职工手中');
  });

  it('set phrases of a kicker\'s length at the page top are the kicker of the title below, not the page slogan', () => {
    const page = [
      '辞旧岁 迎新春', '通州区总工会 多种形式慰问一线职工',
      '岁末年初，寒意渐浓。通州区总工会通过多种方式把节日的祝福送到职工身边。',
      '3000份慰问品送到职工手中', '1月15日至20日，区总工会慰问小组先后走访了12家企业。',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => [b.headline, b.alt_titles, b.paragraphs.length])).toEqual([
      ['通州区总工会 多种形式慰问一线职工', ['辞旧岁 迎新春'], 3],
    ]);
  });

  it('a brief under a one-line title, neither dated nor signed, is followed by the next brief (a marked slogan marks no titles)', () => {
    const page = [
      '# 深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面',
      '丰台区总工会举办职工插花课堂', '近日，丰台区总工会举办职工插花课堂，40余名职工参加。',
      '职工书屋迎来首批读者', '春日的午后，丰台区总工会职工书屋里坐满了前来借阅的职工。',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => b.headline)).toEqual(['丰台区总工会举办职工插花课堂', '职工书屋迎来首批读者']);
  });

  it('an enumerated line on a page with no marks is a subhead of its own', () => {
    const page = [
      '丰台区总工会举办职工插花课堂',
      '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '一、精心准备',
      '课前，区总工会为每位职工准备了花材和工具。',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => b.paragraphs)).toEqual([
      ['近日，丰台区总工会举办职工插花课堂。', '一、精心准备', '课前，区总工会为每位职工准备了花材和工具。'],
    ]);
  });
});

describe('subheads and briefs', () => {
  it('a lone heading set smaller than the article title, with text right below, is a subhead', () => {
    const page = [
      '## 一线职工的“娘家人”', '——记全国优秀工会工作者李红', '□本报记者 孙立 通讯员 吴芳',
      '在某公司，提起工会主席李红，职工们都竖起大拇指。',
      '### 把职工的事当成自己的事', '2018年，李红刚到工会工作时，就给自己定了一个规矩。',
      '### 让职工技能有处可学', '针对青年职工技能提升需求，李红牵头建起了职工创新工作室。',
      '## 朝阳区总工会举办职工运动会', '本报讯（记者 王晓）近日，朝阳区总工会第十届职工运动会开幕。',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => [b.headline, b.paragraphs.length])).toEqual([
      ['一线职工的“娘家人”', 5],
      ['朝阳区总工会举办职工运动会', 1],
    ]);
  });

  it('a bulleted title opens a brief on a marked page; a column name over the first is no headline', () => {
    const page = [
      '## 工会简讯',
      '■ 丰台区总工会举办插花课堂', '近日，丰台区总工会举办职工插花课堂，40余名职工参加。',
      '■ 大兴区总工会开展健步走', '日前，大兴区总工会组织500余名职工开展健步走活动。',
      '▲ 职工们在健步走活动中', '3月8日，房山区总工会为女环卫工人送去节日慰问品。',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => [b.headline, b.paragraphs.length])).toEqual([
      ['丰台区总工会举办插花课堂', 1],
      ['大兴区总工会开展健步走', 3],
    ]);
  });

  it('a short line between complete paragraphs is a subhead of its own, not the start of the next paragraph', () => {
    const page = [
      '匠心铸就大国重器', '本报记者 孙立', '走进车间，机器轰鸣。刘师傅正专注地盯着眼前的零件。',
      '三十年如一日', '1993年，刘师傅进入工厂当学徒，从最基础的钳工干起。',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => [b.headline, b.paragraphs])).toEqual([
      ['匠心铸就大国重器', ['走进车间，机器轰鸣。刘师傅正专注地盯着眼前的零件。', '三十年如一日', '1993年，刘师傅进入工厂当学徒，从最基础的钳工干起。']],
    ]);
  });

  it('a photo item keeps its caption title above a caption line', () => {
    const page = [
      '## 丰台区总工会举办职工插花课堂', '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '春风送岗到园区', '图为求职者在招聘会现场咨询', '本报记者 孙立 摄影报道',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => [b.headline, b.paragraphs, b.credits])).toEqual([
      ['丰台区总工会举办职工插花课堂', ['近日，丰台区总工会举办职工插花课堂。'], []],
      ['春风送岗到园区', ['图为求职者在招聘会现场咨询'], ['本报记者 孙立 摄影报道']],
    ]);
  });

  it('a feature signed by a byline line under its title keeps its subheads until a credit closes it', () => {
    const page = [
      '匠心铸就大国重器', '本报记者 孙立', '走进车间，机器轰鸣。刘师傅正专注地盯着眼前的零件。',
      '三十年如一日钻研钳工技艺', '1993年，刘师傅进入工厂当学徒，从最基础的钳工干起。',
      '带出一支能打硬仗的好队伍', '近年来，刘师傅先后带徒50余名，其中12人成长为高级技师。',
      '本报记者 孙立 摄',
      '朝阳区总工会举办职工运动会', '近日，朝阳区总工会第十届职工运动会开幕，2000余名职工参加。',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => [b.headline, b.paragraphs.length])).toEqual([
      ['匠心铸就大国重器', 5],
      ['朝阳区总工会举办职工运动会', 1],
    ]);
  });

  it('a title over a caption that carries its credit is a photo item', () => {
    const page = [
      '丰台区总工会举办职工插花课堂', '本报讯（记者 王晓）近日，丰台区总工会举办职工插花课堂。',
      '春风送岗到园区', '图为求职者在招聘会现场咨询（孙立 摄）',
    ];
    expect(segmentPage(page.join('\n\n')).map((b) => [b.headline, b.credits])).toEqual([
      ['丰台区总工会举办职工插花课堂', []],
      ['春风送岗到园区', ['孙立 摄']],
    ]);
  });
});


describe('shape of a title line and of the text below it', () => {
  it.each<[string, boolean]>([
    ['职工书屋迎来首批读者', true],
    ['海淀各街道工会 借“送清凉”普及工会知识', true],
    ['椿树街道总工会相关负责人表示，下一步', false],
    ['根据新修订的《丰台区职工文化活动管理', false],
    ['慰问组一行向', false],
    ['区总工会有关部门负责人、', false],
    ['图为职工们在插花课堂上学习花材搭配', false],
    ['一、精心准备', false],
    ['（区总工会供稿）', false],
  ])('isShapeTitle(%s) = %s', (line, expected) => expect(isShapeTitle(line)).toBe(expected));

  it.each<[string, string, boolean]>([
    ['职工书屋迎来首批读者', '春日的午后，丰台区总工会职工书屋里坐满了读者。', true],
    ['夜访户外劳动者驿站', '1月8日晚，区总工会慰问组来到户外劳动者驿站。', true],
    ['丰台区总工会举办插花课堂', '丰台区总工会日前在职工之家举办插花课堂。', true],
    ['工会送来的饺子格外香', '“工会送来的饺子真香！”除夕当天，安检员李红说。', true],
    ['丰台区总工会相关', '负责人表示，下一步将持续开展职工文化活动。', false],
    ['活动结束后丰台区总工会相关负', '责人介绍了下一步的工作安排。', false],
    ['区总工会第五届委员会全体会议于3月', '15日召开，会议听取了工作报告。', false],
    ['区总工会有关部门负责人', '和丰台区各街道工会代表参加活动。', false],
    ['丰台区总工会主席', '王晓、副主席李红出席活动。', false],
  ])('startsAfresh(%s, %s) = %s', (line, next, expected) => expect(startsAfresh(line, next)).toBe(expected));

  it.each<[string, boolean]>([
    ['区总工会为职工送去慰问品。', true],
    ['双方表示将进一步加强交流合作。（特约记者 刘长青）', true],
    ['赛场上职工们你追我赶。孙立 摄', true],
    ['近日，区总工会为职工送去慰问品。（区总工会供稿）', true],
    ['（区总工会 天水街道总工会）', true],
    ['据悉，此次招录工作是市总', false],
    ['东湖街道总工会在此次活动中准备了大衣、手套（下转第2版）', true],
  ])('endsParagraph(%s) = %s', (text, expected) => expect(endsParagraph(text)).toBe(expected));
});
