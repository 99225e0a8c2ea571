// Title words that stand right before a person's name: `副主席赵丽君` -> title
// 副主席, name 赵丽君. Shared by the people stage (a name follows a title) and
// the positions stage (which titles a person holds). Longer titles come first
// where one contains another, so a matcher that tries them in order takes
// `常务副主席` before `副主席` before `主席`.

/** Titles of office in unions, party, state bodies, companies and schools. */
export const TITLES: readonly string[] = [
  // party
  '党组书记', '党组副书记', '党组成员', '党委书记', '党委副书记', '党委委员', '纪委书记', '纪委副书记',
  '党支部书记', '支部书记', '总支书记', '总书记', '第一书记', '党委常委', '副书记', '书记',
  // unions, legislatures, consultative bodies
  '常务副主席', '副主席', '主席', '常务副主任', '副主任', '主任', '常务委员', '常委', '委员',
  '秘书长', '副秘书长', '一级巡视员', '二级巡视员', '副巡视员', '巡视员', '一级调研员', '二级调研员', '调研员',
  // government
  '副市长', '市长', '常务副区长', '副区长', '区长', '副镇长', '镇长', '副乡长', '乡长', '副局长', '局长',
  '副处长', '处长', '副科长', '科长', '副部长', '部长', '副厅长', '厅长', '副主任委员', '主任委员',
  '副组长', '组长', '副队长', '队长', '副站长', '站长', '副所长', '所长', '副庭长', '庭长', '院长', '副院长',
  '执行院长', '法官', '检察官',
  // companies
  '董事长', '副董事长', '董事', '总经理', '副总经理', '总裁', '副总裁', '经理', '副经理', '总工程师', '总经济师', '总会计师',
  '总监', '副总监', '店长', '厂长', '副厂长', '车间主任', '班组长', '项目经理', '高级技师', '首席技师',
  // schools
  '校长', '副校长', '系主任', '教授', '副教授', '老师', '教师',
  // associations and generic
  '会长', '副会长', '理事长', '副理事长', '理事', '负责人', '代表', '同志',
];

/** Titles sorted longest first, for greedy matching. */
export const TITLES_LONGEST_FIRST: readonly string[] = [...new Set(TITLES)].sort((a, b) => b.length - a.length);

/**
 * Honours written right before a name like a title: `全国劳动模范张宝华`,
 * `全国劳动模范、河钢集团唐钢公司高级技师李红军` -> 张宝华, 李红军. They
 * announce a person but are neither an office in a body (no position) nor an
 * occupation.
 */
export const HONORIFIC_TITLES: readonly string[] = [
  '全国劳动模范', '北京市劳动模范', '省劳动模范', '市劳动模范', '劳动模范', '全国劳模', '北京市劳模', '劳模',
  '全国先进工作者', '北京市先进工作者', '先进工作者', '大国工匠', '北京大工匠', '首都工匠', '工匠',
  '全国五一劳动奖章获得者', '北京市五一劳动奖章获得者', '五一劳动奖章获得者', '首都劳动奖章获得者', '劳动奖章获得者',
  '全国技术能手', '北京市技术能手', '技术能手', '全国三八红旗手', '三八红旗手', '全国五一巾帼标兵', '巾帼标兵',
].slice().sort((a, b) => b.length - a.length);
