// What makes a run of words an organization: the word it ends with. Each entry
// is a suffix and the kind of body it names (the rule, `org.suffix`, travels on the
// mention). Longer suffixes win: `工会联合会` before `联合会`, `人大常委会` before `委员会`.
import type { OrgKind } from '../types.ts';

export interface OrgSuffix { suffix: string; kind: OrgKind }

const table: Array<[OrgKind, string[]]> = [
  ['union', ['中华全国总工会', '总工会', '工会联合会', '工会委员会', '工会']],
  ['party', ['党委', '党组', '纪委', '工委', '党工委', '区委', '市委', '县委', '镇委', '省委', '政法委', '宣传部', '组织部',
    '统战部', '委办', '委员会办公室', '党支部', '党总支', '中国共产党', '中共中央']],
  ['legislature', ['人大常委会', '人大常务委员会', '人民代表大会', '人大']],
  // A sector of a consultative conference is a body of its own: `通州区政协工会界别`.
  ['consultative', ['政协', '政协工会界', '政协工会界别', '政协界别']],
  ['government', ['卫健委', '发改委', '住建委', '教委', '经信委', '科委', '国资委', '民政局', '人社局', '人力社保局', '网信办',
    '人民政府', '政府', '政府办', '人力资源和社会保障局', '人民法院', '法院', '检察院', '派出所', '社保所', '仲裁院', '劳动人事争议仲裁委员会',
    '局', '部', '办', '管理委员会', '管委会', '委员会', '街道办事处', '办事处', '司法所', '税务局', '中央军委', '国务院',
    // Offices of a government with a name of their own: `密云区市政工程管理处`, `XX管理站`.
    '管理处', '管理所', '管理站', '执法队', '指挥部']],
  ['company', ['有限责任公司', '股份有限公司', '有限公司', '分公司', '公司', '集团', '银行', '分行', '支行', '店', '理发馆',
    '营业部', '酒店', '宾馆', '工厂', '厂', '理发店', '美发店', '便利店', '律师事务所', '会计师事务所', '事务所',
    // Theatres run as firms: `北京龙在天皮影艺术剧院`.
    '剧院', '剧场']],
  ['school', ['大学', '学院', '学校', '职工大学', '中学', '小学', '幼儿园', '职业学院', '分校', '附属中学', '附属小学', '技校', '党校']],
  ['social', ['妇联', '残联', '工商联', '科协', '文联', '侨联', '团委', '团区委', '团市委', '红十字会', '协会', '学会', '研究会', '基金会', '促进会', '联合会', '服务中心', '服务运行中心', '志愿服务队', '服务队',
    '志愿者协会', '合唱团', '艺术团', '联盟', '服务站', '热线', '俱乐部', '心理咨询中心', '工会服务站', '服务港']],
  // News outlets: papers, stations, sites (a site by its name alone is read from its byline, see orgs/media.ts).
  ['media', ['报社', '电视台', '广播电台', '广播电视台', '杂志社', '出版社', '日报', '晚报', '午报', '早报', '青年报', '工人报',
    '时报', '商报', '周报', '法治报', '融媒体中心', '新闻网', '通讯社']],
  // Public institutions: a workers' cultural palace, a library, a hospital.
  ['other', ['研究院', '研究所', '中心', '工作室', '小组', '评价组', '联合体', '研究室', '片组', '工人文化宫', '文化宫',
    '劳动人民文化宫', '图书馆', '博物馆', '纪念馆', '科技馆', '美术馆', '体育馆', '文化馆', '展览馆', '档案馆', '医院', '卫生院',
    // Troupes: `全总文工团`, `全总文工团歌舞团`.
    '文工团', '歌舞团', '剧团', '乐团', '舞蹈团', '话剧团', '杂技团', '京剧团', '曲艺团',
    // A task force with a name of its own: `XX转运工作专班`.
    '专班', '工作专班', '指挥中心',
    // A village named under its town or district: `门头沟区妙峰山镇水峪嘴村` (see orgs/spans.ts).
    '村']],
];

/** All suffixes, longest first. */
export const ORG_SUFFIXES: readonly OrgSuffix[] = table
  .flatMap(([kind, words]) => words.map((suffix) => ({ suffix, kind })))
  .sort((a, b) => b.suffix.length - a.suffix.length);

/** ORG_SUFFIXES by the char code of their last character, each list in the same order. */
export const SUFFIXES_BY_LAST_CODE: ReadonlyMap<number, readonly OrgSuffix[]> = (() => {
  const byLast = new Map<number, OrgSuffix[]>();
  for (const s of ORG_SUFFIXES) {
    const last = s.suffix.charCodeAt(s.suffix.length - 1);
    const list = byLast.get(last);
    if (list) list.push(s); else byLast.set(last, [s]);
  }
  return byLast;
})();

/** The first suffix of ORG_SUFFIXES (so the longest) that `name` ends with and `ok` passes, as
 *  `ORG_SUFFIXES.find` gives it: only the suffixes that end in the name's last character are tried. */
export function suffixOf(name: string, ok: (s: OrgSuffix) => boolean = () => true): OrgSuffix | undefined {
  for (const s of SUFFIXES_BY_LAST_CODE.get(name.charCodeAt(name.length - 1)) ?? []) if (name.endsWith(s.suffix) && ok(s)) return s;
  return undefined;
}

/** National bodies named without a suffix the table above would catch. */
export const NAMED_BODIES: Readonly<Record<string, OrgKind>> = {
  中国共产党: 'party', 中共中央: 'party', 中央军委: 'government', 国务院: 'government', 全国人大: 'legislature',
  全国政协: 'consultative', 教育部: 'government', 人力资源和社会保障部: 'government', 全总: 'union',
};

/** Short forms with a fixed canonical name: `全总` -> 中华全国总工会. */
export const FIXED_CANONICAL: Readonly<Record<string, string>> = {
  全国总工会: '中华全国总工会', 全总: '中华全国总工会', 中华全国总工会: '中华全国总工会',
  经开区总工会: '北京经济技术开发区总工会',
};

/** Words that say which body of the article a short form belongs to, and the endings of
 *  that body's name: `该集团总装公司` in an article about 北方车辆集团 -> 北方车辆集团总装公司,
 *  `学校心理素质教育中心` -> 北京工商大学心理素质教育中心. (`该` itself never starts a name.) */
export const DEICTIC_PREFIXES: ReadonlyArray<{ word: string; refersTo: readonly string[] }> = [
  // `集团公司工会` is the group's union: 集团公司 is one word for the group.
  { word: '集团公司', refersTo: ['集团'] },
  { word: '集团', refersTo: ['集团'] },
  { word: '公司', refersTo: ['公司'] },
  { word: '学校', refersTo: ['大学', '学院', '学校'] },
];

/** Functions that every firm has a unit for (`研发中心`, `运营控制中心`, `客服中心`): alone they name a
 *  department, after a place or a body's name a body (`东城区职工培训中心`). */
const FUNCTION_UNIT_WORDS: readonly string[] = [
  '研发', '运营', '控制', '调度', '指挥', '生产', '销售', '客服', '培训', '活动', '数据', '监控', '财务', '质检',
  '运营控制', '生产调度', '应急指挥',
];

/** Words that, with nothing named before them, leave an org name generic:
 *  `基层工会`, `各级工会`, `区级工会` are no particular body. */
export const GENERIC_ORG_WORDS: readonly string[] = [
  '基层', '区级', '市级', '县级', '省级', '各级', '各', '相关', '产业', '国有企业', '非公企业', '企业', '单位',
  '上级', '全市', '全区', '全国', '地方', '行业', '首都', '北京', '中国', '本', '其', '我们', '职工', '会员', '新',
  '工会', '所属', '区属', '乡镇', '街道', '社区', '楼宇', '园区', '系统', '当地', '两省', '两', '人力资源', '考点', '专职',
  '分类', '乡村', '项目部', '职业化', '专业化', '新时期', '规范化', '受灾地区', '灾区', '辖区', '高校', '广大', '全体',
  // Kinds of facility every district or firm has: `劳模创新工作室`, `党群服务中心`, `法律援助站`.
  '劳模', '创新', '职工创新', '党群', '法律援助', '心理咨询', '职工心理', '技能', '技能大师', '工匠', '暖心', '爱心', '户外劳动者',
  ...FUNCTION_UNIT_WORDS,
  // Descriptions of where a body is, not its name: `山区学校`, `偏远地区学校`.
  '山区', '偏远', '农村', '边远',
];
/** Of the words above, those that still name a body after a place: `东城区劳模创新工作室`, `西城区党群服务中心`. */
export const GENERIC_NAMING_AFTER_PLACE: readonly string[] = [
  '劳模', '创新', '职工创新', '党群', '法律援助', '心理咨询', '职工心理', '技能', '技能大师', '工匠', '暖心', '爱心', '户外劳动者',
  ...FUNCTION_UNIT_WORDS,
];

/** Houses a city has one of, so that `首都`/`北京` + the house is a name, not a generic phrase:
 *  `首都图书馆`, `首都博物馆`, `北京劳动人民文化宫`. */
export const CITY_INSTITUTIONS: readonly string[] = [
  '图书馆', '博物馆', '纪念馆', '科技馆', '美术馆', '体育馆', '文化宫', '工人文化宫', '劳动人民文化宫',
];
