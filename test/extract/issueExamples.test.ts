// The invented examples of each failure class the extraction must handle on
// pages no rule was written for, run through the whole pipeline as pages.
// Expected facts follow the annotation guideline and its conventions.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/pipeline.ts';
import type { ArticleFacts } from '../../src/extract/types.ts';

/** An author as the gold writes it: name and role. */
const plain = ({ name, role }: { name: string; role: string }) => ({ name, role });

const page = (...lines: string[]) => extractPage('example.txt', lines.join('\n\n')).articles;
const one = (...lines: string[]): ArticleFacts => {
  const articles = page(...lines);
  expect(articles).toHaveLength(1);
  return articles[0]!;
};
const orgNames = (a: ArticleFacts) => a.organizations.map((o) => o.name).sort();
const positions = (a: ArticleFacts) => a.positions.map((p) => `${p.name}|${p.organization}|${[...p.titles].sort().join(',')}`).sort();
const roles = (a: ArticleFacts) => Object.fromEntries(a.participants.map((p) => [p.name, [...p.roles].sort()]));

describe('1. articles on unmarked pages', () => {
  it('a title is a line by its shape and place: two articles, each with its title', () => {
    const articles = page(
      '区总工会举办职工插花课堂',
      '本报讯（记者 孙立）近日，区总工会在职工之家举办插花课堂，30余名职工参加。',
      '职工书屋迎来首批读者',
      '春日的午后，丰台区总工会职工书屋里坐满了前来借阅的职工，大家安静地翻看新书。',
    );
    expect(articles.map((a) => a.headline)).toEqual(['区总工会举办职工插花课堂', '职工书屋迎来首批读者']);
  });

  it('a paragraph ending in a bracketed byline ends its article', () => {
    const articles = page(
      '街道工会开展健康讲座',
      '近日，街道工会邀请医生为辖区职工开展健康讲座，职工们纷纷表示受益匪浅。（特约记者 刘长青）',
      '社区职工篮球赛开赛',
      '近日，社区工会组织的职工篮球赛开赛，8支队伍参加比赛。',
    );
    expect(articles.map((a) => a.headline)).toEqual(['街道工会开展健康讲座', '社区职工篮球赛开赛']);
    expect(articles[0]!.authors.map(plain)).toEqual([{ name: '刘长青', role: 'reporter' }]);
  });
});

describe('2. bylines as a small grammar', () => {
  it.each([
    ['文/北京日报记者 孙立', [{ name: '孙立', role: 'reporter' }]],
    ['人民日报-人民网记者王晓 通讯员陈红', [{ name: '王晓', role: 'reporter' }, { name: '陈红', role: 'correspondent' }]],
    ['本报讯（通讯员李红报道）', [{ name: '李红', role: 'correspondent' }]],
    ['本报讯（特约记者 刘长青 见习记者 周敏）', [{ name: '刘长青', role: 'reporter' }, { name: '周敏', role: 'intern_reporter' }]],
  ])('%s', (byline, authors) => {
    const a = one('## 区总工会慰问一线职工', `${byline}`, '近日，区总工会走访慰问坚守岗位的一线职工，送上慰问品。');
    expect(a.authors.map(plain)).toEqual(authors);
  });

  it('NAME 摄 glued to the end of a paragraph makes a photographer', () => {
    const a = one('## 职工拔河比赛举行', '本报讯（记者 孙立）近日，区总工会举办职工拔河比赛，12支队伍参赛。图为比赛现场。王哲 摄');
    expect(a.authors.map(plain)).toEqual([{ name: '孙立', role: 'reporter' }, { name: '王哲', role: 'photographer' }]);
  });
});

describe('3. organizations by open vocabulary', () => {
  it('a company name is read leftwards to its real start', () => {
    const a = one('## 企业工会慰问职工', '本报讯 近日，拜斯特(北京)科技有限公司工会走访慰问一线职工。');
    expect(orgNames(a).some((n) => n.startsWith('拜斯特(北京)科技有限公司'))).toBe(true);
    expect(orgNames(a).some((n) => n.startsWith('斯特'))).toBe(false);
  });

  it('generic phrases and known places are no bodies; 区委区政府 is two bodies', () => {
    const a = one('## 通州区总工会召开全委会',
      '本报讯 近日，通州区总工会召开第三届委员会第二次全体会议，会议强调要建设学习型工会，助力副中心建设。',
      '会议传达了区委区政府的工作部署，城市副中心建设者代表参加会议。');
    const names = orgNames(a);
    for (const not of ['建设学习型工会', '第三届委员会', '助力副中心', '城市副中心']) expect(names).not.toContain(not);
    expect(names).toEqual(expect.arrayContaining(['通州区委', '通州区政府']));
  });

  it('an elliptical list names each body of the district', () => {
    const a = one('## 通州区举办就业援助专场招聘会', '本报讯 近日，由通州区人力社保局、卫健委、民政局联合举办的就业援助专场招聘会举行。');
    expect(a.activity.organizers.sort()).toEqual(['通州区人力社保局', '通州区卫健委', '通州区民政局'].sort());
  });
});

describe('4. short forms resolved through the places of the article, anywhere in China', () => {
  it('区总工会 in a story of 成都市武侯区 is that district\'s', () => {
    const a = one('## 成都市武侯区总工会来京交流', '本报讯 近日，成都市武侯区总工会来京交流。区总工会主席王兵介绍了武侯区工会的工作情况。');
    expect(positions(a)).toEqual(['王兵|成都市武侯区总工会|主席']);
  });

  it('省总工会 in a phrase of 安徽省 is 安徽省总工会', () => {
    const a = one('## 安徽省总工会来赣交流', '本报讯 近日，安徽省人大常委会副主任、省总工会主席王兵一行到江西省总工会交流工作。');
    expect(positions(a)).toEqual(['王兵|安徽省人大常委会|副主任', '王兵|安徽省总工会|主席']);
  });
});

describe('5. people and titles by pattern', () => {
  it('率 announces a leader; a name does not swallow the next verb', () => {
    const a = one('## 区总工会到企业调研', '本报讯 近日，区总工会主席张立新率调研组到企业调研。区总工会副主席王强来到工地，看望一线职工。');
    expect(a.people.map((p) => p.name).sort()).toEqual(['张立新', '王强'].sort());
    expect(roles(a)['张立新']).toContain('LED');
  });

  it('common words and foreign brands are no people', () => {
    const a = one('## 企业工会建设高水平职工之家', '本报讯 近日，西门子(中国)有限公司工会以高水平建设职工之家，努力做职工文化的常青树。');
    expect(a.people).toEqual([]);
  });
});

describe('6. positions', () => {
  it('one title phrase serves several names; 兼 joins titles', () => {
    const a = one('## 区总工会召开座谈会',
      '本报讯 近日，丰台区总工会召开座谈会，丰台区总工会主席王强、副主席李红、赵敏参加。',
      '北京恒达科技有限公司党委书记兼工会主席刘建国介绍了企业的做法。');
    expect(positions(a)).toEqual(expect.arrayContaining([
      '王强|丰台区总工会|主席', '李红|丰台区总工会|副主席', '赵敏|丰台区总工会|副主席',
      '刘建国|北京恒达科技有限公司|党委书记,工会主席',
    ]));
  });

  it('a title with no body written takes the one the sentence implies; departments fold into the parent', () => {
    const a = one('## 延庆区召开职工代表座谈会',
      '本报讯 近日，延庆区召开职工代表座谈会，副区长赵春梅出席。北京市总工会宣传部部长张华介绍了全市工会宣传工作。');
    expect(positions(a)).toEqual(expect.arrayContaining(['赵春梅|延庆区政府|副区长', '张华|北京市总工会|宣传部部长']));
  });
});

describe('7. activity, organizers, districts, roles', () => {
  it('由A牵头，联合B、C共同举办 gives all three organizers', () => {
    const a = one('## 职工技能大赛举行', '本报讯 近日，由海淀区总工会牵头，联合海淀区人力社保局、海淀区科委共同举办的职工技能大赛举行。');
    expect(a.activity.organizers.sort()).toEqual(['海淀区总工会', '海淀区人力社保局', '海淀区科委'].sort());
  });

  it('a trip does not add the organizer\'s home district', () => {
    const a = one('## 东城区总工会组织劳模疗休养', '本报讯 近日，东城区总工会组织劳模赴怀柔区疗休养。');
    expect(a.activity.districts).toEqual(['怀柔区']);
  });

  it('a summary of measures is not typed by its first measure', () => {
    const a = one('## 区总工会多措并举服务职工', '本报讯 今年以来，区总工会多措并举服务职工。一是开展技能培训，二是走访慰问困难职工，三是举办文体活动。');
    expect(a.activity.kind).toBe('other');
  });

  it('speech verbs beyond the table are SPOKE; 王主席表示 is the 王 named with 主席 earlier', () => {
    const a = one('## 区总工会慰问环卫工人',
      '本报讯 近日，区总工会主席王建华来到环卫作业一线慰问职工，他叮嘱大家注意防暑。',
      '副主席李红呼吁社会各界关心关爱环卫工人。王主席表示，工会将持续做好服务。');
    expect(roles(a)['王建华']).toContain('SPOKE');
    expect(roles(a)['李红']).toEqual(['SPOKE']);
  });
});
