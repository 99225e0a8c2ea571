import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../src/extract/organizations.ts';
import { findPlaces } from '../../src/extract/places.ts';
import { findPeople } from '../../src/extract/people.ts';
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
    ['北京公交集团工会', '石景山区总工会', '石景山区总工会职工合唱团', '金隅集团工会']],
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
  ['据他讲，自己已经加入将台地区工会组织，成为一名“将小爱”志愿者，希', ['将台地区工会']],
  ['连日来,东城区龙潭街道总工会陆续来到美团、京东、顺丰、丹鸟、中通共5家辖区外卖、快递站点,为他们送上爱心理发券共计730余张。',
    ['东城区龙潭街道总工会', '美团', '京东', '顺丰', '丹鸟', '中通']],
  ['据了解，为充分发挥工会组织在稳就业、促发展中的重要作用。太师屯镇总工会主动作为', ['太师屯镇总工会']],
  ['用涓滴善行汇聚工会大爱，践行“身边的志愿”服务理念', []],
  ['因报考人数较多，为保障笔试工作顺利开展，市总工会联合各相关区总工会，严格按照人事考试规范要求', ['北京市总工会']],
  ['截至目前，全市共有2000名专职工会社会工作者，分布在全市16个区职工服务中心和368个工会服务站。', []],
];

// Invented lines in the genre: where a name starts when jieba cuts a brand apart, and which
// bare `工会` phrases are no bodies.
const boundaryRows: [string, string[]][] = [
  ['区总工会走访了拜斯特(北京)科技有限公司、北京天瑞宏达物流有限公司。', ['拜斯特(北京)科技有限公司', '北京天瑞宏达物流有限公司']],
  ['慰问组来到中外运-敦豪国际航空快件有限公司，看望一线快递员。', ['中外运-敦豪国际航空快件有限公司']],
  ['会上，拱辰北大街社区工会联合会作交流发言。', ['拱辰北大街社区工会联合会']],
  ['职工们纷纷表示“谢谢工会、谢谢娘家人”。', []],
  ['要深化工会改革，全面推进服务型工会建设，打造智慧工会。', []],
  ['希望今后两地工会加强交流，外地工会也可借鉴。', []],
  ['该公司党委书记兼工会主席王明介绍了情况。', []],
  ['北京市金融工会、武林商圈工会、朝阳区服务业工会代表参加。', ['北京市金融工会', '武林商圈工会', '朝阳区服务业工会']],
  ['团队一行赴城市副中心，为建设美丽副中心贡献工会力量。', []],
  ['慰问组先后来到利乐包装(北京)有限公司、博世(中国)投资有限公司。', ['利乐包装(北京)有限公司', '博世(中国)投资有限公司']],
  ['首都医科大学附属北京友谊医院的医生为职工义诊。', ['首都医科大学附属北京友谊医院']],
  ['东城各街道工会、朝阳区各社区工会积极参与。', []],
];

// Invented articles set outside Beijing: short forms are read where the article is.
const elsewhereRows: [string[], string | null, Record<string, string>][] = [
  [['成都市武侯区总工会来京交流。区总工会主席王兵介绍了经验。'], null, { 区总工会: '成都市武侯区总工会' }],
  [['安徽省人大常委会副主任、省总工会主席王兵一行到江西省总工会调研。'], null, { 省总工会: '安徽省总工会' }],
  [['近日，昆明五华区总工会开展慰问。'], null, { 昆明五华区总工会: '昆明市五华区总工会' }],
  [['近日，北京密云区总工会启动慰问活动。'], null, { 北京密云区总工会: '北京市密云区总工会' }],
  [['记者来到西藏类乌齐县，县总工会负责人介绍了情况。'], null, { 县总工会: '类乌齐县总工会' }],
  [['1月5日，南宁市青秀区总工会举办培训。区总一直关注职工需求。'], '青秀区总启动送温暖', { 区总: '南宁市青秀区总工会', 青秀区总: '南宁市青秀区总工会' }],
  [['重庆市总赴西藏考察。'], null, { 重庆市总: '重庆市总工会' }],
  [['近日，济南市总工会举办培训，省总工会副主席王明出席。'], null, { 省总工会: '山东省总工会' }],
  [['南宁市青秀区总工会举办培训，自治区总工会主席李强出席。'], '广西职工技能大赛开幕', { 自治区总工会: '广西壮族自治区总工会' }],
  [['近日，门头沟总工会组织职工参观。'], null, { 门头沟总工会: '门头沟区总工会' }],
];

// Invented lines: departments fold into their parent, bodies written together come apart,
// a bare office in a list is the office of the item before it, a place that holds an event is its government.
const structureRows: [string, string[]][] = [
  ['北京市总工会宣传部部长张华、全总权益部部长李明出席。', ['北京市总工会', '中华全国总工会']],
  ['北京曲艺团党委办公室主任王强、XX环境服务中心党支部书记赵丽参加。', ['北京曲艺团', 'XX环境服务中心']],
  ['活动在北京八十中枣园分校小学部举行。', ['北京八十中枣园分校']],
  ['东城区委研究室、区政府办参加。', ['东城区委研究室', '东城区政府办']],
  ['延庆区总工会主席表示，要把区委区政府的关怀送到一线。', ['延庆区总工会', '延庆区委', '延庆区政府']],
  ['据介绍，城南环卫服务中心隶属于北京环卫集团运输公司。', ['城南环卫服务中心', '北京环卫集团', '北京环卫集团运输公司']],
  ['会议传达了北京市总工会第十四届委员会全体会议精神，第五届委员会委员参加。', ['北京市总工会']],
  ['活动由通州区人力社保局、卫健委、民政局联合举办。', ['通州区人力社保局', '通州区卫健委', '通州区民政局']],
  ['由朝阳区小关街道工委、办事处和街道总工会主办。', ['朝阳区小关街道工委', '朝阳区小关街道办事处', '朝阳区小关街道总工会']],
  ['日前，由北京经济技术开发区主办的职工运动会开幕。', ['北京经济技术开发区']],
  ['当天，怀柔区召开劳模表彰大会。', ['怀柔区']],
  ['河北省总工会在石家庄举办宣讲会。', ['河北省总工会']],
  ['经开区社会事业局、经开区团委共同主办。', ['北京经济技术开发区社会事业局', '北京经济技术开发区团委']],
  ['全总文工团、北京龙泉皮影艺术剧院、门头沟区斋堂镇马栏村代表参加，全总文工团歌舞团演出，村民在美丽乡村合影。',
    ['全总文工团', '全总文工团歌舞团', '北京龙泉皮影艺术剧院', '门头沟区斋堂镇马栏村']],
  ['区政协工会界别委员、区市政工程管理处、区疫情防控工作专班负责人参加。', []],
];

// Invented lines: outlets named as a report's source, and a company's union post.
const sourceAndPostRows: [string[], string[]][] = [
  [['文/北京晚报记者 李丽'], ['北京晚报']],
  [['工人日报-中工网记者王刚 通讯员李敏'], ['工人日报', '中工网']],
  [['据千龙网报道，活动吸引了上千名职工。'], ['千龙网']],
  [['本报讯（记者 张晶）近日，本报记者走进一线。'], []],
  [['北京恒达科技有限公司工会主席刘伟介绍了情况。'], ['北京恒达科技有限公司']],
  [['刚领完奖品的博世中国工会主席陈文表示感谢。'], ['博世中国']],
  [['北京恒达科技有限公司工会组织职工参加培训。', '公司工会主席刘伟作动员讲话。'], ['北京恒达科技有限公司', '北京恒达科技有限公司工会']],
  [['北京市建筑工会主席王天出席，武林商圈工会主席李文陪同。'], ['北京市建筑工会', '武林商圈工会']],
  [['市建筑工会对中建二局、住总集团等参建单位进行慰问。'], ['北京市建筑工会', '中建二局', '住总集团']],
  [['京东工会主席李明介绍了快递员入会情况。'], ['京东']],
  [['北京电视台、千龙网等媒体进行了报道。'], ['北京电视台', '千龙网']],
  [['首都师范大学美术学院院长张华现场点评。'], ['首都师范大学']],
  [['展出了机电工程学院智能制造产业学院的教学成果。'], ['机电工程学院', '智能制造产业学院']],
  [['职工说：“谢谢工会主席，谢谢娘家人。”'], []],
];

describe('findOrganizations', () => {
  it.each(sourceAndPostRows)('%s', (lines, expected) => {
    expect(canonicals(block(lines))).toEqual([...expected].sort());
  });

  it('gives an outlet the kind media and a company read from its union post the kind company', () => {
    const kinds = Object.fromEntries(orgsOf(block(['文/北京晚报记者 李丽', '博世中国工会主席陈文表示感谢。'])).map((o) => [o.canonical, o.kind]));
    expect(kinds).toEqual({ 北京晚报: 'media', 博世中国: 'company' });
  });

  it.each(structureRows)('%s', (line, expected) => {
    expect(canonicals(block([line]))).toEqual([...expected].sort());
  });

  it('reads no body in a place whose name ends like one (麦子店街道, 高碑店)', () => {
    expect(canonicals(block(['活动在朝阳区麦子店街道举行。'], '麦子店街道 职工运动会开幕'))).toEqual([]);
  });

  it('gives a place that holds an event the kind government, and a village the place it is in', () => {
    const kinds = Object.fromEntries(orgsOf(block(['由北京经济技术开发区主办。', '门头沟区斋堂镇马栏村党支部书记王军介绍。']))
      .map((o) => [o.canonical, o.kind]));
    expect(kinds).toEqual({ 北京经济技术开发区: 'government', 门头沟区斋堂镇马栏村: 'other' });
  });

  it.each(elsewhereRows)('%s', (lines, headline, expected) => {
    const forms = Object.fromEntries(orgsOf(block(lines, headline)).map((o) => [o.text, o.canonical]));
    expect(forms).toMatchObject(expected);
  });

  it('reads no 总 of a total as a union', () => {
    expect(canonicals(block(['全区总面积达到100平方公里，市总体规划已经批复。']))).toEqual([]);
  });

  it.each(boundaryRows)('%s', (line, expected) => {
    expect(canonicals(block([line]))).toEqual([...expected].sort());
  });

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

  it('gives a street body its district where the article writes the street under it (gold: 西城区天桥街道工会服务站)', () => {
    const b = block(['近日,西城区天桥街道总工会邀请辖区20余家企业的工会干部等近30人欢聚一堂,在该街道工会服务站开展“双提升”工程大讨论。']);
    expect(canonicals(b)).toEqual(['西城区天桥街道工会服务站', '西城区天桥街道总工会']);
    expect(canonicals(block(['天桥街道总工会在街道工会服务站开展活动。']))).toEqual(['天桥街道工会服务站', '天桥街道总工会']);
  });

  it('maps an area body onto the area named before it, and keeps the written short form as an alias', () => {
    const b = block(['近日，朝阳区南磨房地区总工会联合地区社保所开展政策宣传。']);
    expect(canonicals(b)).toEqual(['朝阳区南磨房地区总工会', '朝阳区南磨房地区社保所']);
    expect(orgsOf(b).find((o) => o.text === '地区社保所')?.canonical).toBe('朝阳区南磨房地区社保所');
  });

  // [line, canonical names]: the city a 市 short form stands for, a group inside a company's name.
  it.each<[string, string[]]>([
    ['近日，天津市总工会在市工人文化宫举办职工书画作品展。市总工会党组成员、副主席李建华出席。', ['天津市工人文化宫', '天津市总工会']],
    ['此次活动由市总工会主办。', ['北京市总工会']],
    ['此次活动由市总工会主办，会后代表们赴天津市参观。', ['北京市总工会']],
    ['全国劳动模范、河钢集团唐钢公司高级技师李红军作主题宣讲。', ['河钢集团', '河钢集团唐钢公司']],
    ['北京公交集团有限公司工会组织职工参加。', ['北京公交集团有限公司工会']],
    ['长春市朝阳区总工会也派人参加。', ['长春市朝阳区总工会']],
  ])('%s', (line, expected) => expect(canonicals(block([line]))).toEqual([...expected].sort()));

  it('assigns kinds to houses, firms and centres that other union papers name', () => {
    const kinds = Object.fromEntries(orgsOf(block([
      '北京市盈科律师事务所律师为职工答疑，首都图书馆、首都博物馆、北京积水潭医院、海淀区职工心理咨询中心、天津市工人文化宫、职工足球俱乐部参加。',
    ])).map((o) => [o.canonical, o.kind]));
    expect(kinds).toEqual({
      北京市盈科律师事务所: 'company', 首都图书馆: 'other', 首都博物馆: 'other', 北京积水潭医院: 'other',
      海淀区职工心理咨询中心: 'social', 天津市工人文化宫: 'other', 职工足球俱乐部: 'social',
    });
  });

  it('assigns kinds from the suffix, a department taking its parent body\'s kind', () => {
    const kinds = Object.fromEntries(orgsOf(block([
      '展演活动在喜庆热烈的舞蹈《辉煌新时代》中拉开序幕。东城区委办、区委研究室联队，区政府办、区政府研究室、区外联办联队等队伍依次登台',
      '近日,2023年房山区职工职业技能竞赛颁奖仪式在房山区人民法院举行。',
    ])).map((o) => [o.canonical, o.kind]));
    expect(kinds).toMatchObject({ 东城区委研究室: 'party', 东城区政府研究室: 'government', 房山区人民法院: 'government' });
  });
});

// A whole article of page 001 (column breaks rejoined), with the gold's people and organizations.
const evaluationVisit = block([
  '近日，北京市总工会党组成员、副主席赵丽君带领市推进产业工人队伍建设改革工作评价组到东城区开展实地评价调研，先后实地走访了东城区职工教育实践活动中心、东城区职工大学和北京慈爱嘉养老服务有限公司，对东城区推进产业工人队伍建设改革工作开展全面评价，并对“区级工会加强年”专项工作进行调研。东城区总工会党组书记、常务副主席，区产业工人队伍建设改革协调小组副组长李长华陪同调研。',
  '在东城区职工教育实践活动中心，评价组一行实地参观东城区政协界别劳模工作室，体验职工体质测试和心理体验项目；在北京慈爱嘉养老服务有限公司，评价组一行重点参观青年创业基地、职工之家、技能大赛实操基地，随行听取慈爱嘉工会和慈爱嘉培训学校相关负责人对人才队伍建设及承办区级职业技能大赛情况的介绍；在东城区职工大学，评价组一行实地参观校园和培训教室，随行听取校长景宝龙就“东城区职工技能素养双助推计划”工作进行汇报。',
  '座谈会上，东城区总工会党组成员、副主席张军从推进产业工人队伍建设改革工作机制体制建设、加强产业工人思想政治引领、发挥工人阶级主力军作用、提升产业工人技术技能水平、增强产业工人主人翁意识、保障产业工人劳动经济权益和壮大产业工人队伍等7个方面，汇报了东城区推进“产改”工作情况。下一步，东城区将以党的二十大精神为指引，以制度机制落实为保障，以提升产业工人整体素质和技能水平为重点，引领产业工人在推动经济社会发展中充分发挥主力军作用，努力造就一支为东城区高质量发展提供强大人才支撑的产业工人队伍。同时，东城区产业工人队伍建设改革协调小组成员单位、区人力资源和社会保障局有关负责人对承担的“产改”工作任务推进情况进行了汇报。',
  '赵丽君在讲话中对东城区产业工人队伍建设改革工作取得的阶段性成效给予了充分肯定，特别是在职工素质提升、地位提高、队伍壮大等方面，措施有力，成效明显。她要求，要进一步提高政治站位，切实加强对“产改”工作的组织领导。要进一步加强顶层设计，按照首都发展规划明确的东城区区域功能定位，着眼构建高精尖产业格局，制定出符合上级要求、符合本地区实际的“产改”工作具体举措，明确时间表和路线图，切实推动改革不断走深走实。要抓牢抓实重点工作，紧紧围绕主要矛盾和中心任务施策用力，在整体推进中实现重点突破，以重点突破带动整体跃升，切实增强改革实效。',
  '市总工会有关部门负责人、东城区产业工人队伍建设改革协调小组成员单位代表、企事业单位代表等参加此次活动。',
], '市推进产业工人队伍建设改革工作评价组赴东城调研');

describe('a whole article', () => {
  it('gives the gold organizations, every form under its canonical name', () => {
    expect(canonicals(evaluationVisit)).toEqual([
      '北京市总工会', '北京市推进产业工人队伍建设改革工作评价组', '东城区职工教育实践活动中心', '东城区职工大学',
      '北京慈爱嘉养老服务有限公司', '东城区总工会', '东城区产业工人队伍建设改革协调小组', '东城区政协界别劳模工作室',
      '北京慈爱嘉养老服务有限公司工会', '慈爱嘉培训学校', '东城区人力资源和社会保障局',
    ].sort());
  });

  it('gives the gold people (the author aside)', () => {
    expect([...new Set(findPeople(evaluationVisit, []).map((m) => m.name))].sort()).toEqual(['景宝龙', '李长华', '张军', '赵丽君'].sort());
  });
});
