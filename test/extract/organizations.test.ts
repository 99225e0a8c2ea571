import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../src/extract/organizations.ts';
import { findPlaces } from '../../src/extract/places.ts';
import type { ArticleBlock } from '../../src/extract/types.ts';
import { block } from './handMentions.ts';

const orgsOf = (b: ArticleBlock) => findOrganizations(b, findPlaces(b));
const canonicals = (b: ArticleBlock) => [...new Set(orgsOf(b).map((o) => o.canonical))].sort();

// Real lines of the seed pages; canonical names as the gold gives them.
const rows: [string, string[]][] = [
  ['此次活动由市总工会主办，市总工会职工服务中心、石景山区总工会承办。', ['北京市总工会', '北京市总工会职工服务中心', '石景山区总工会']],
  ['近日，全国总工会到门头沟调研“县级工会加强年”专项工作，通过实地查看、听取汇报、座谈交流等形式，对门头沟区、西城区有关工作情况进行深入了解。', ['中华全国总工会']],
  ['现场，经开区总工会主席安春玲与企业相关负责人、职工代表开展座谈交流', ['北京经济技术开发区总工会']],
  ['近日,由中国能源化学地质工会、中国化工教育协会、中国化工职工思想政治工作研究会主办,山东省石油化学工会、烟台市总工会、烟台职业学院承办',
    ['中国化工教育协会', '中国化工职工思想政治工作研究会', '中国能源化学地质工会', '山东省石油化学工会', '烟台市总工会', '烟台职业学院']],
  ['第一站走进北京盛世华人供应链管理有限公司与北京安艺达保安服务有限公司。', ['北京安艺达保安服务有限公司', '北京盛世华人供应链管理有限公司']],
  ['首都职工志愿北汽越野车YUE·服务队、丰台税务局“接二连三”服务队等获奖代表向大家分享了他们的志愿故事。',
    ['丰台税务局“接二连三”服务队', '首都职工志愿北汽越野车YUE·服务队']],
  ['在热烈的气氛中，石景山区总工会职工合唱团，金隅集团工会、北京公交集团工会职工志愿者先后登台，',
    ['北京公交集团工会', '石景山区总工会职工合唱团', '金隅集团工会']],
  ['近日,中关村科技园区怀柔园管理委员会工会联合会于琉璃庙镇白河湾栈道举办了职工健步走活动。',
    ['中关村科技园区怀柔园管理委员会', '中关村科技园区怀柔园管理委员会工会联合会']],
  ['东城区委办、区委研究室联队，区政府办、区政府研究室、区外联办联队等队伍依次登台',
    ['东城区外联办', '东城区委办', '东城区委研究室', '东城区政府办', '东城区政府研究室']],
  ['近日，顺义区总工会举办2024年基层工会干部培训班，来自区属国有企业工会和基层工会共40余名工会干部参加。', ['顺义区总工会']],
  ['此次决赛内容以工会业务基本知识为主,同时设置了党的二十大精神、中国工会十八大精神内容', []],
  ['开班动员会上，顺义区总工会鼓励各单位要组织本单位工会干部，深入学习宣传贯彻北京市工会十五大精神', ['顺义区总工会']],
  ['近日,西城区陶然亭街道总工会组织60名工会会员,来到首都电影院中华店观看冬奥会官方电影《北京2022》,重温冬奥精神。',
    ['西城区陶然亭街道总工会', '首都电影院中华店']],
  ['近日，朝阳区将台地区党工共建品牌“将小爱”在小爱首善广场启动“夏送清凉”活动', ['将小爱']],
];

describe('findOrganizations', () => {
  it.each(rows)('%s', (line, expected) => {
    expect(canonicals(block([line]))).toEqual([...expected].sort());
  });

  it('resolves 区总工会 and 区委 through the district the sentence is about', () => {
    const b = block([
      '随后召开的座谈会由门头沟区人大常委、党组副书记、副主任，区总工会主席李伟主持。',
      '化工作措施，推动区级工会实现“五强”目标。',
      '西城区总工会副主席林立汇报了西城区“工会加强年”专项工作情况。2022年9月以来，西城区总工会在全国总工会、市总工会和区委的正确领导下，',
    ]);
    expect(canonicals(b)).toEqual(['中华全国总工会', '北京市总工会', '西城区委', '西城区总工会', '门头沟区人大常委会', '门头沟区总工会'].sort());
  });

  it('gives each short form of a body the fullest form the article uses', () => {
    const b = block([
      '连日来，西城区椿树街道总工会持续开展“夏送清凉”系列活动，为坚守在工作岗位默默奉献的户外劳动者送去夏日清凉。截至目前，椿树街道总工会“夏送清凉”系列活动惠及职工1500人次。',
      '椿树街道总工会相关负责人表示，下一步，街道总工会将继续为广大职工做好事、办实事',
    ]);
    const forms = orgsOf(b).filter((o) => o.canonical === '西城区椿树街道总工会').map((o) => o.text);
    expect([...new Set(forms)].sort()).toEqual(['椿树街道总工会', '西城区椿树街道总工会', '街道总工会'].sort());
  });

  it('reads 该集团 and 公司 as the group or company named before', () => {
    const b = block([
      '近日连续高温，北方车辆集团工会慰问组一行深入一线，走访慰问坚守岗位的科研人员和干部职工',
      '在该集团总装公司现场，慰问组一行向负责人询问生产进度和工作难点',
    ]);
    expect(canonicals(b)).toEqual(['北方车辆集团', '北方车辆集团工会', '北方车辆集团总装公司'].sort());
    const c = block(['近日，中铁电气化局京沪维管公司工会联合公司纪委举办了“诚信敬业道德讲堂”暨“清风传家 廉洁筑路”廉洁家书分享会']);
    expect(canonicals(c)).toContain('中铁电气化局京沪维管公司纪委');
  });

  it('maps a town body and a district short form onto the full names', () => {
    const b = block(['近日，密云区太师屯镇总工会、镇社保所共同举办的2023年春季首场“城市服务类岗位招聘会”，吸引580余人前来求职。'],
      '密云太师屯镇总工会举办春季招聘会');
    expect(canonicals(b)).toEqual(['密云区太师屯镇总工会', '密云区太师屯镇社保所']);
  });

  it('assigns kinds from the suffix, a department taking its parent body\'s kind', () => {
    const kinds = Object.fromEntries(orgsOf(block([
      '展演活动在喜庆热烈的舞蹈《辉煌新时代》中拉开序幕。东城区委办、区委研究室联队，区政府办、区政府研究室、区外联办联队等队伍依次登台',
      '近日,2023年房山区职工职业技能竞赛颁奖仪式在房山区人民法院举行。',
    ])).map((o) => [o.canonical, o.kind]));
    expect(kinds).toMatchObject({ 东城区委研究室: 'party', 东城区政府研究室: 'government', 房山区人民法院: 'government' });
  });
});
