import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/extract/places.ts';
import { block } from './handMentions.ts';

const placesOf = (line: string) => findPlaces(block([line])).map((m) => [m.text, m.name, m.district]);

// Real lines of the seed pages; districts as the gold gives them for the articles.
const rows: [string, [string, string, string | null][]][] = [
  ['连日来，西城区椿树街道总工会持续开展“夏送清凉”系列活动', [['西城区', '西城区', '西城区'], ['椿树街道', '椿树街道', '西城区']]],
  ['近日,市金融工会一行来到北京农商银行城市副中心分行潞城支行,慰问一线银行职工', [['城市副中心', '通州区', '通州区']]],
  ['慰问团一行首先参观了设立在通州区潞城镇大营村内的乡村便利店,了解这里为当地村民提供的便利取款', [['通州区', '通州区', '通州区'], ['潞城镇', '潞城镇', '通州区']]],
  ['近日,中关村科技园区怀柔园管理委员会工会联合会于琉璃庙镇白河湾栈道举办了职工健步走活动。', [['怀柔', '怀柔区', '怀柔区'], ['琉璃庙镇', '琉璃庙镇', '怀柔区']]],
  ['今年的笔试工作涉及东城、西城、朝阳、昌平、北京经济技术开发区的11个考点。',
    [['东城', '东城区', '东城区'], ['西城', '西城区', '西城区'], ['朝阳', '朝阳区', '朝阳区'], ['昌平', '昌平区', '昌平区'],
      ['北京经济技术开发区', '北京经济技术开发区', '北京经济技术开发区']]],
  ['全国总工会赴门头沟调研“县级工会加强年”专项工作', [['门头沟', '门头沟区', '门头沟区']]],
  ['本报讯(记者任洁 通讯员曹薇)北京工商大学工会近日联合学校心理素质教育中心在良乡教职工之家举办', [['良乡', '良乡地区', '房山区']]],
  ['连日来，京城持续高温，为切实关注职工身体健康，经开区总工会开展2024年“夏送清凉”慰问活动', [['经开区', '北京经济技术开发区', '北京经济技术开发区']]],
  ['全市16个区及河北迁安均设立“暖心伴考”职工志愿服务点 提供四大类10余项服务', [['河北', '河北省', null], ['迁安', '迁安市', null]]],
  ['“万华杯”首届全国化工和医药行业班组职业技能竞赛决赛在山东烟台开赛。', [['山东', '山东省', null], ['烟台', '烟台市', null]]],
  ['12月18日,甘肃临夏州积石山县发生6.2级地震', [['甘肃', '甘肃省', null], ['临夏州', '临夏回族自治州', null]]],
  // A district name right after a city elsewhere is that city's, not Beijing's.
  ['长春市朝阳区总工会也派人参加。', [['长春市', '长春市', null], ['朝阳区', '朝阳区', null]]],
  // Districts of other cities are places with no district.
  ['近日,南宁市青秀区总工会举办培训', [['南宁市', '南宁市', null], ['青秀区', '青秀区', null]]],
  ['成都市武侯区总工会来京交流', [['成都市', '成都市', null], ['武侯区', '武侯区', null]]],
  // A district elsewhere whose name is a common word counts only as a word of its own.
  ['他们在老解放区的故事里长大', []],
  // Short forms inside other words are no places.
  ['慰问2万余名户外一线劳动者，为职工夏日安康保驾护航，让他们感受到‘娘家人’的关怀。', []],
];

describe('findPlaces', () => {
  it.each(rows)('%s', (line, expected) => {
    expect(placesOf(line)).toEqual(expected);
  });

  it('reads a later bare district of an article that wrote it as another city\'s as that city\'s', () => {
    const m = findPlaces(block(['近日，长春市朝阳区总工会举办活动。', '朝阳区总工会主席出席。']));
    expect(m.map((x) => [x.paragraph, x.name, x.district])).toEqual([[0, '长春市', null], [0, '朝阳区', null], [1, '朝阳区', null]]);
  });

  it('gives offsets into the paragraph and marks title lines with negative indices', () => {
    const m = findPlaces(block(['连日来,朝阳区东湖街道总工会组织开展了一系列冬送温暖慰问活动,'], '东湖街道工会为新就业形态劳动者送温暖'));
    expect(m.map((x) => [x.paragraph, x.start, x.end, x.name])).toEqual([[-1, 0, 4, '东湖街道'], [0, 4, 7, '朝阳区'], [0, 7, 11, '东湖街道']]);
  });
});
