import { describe, expect, it } from 'vitest';
import { findActivityKind } from '../../src/extract/activityKind.ts';
import { findOrganizers } from '../../src/extract/organizers.ts';
import { findDistricts } from '../../src/extract/districts.ts';
import type { OrgKind } from '../../src/extract/types.ts';
import { block, orgs, places } from './handMentions.ts';

// Titles (main title, then other title lines) and kinds from the gold files.
const kindRows: [string, string[], string][] = [
  ['北京市专职工会社会工作者公开招录工作启动', ['今年将招录88名专职工会社会工作者'], 'recruitment'],
  // 访 after a word of how or where is a visit; a fitness event is sports.
  ['区总工会夜访环卫工人作业点', [], 'visit'],
  ['街道工会干部入户家访困难职工', [], 'visit'],
  ['工会主席访谈录：倾听一线心声', [], 'other'],
  ['强身健体 乐享生活——街道总工会职工健身活动', [], 'sports'],
  ['北方车辆集团工会慰问坚守岗位一线职工', ['夏送清凉'], 'visit'],
  ['“将小爱”夏送清凉活动带动社会单位传递关爱', [], 'visit'],
  ['龙潭街道为新就业形态劳动者送爱心理发券', [], 'visit'],
  ['全国总工会赴门头沟调研“县级工会加强年”专项工作', [], 'inspection'],
  ['京沪维管公司工会举办廉洁家书分享会', [], 'meeting'],
  ['西城区天桥街道总工会开展“双提升”工程大讨论', ['把职工心愿化作办事“清单”'], 'meeting'],
  ['首都职工志愿服务成果展示活动举行', ['首都职工志愿服务“爱心·凝聚·力量”成果展示活动'], 'show'],
  ['东城区总工会举办“五月的鲜花”歌咏比赛展示活动', [], 'show'],
  ['陶然亭街道职工观看《北京2022》重温冬奥精神', [], 'show'],
  ['房山职工职业技能竞赛颁奖仪式举办', [], 'ceremony'],
  ['全国化工和医药行业班组职业技能竞赛决赛开赛', [], 'contest'],
  ['朝阳区专职工会社工开展工会知识大比拼', [], 'contest'],
  ['顺义区总工会举办基层工会干部培训班', [], 'training'],
  ['北京高校三片组工会干部开展联学联建主题活动', [], 'training'],
  ['中关村科技园区怀柔园工会举办职工健步走活动', [], 'sports'],
  ['北京市总工会向甘肃、青海两省总工会捐助抗震救灾资金', ['守望相助 紧急驰援'], 'donation'],
  ['北京工会多项服务全力开启高考“护考模式”', ['全市16个区及河北迁安均设立“暖心伴考”职工志愿服务点 提供四大类10余项服务'], 'volunteering'],
  ['为职工打造安全、健康、清凉的工作环境', ['朝阳区总工会启动“夏送清凉”慰问活动', '夏送清凉 工会行动'], 'visit'],
  ['上门义诊', [], 'other'],
  // Event nouns of other union papers, kinds per the guideline's list.
  ['天津市总工会举办职工书画作品展', [], 'show'],
  ['市总工会举办职工摄影展', [], 'show'],
  ['劳模工匠事迹展览走进园区', [], 'show'],
  ['区总工会举办青年职工联谊会', [], 'show'],
  ['职工新年音乐会举行', [], 'show'],
  ['劳模宣讲进企业', [], 'meeting'],
  ['全国劳动模范事迹报告会举行', [], 'meeting'],
  ['区总工会举办劳模精神宣讲会', [], 'meeting'],
  ['青年职工演讲比赛决出名次', [], 'contest'],
  ['全市职工技能大赛开赛', [], 'contest'],
  ['区总工会举办职工趣味运动会', [], 'sports'],
  ['园区职工篮球赛落幕', [], 'sports'],
  ['职工春风行动招聘会举行', [], 'recruitment'],
  ['高校毕业生双选会吸引百家企业', [], 'recruitment'],
  ['工会干部培训班开班', [], 'training'],
  ['职工心理健康讲座走进车间', [], 'training'],
  ['区总工会召开劳动模范表彰大会', [], 'ceremony'],
  ['区总工会举办新春职工茶话会', [], 'meeting'],
  ['公交集团举办驾驶员技能比武', [], 'contest'],
  ['区总工会为职工举办集体婚礼', [], 'ceremony'],
  ['石家庄市总工会开展“金秋助学”活动', [], 'donation'],
  // Sports or contest (the guideline's conventions): games, races, walks and sports meets are sports
  // even when called 比赛; skill, knowledge and labour contests are contests; singing and dancing contests are shows.
  ['区总工会举办职工拔河比赛', [], 'sports'],
  ['职工乒乓球比赛圆满落幕', [], 'sports'],
  ['通州区举办职工篮球联赛', [], 'sports'],
  ['园区职工足球邀请赛开赛', [], 'sports'],
  ['职工环湖长跑比赛鸣枪开跑', [], 'sports'],
  ['镇总工会举办职工趣味运动会', [], 'sports'],
  ['街道职工羽毛球赛激战正酣', [], 'sports'],
  ['职工健步走比赛在公园举行', [], 'sports'],
  ['全区职工游泳比赛举行', [], 'sports'],
  ['区总工会举办职工职业技能大赛', [], 'contest'],
  ['工会知识竞赛决赛举行', [], 'contest'],
  ['重点工程劳动竞赛推进会召开', [], 'meeting'],
  ['全市建筑行业劳动竞赛启动', [], 'contest'],
  ['职工歌唱比赛唱响新时代', [], 'show'],
  ['区总工会举办职工广场舞大赛', [], 'show'],
  ['职工歌手大赛决赛落幕', [], 'show'],
  ['职工舞蹈比赛展风采', [], 'show'],
  // An out-of-town study visit is an inspection.
  ['区总工会赴上海考察学习工会工作', [], 'inspection'],
  ['工会干部到兄弟单位参观学习', [], 'inspection'],
  // A summary of measures is no one event.
  ['平谷区总工会五举措助力大气污染防治', [], 'other'],
  ['区总工会多措并举服务新就业形态劳动者', [], 'other'],
  // Childcare for workers' children is a service, not a training course.
  ['街道总工会职工子女寒假托管班开班', [], 'other'],
];

describe('findActivityKind', () => {
  it.each(kindRows)('%s', (headline, alt, expected) => {
    expect(findActivityKind(block(['近日，活动举行。'], headline, alt))).toBe(expected);
  });

  it('reads the body when no title line has a cue', () => {
    const b = block([
      '近日,由海淀区政协委员,区总工会党组书记、副主席孙金春带队,前往快手总部,参加由海淀区政协举办的“海淀政协·委员沙龙”读书分享会。',
      '海淀区总工会一行首先实地调研了快手科技公司总部一层展厅,听取该公司在技术赋能、产品推介、社会公益等方面工作汇报。',
      '在读书分享会环节,孙金春首先分享了《习近平总书记关于工人阶级和工会工作的重要论述》一书,他表示,海淀区总工会要积极学习习近平总书记关于工会工作的重要指示。',
    ], '海淀区政协工会界委员走进企业宣讲劳模精神');
    expect(findActivityKind(b)).toBe('meeting');
  });

  it('reads a summary of measures as no one event, but not a list inside what someone said', () => {
    const summary = block(['今年以来，区总工会多措并举关爱户外劳动者：一是建设暖心驿站；二是开展送清凉慰问；三是组织技能培训。'], '用心用情关爱户外劳动者');
    expect(findActivityKind(summary)).toBe('other');
    const speech = block([
      '近日，街道总工会走访慰问辖区环卫职工，送去慰问品。',
      '街道总工会主席王强表示，下一步将继续做好服务，一是健全组织；二是完善制度。',
    ], '情暖环卫工人');
    expect(findActivityKind(speech)).toBe('visit');
  });

  it('gives a fragment continued from another page no kind of its own', () => {
    expect(findActivityKind(block(['下，系统学习无人机操控原理，并完成起飞、悬停、转向等实操训练。']))).toBe('other');
  });
});

type Forms = Record<string, string | [string, OrgKind]>;
const organizerRows: [string, string | null, string[], string[], Forms, string[]][] = [
  ['由 … 主办，… 承办', '首都职工志愿服务成果展示活动举行', [],
    ['此次活动由市总工会主办，市总工会职工服务中心、石景山区总工会承办。'],
    { 市总工会: '北京市总工会', 市总工会职工服务中心: ['北京市总工会职工服务中心', 'social'], 石景山区总工会: '石景山区总工会' },
    ['北京市总工会', '北京市总工会职工服务中心', '石景山区总工会']],
  ['由 … 举办 outranks the title subject', '海淀区政协工会界委员走进企业宣讲劳模精神', [],
    ['近日,由海淀区政协委员,区总工会党组书记、副主席孙金春带队,前往快手总部,参加由海淀区政协举办的“海淀政协·委员沙龙”读书分享会。'],
    { 海淀区政协工会界: ['海淀区政协工会界', 'consultative'], 海淀区政协: ['海淀区政协', 'consultative'], 区总工会: '海淀区总工会' },
    ['海淀区政协']],
  ['X 联合 Y 举办', '京沪维管公司工会举办廉洁家书分享会', [],
    ['近日，中铁电气化局京沪维管公司工会联合公司纪委举办了“诚信敬业道德讲堂”暨“清风传家 廉洁筑路”廉洁家书分享会。'],
    { 京沪维管公司工会: '中铁电气化局京沪维管公司工会', 中铁电气化局京沪维管公司工会: '中铁电气化局京沪维管公司工会', 公司纪委: ['中铁电气化局京沪维管公司纪委', 'party'] },
    ['中铁电气化局京沪维管公司工会', '中铁电气化局京沪维管公司纪委']],
  ['X、Y 共同举办', '密云太师屯镇总工会举办春季招聘会', [],
    ['近日，密云区太师屯镇总工会、镇社保所共同举办的2023年春季首场“城市服务类岗位招聘会”，吸引580余人前来求职。'],
    { 密云太师屯镇总工会: '密云区太师屯镇总工会', 密云区太师屯镇总工会: '密云区太师屯镇总工会', 镇社保所: ['密云区太师屯镇社保所', 'government'] },
    ['密云区太师屯镇总工会', '密云区太师屯镇社保所']],
  ['title subject and the body of the leader', '市推进产业工人队伍建设改革工作评价组赴东城调研', [],
    ['近日，北京市总工会党组成员、副主席赵丽君带领市推进产业工人队伍建设改革工作评价组到东城区开展实地评价调研。东城区总工会党组书记、常务副主席，区产业工人队伍建设改革协调小组副组长李长华陪同调研。'],
    { 市推进产业工人队伍建设改革工作评价组: ['北京市推进产业工人队伍建设改革工作评价组', 'other'], 北京市总工会: '北京市总工会', 东城区总工会: '东城区总工会', 区产业工人队伍建设改革协调小组: ['东城区产业工人队伍建设改革协调小组', 'other'] },
    ['北京市推进产业工人队伍建设改革工作评价组', '北京市总工会']],
  ['alt title subject; the leader\'s union, not his legislature', '为职工打造安全、健康、清凉的工作环境', ['朝阳区总工会启动“夏送清凉”慰问活动'],
    ['近日，北京迎来持续高温天气，广大职工战高温、斗酷暑，坚守在岗位上。连日来，朝阳区人大常委会党组副书记、副主任，区总工会主席张克斌带队先后到美团骑手党群服务中心和区环卫中心看望慰问奋战在一线的外卖小哥和环卫职工。'],
    { 朝阳区总工会: '朝阳区总工会', 朝阳区人大常委会: ['朝阳区人大常委会', 'legislature'], 区总工会: '朝阳区总工会', 美团骑手党群服务中心: ['美团骑手党群服务中心', 'social'], 区环卫中心: ['朝阳区环卫中心', 'other'] },
    ['朝阳区总工会']],
  ['quoted organization at the head of the title', '“将小爱”夏送清凉活动带动社会单位传递关爱', [],
    ['近日，朝阳区将台地区党工共建品牌“将小爱”在小爱首善广场启动“夏送清凉”活动。'],
    { 将小爱: ['将小爱', 'social'] }, ['将小爱']],
  ['subject of the first paragraph', '上门义诊', [],
    ['近日，北京建博海公司工会邀请中医诊疗师在公司范围内开展为期一周的“心系职工情暖人心”免费义诊活动。'],
    { 北京建博海公司工会: '北京建博海公司工会' }, ['北京建博海公司工会']],
  ['the union named most often', '房山职工职业技能竞赛颁奖仪式举办', [],
    ['近日,2023年房山区职工职业技能竞赛颁奖仪式在房山区人民法院举行。房山区委副书记、政法委书记暴剑,房山区人大常委会党组书记、常务副主任、区总工会主席齐文东等领导出席活动。',
      '房山区总工会相关负责人表示，此次技能竞赛充分展现了职工们精益求精、追求卓越的工匠精神。'],
    { 房山区人民法院: ['房山区人民法院', 'government'], 房山区委: ['房山区委', 'party'], 政法委: ['房山区委政法委', 'party'], 房山区人大常委会: ['房山区人大常委会', 'legislature'], 区总工会: '房山区总工会', 房山区总工会: '房山区总工会' },
    ['房山区总工会']],
  // Invented rows, one per class of the guideline's organizer rules.
  ['由 A 牵头，联合 B、C 共同举办: all three', '京津冀职工技能竞赛决赛开幕', [],
    ['近日，由北京市总工会牵头，联合天津市总工会、河北省总工会共同举办的京津冀职工技能竞赛决赛在京开幕。'],
    { 北京市总工会: '北京市总工会', 天津市总工会: '天津市总工会', 河北省总工会: '河北省总工会' },
    ['北京市总工会', '天津市总工会', '河北省总工会']],
  ['牵头 of a task force is not running the event', '顺义区总工会慰问疫情防控专班', [],
    ['近日，顺义区总工会慰问了区疫情防控专班的工作人员。', '专班由区卫健委牵头，区交通局等部门20余人组成。'],
    { 顺义区总工会: '顺义区总工会', 区卫健委: ['顺义区卫健委', 'government'], 区交通局: ['顺义区交通局', 'government'] },
    ['顺义区总工会']],
  ['the visiting body, not the host', '丰台区总工会到华远物流公司慰问快递员', [],
    ['近日，丰台区总工会来到华远物流公司，慰问坚守岗位的快递员。华远物流公司工会主席李明陪同慰问。'],
    { 丰台区总工会: '丰台区总工会', 华远物流公司: ['华远物流公司', 'company'], 华远物流公司工会: '华远物流公司工会' },
    ['丰台区总工会']],
  ['a kicker about the host gives way to the lead', '为环卫工人送上暖心包', ['东风环境服务中心职工将全员值守春节'],
    ['1月30日，北京市总工会来到东风环境服务中心进行慰问，为一线环卫工人送来了暖心包。'],
    { 北京市总工会: '北京市总工会', 东风环境服务中心: ['东风环境服务中心', 'other'] },
    ['北京市总工会']],
  ['协办 and 支持 bodies are not organizers', '职工书法展开幕', [],
    ['本次书法展由西城区总工会主办，西城区文化馆协办，华远物流公司提供支持。'],
    { 西城区总工会: '西城区总工会', 西城区文化馆: ['西城区文化馆', 'other'], 华远物流公司: ['华远物流公司', 'company'] },
    ['西城区总工会']],
  ['the headline\'s runner beside a body that undertook it', '朝阳区总工会举办职工篮球赛', [],
    ['近日，朝阳区职工篮球赛开赛，比赛由朝阳区体育中心承办。'],
    { 朝阳区总工会: '朝阳区总工会', 朝阳区体育中心: ['朝阳区体育中心', 'other'] },
    ['朝阳区总工会', '朝阳区体育中心']],
  ['a runner no mention covers does not cut the list', '经开区职工健步走活动举行', [],
    ['活动由经开区总工会、经开区团委、亦心服务港共同主办。'],
    { 经开区总工会: '北京经济技术开发区总工会', 经开区团委: ['北京经济技术开发区团委', 'party'] },
    ['北京经济技术开发区总工会', '北京经济技术开发区团委']],
  ['a collective names no body; the sentence subject that holds it later does', '海淀各街道工会开展送清凉活动', [],
    ['近日，清河街道工会服务站开展送清凉活动；北下关街道总工会为了方便职工领取，在辖区两处楼宇分别开展送清凉活动。'],
    { 海淀各街道工会: '海淀各街道工会', 清河街道工会服务站: ['清河街道工会服务站', 'social'], 北下关街道总工会: '北下关街道总工会' },
    ['清河街道工会服务站', '北下关街道总工会']],
  ['a summary of measures: the report\'s subject, not each measure\'s', '顺义区总工会四项举措助力垃圾分类', [],
    ['近日，顺义区总工会推出四项举措助力垃圾分类。', '在宣传方面，区总工会利用微信公众号发布垃圾分类知识。',
      '在培训方面，仁和镇总工会、石园街道总工会开展垃圾分类培训10期。'],
    { 顺义区总工会: '顺义区总工会', 区总工会: '顺义区总工会', 仁和镇总工会: '仁和镇总工会', 石园街道总工会: '石园街道总工会' },
    ['顺义区总工会']],
  ['a description is no body: the visitors the lead names are', '外地工会来我区交流工作', [],
    ['近日，湖北省总工会副主席刘强一行来到我区考察楼宇工会工作，湖北省总工会在考察后举办了座谈会。'],
    { 外地工会: '外地工会', 湖北省总工会: '湖北省总工会' },
    ['湖北省总工会']],
  ['a slogan set off before the headline\'s subject', '送温暖｜西城区总工会走进建设工地', [],
    ['近日，西城区总工会党组书记李明带队来到建设工地，看望慰问一线建设者。'],
    { 西城区总工会: '西城区总工会' }, ['西城区总工会']],
  ['a summary of measures in one paragraph: 一是…二是…', '丰台区总工会多措并举服务新就业形态劳动者', [],
    ['今年以来，丰台区总工会多措并举服务新就业形态劳动者。一是建设暖心驿站；二是开展专项慰问，卢沟桥街道总工会、新村街道总工会开展慰问活动30余场。'],
    { 丰台区总工会: '丰台区总工会', 卢沟桥街道总工会: '丰台区卢沟桥街道总工会', 新村街道总工会: '丰台区新村街道总工会' },
    ['丰台区总工会']],
  ['主办单位为 X，承办单位为 Y', '职工摄影作品展开展', [],
    ['本次展览的主办单位为北京市总工会，承办单位为北京市职工文化协会。'],
    { 北京市总工会: '北京市总工会', 北京市职工文化协会: ['北京市职工文化协会', 'social'] },
    ['北京市总工会', '北京市职工文化协会']],
  ['a company in the headline, its union in the lead', '华远物流公司开展安全技能培训', [],
    ['近日，华远物流有限公司工会组织开展安全技能培训，200余名职工参加。'],
    { 华远物流公司: ['华远物流公司', 'company'], 华远物流有限公司工会: '华远物流有限公司工会' },
    ['华远物流有限公司工会']],
  ['the body named, not the one inside its name', '医院职工志愿者走进社区义诊', [],
    ['近日，首都医科大学附属北京朝阳医院职工志愿者来到社区，为居民义诊。'],
    { 首都医科大学附属北京朝阳医院: ['首都医科大学附属北京朝阳医院', 'other'], 首都医科大学: ['首都医科大学', 'school'] },
    ['首都医科大学附属北京朝阳医院']],
];

describe('findOrganizers', () => {
  it.each(organizerRows)('%s', (_, headline, alt, paragraphs, forms, expected) => {
    const b = block(paragraphs, headline, alt);
    expect(findOrganizers(b, orgs(b, forms)).sort()).toEqual([...expected].sort());
  });

  it('takes a district that holds the event for its government', () => {
    const b = block(['日前，由北京经济技术开发区主办的第九届外企职工运动会举行。'], '外企职工运动会举行');
    expect(findOrganizers(b, [], places(b, { 北京经济技术开发区: '北京经济技术开发区' }))).toEqual(['北京经济技术开发区']);
    const c = block(['近日，怀柔区召开劳动模范表彰大会。'], '劳模表彰大会召开');
    expect(findOrganizers(c, [], places(c, { 怀柔区: '怀柔区' }))).toEqual(['怀柔区']);
    // where a trip goes is not who held it
    const d = block(['近日，东城区总工会组织30名劳动模范赴怀柔区开展疗休养活动。'], '东城区总工会组织劳模疗休养');
    expect(findOrganizers(d, orgs(d, { 东城区总工会: '东城区总工会' }), places(d, { 怀柔区: '怀柔区' }))).toEqual(['东城区总工会']);
  });
});

describe('findDistricts', () => {
  it('counts an organizer\'s home district, not where the jobs are', () => {
    const b = block(['招聘会现场，30余家人力资源单位为求职者提供了30余个工种的岗位，服务地址在北京丰台、海淀、东城、西城、朝阳、石景山六区。'], '密云太师屯镇总工会举办春季招聘会');
    const p = places(b, { 丰台: '丰台区', 海淀: '海淀区', 东城: '东城区', 西城: '西城区', 朝阳: '朝阳区', 石景山: '石景山区' });
    expect(findDistricts(b, [], p, ['密云区太师屯镇总工会'])).toEqual(['密云区']);
  });

  it('counts a venue, not a district inside the name of another body', () => {
    const b = block(['近日，“爱心·凝聚·力量”首都职工志愿服务成果展示活动在石景山区文化中心礼堂拉开序幕。', '首都职工志愿北汽越野车YUE·服务队、丰台税务局“接二连三”服务队等获奖代表向大家分享了他们的志愿故事。'], '首都职工志愿服务成果展示活动举行');
    const o = orgs(b, { 石景山区文化中心: ['石景山区文化中心', 'other'], '丰台税务局“接二连三”服务队': ['丰台税务局“接二连三”服务队', 'social'] });
    const p = places(b, { 石景山区: '石景山区', 丰台: '丰台区' });
    expect(findDistricts(b, o, p, ['北京市总工会'])).toEqual(['石景山区']);
  });

  it('reads 全市16个区 as every district where it is the place of the activity', () => {
    const b = block(['活动以线上线下双融合形式开展。'], '北京工会多项服务全力开启高考“护考模式”', ['全市16个区及河北迁安均设立“暖心伴考”职工志愿服务点 提供四大类10余项服务']);
    expect(findDistricts(b, [], [], [])).toHaveLength(16);
  });

  it('does not read 全市16个区 as a place when it counts bodies', () => {
    const b = block(['截至目前，全市共有2000名专职工会社会工作者，分布在全市16个区职工服务中心和368个工会服务站。'], '北京市专职工会社会工作者公开招录工作启动');
    expect(findDistricts(b, [], [], ['北京市总工会'])).toEqual([]);
  });

  // Invented rows for the trip, venue-list and background rules.
  it('does not add the home district of a body on a trip', () => {
    const b = block(['近日，东城区总工会组织30名劳模赴怀柔区疗休养。'], '东城区总工会组织劳模疗休养');
    const o = orgs(b, { 东城区总工会: '东城区总工会' });
    expect(findDistricts(b, o, places(b, { 东城区: '东城区', 怀柔区: '怀柔区' }), ['东城区总工会'])).toEqual(['怀柔区']);
    const c = block(['近日，海淀区总工会主席李明一行前往门头沟区雁翅镇开展结对慰问。', '海淀和门头沟两区总工会将继续加强合作。'], '海淀区总工会赴门头沟开展结对慰问');
    const co = orgs(c, { 海淀区总工会: '海淀区总工会' });
    const cp = places(c, { 海淀区: '海淀区', 门头沟区: '门头沟区', 门头沟: '门头沟区', 雁翅镇: '门头沟区', 海淀: '海淀区' });
    expect(findDistricts(c, co, cp, ['海淀区总工会'])).toEqual(['门头沟区']);
  });

  it('keeps the home district when the trip stays at home, and a body that guided it is no venue', () => {
    const b = block(['近日，朝阳区总工会来到朝阳区将台地区，在海淀区总工会指导下开展慰问。'], '朝阳区总工会慰问快递小哥');
    const o = orgs(b, { 朝阳区总工会: '朝阳区总工会', 海淀区总工会: '海淀区总工会' });
    expect(findDistricts(b, o, places(b, { 朝阳区: '朝阳区', 将台地区: '朝阳区', 海淀区: '海淀区' }), ['朝阳区总工会'])).toEqual(['朝阳区']);
  });

  it('counts every venue of a list', () => {
    const b = block(['连日来，市总工会职工服务中心先后走进华远物流公司、大兴区瀛海镇总工会、朝阳区孙河地区总工会，开展送温暖行动。'], '市总工会职工服务中心送温暖');
    const o = orgs(b, { 市总工会职工服务中心: ['北京市总工会职工服务中心', 'social'], 华远物流公司: ['华远物流公司', 'company'], 大兴区瀛海镇总工会: '大兴区瀛海镇总工会', 朝阳区孙河地区总工会: '朝阳区孙河地区总工会' });
    const p = places(b, { 大兴区: '大兴区', 瀛海镇: '大兴区', 朝阳区: '朝阳区', 孙河地区: '朝阳区' });
    expect(findDistricts(b, o, p, ['北京市总工会职工服务中心'])).toEqual(['朝阳区', '大兴区']);
  });

  it('does not read a background sentence as the place; the development area is its own district', () => {
    const b = block(['日前，由北京经济技术开发区主办的职工运动会举行。', '据了解，大兴区、北京经济技术开发区自2010年融合发展后，已形成一区六园格局。'], '经开区举办职工运动会');
    const p = places(b, { 北京经济技术开发区: '北京经济技术开发区', 大兴区: '大兴区', 经开区: '北京经济技术开发区' });
    expect(findDistricts(b, [], p, ['北京经济技术开发区'])).toEqual(['北京经济技术开发区']);
  });

  it('counts a street or town of Beijing for its district', () => {
    const b = block(['近日，区总工会在黄村镇念坛公园举办职工健步走活动。'], '职工健步走活动举行');
    expect(findDistricts(b, [], places(b, { 黄村镇: '大兴区' }), [])).toEqual(['大兴区']);
  });

  it('counts a town for its district', () => {
    const b = block(['慰问团一行首先参观了设立在通州区潞城镇大营村内的乡村便利店。'], '市金融工会启动“两节”送温暖活动');
    expect(findDistricts(b, [], places(b, { 通州区: '通州区', 潞城镇: '通州区' }), ['北京市金融工会'])).toEqual(['通州区']);
  });
});
