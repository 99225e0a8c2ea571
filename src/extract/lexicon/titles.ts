// Title words that stand right before a person's name: `副主席赵丽君` -> title
// 副主席, name 赵丽君. Shared by the people stage (a name follows a title) and
// the positions stage (which titles a person holds).
//
// Titles are open-ended, so besides the listed words a title is read by its
// shape: the chief of a body is `X长` where X is the head noun of a body
// (团长, 馆长, 社长, 所长, 村长, 理事长), and any office may carry `副` or
// `常务副` (副团长, 常务副馆长). A department before an office (`宣传部部长`,
// `办公室主任`) is read by the positions stage (lexicon/positions.ts).

/** Head nouns of bodies whose chief is `X长`: 团 -> 团长, 馆 -> 馆长, 理事 -> 理事长.
 *  Not 家长, 师长, 首长, 学长: no body's chief. */
export const CHIEF_HEADS: readonly string[] = [
  // bodies and their units
  '团', '馆', '社', '队', '所', '院', '校', '局', '处', '科', '厅', '部', '站', '店', '厂', '行', '组', '班',
  '园', '庭', '段', '场', '矿', '台', '署', '司', '会', '室', '库', '港',
  // places that a chief governs
  '村', '镇', '乡', '区', '市', '县', '省', '州', '旗', '盟',
  // ranks and vehicles
  '营', '连', '排', '旅', '军', '舰', '船', '机', '列车', '车间', '工段', '班组', '车',
  // offices whose holder is `X长`
  '理事', '董事', '监事', '秘书', '检察', '审计', '护士', '厨师',
];

/** Office nouns of other shapes, in unions, party, state bodies, companies, schools. */
export const OFFICE_NOUNS: readonly string[] = [
  '主席', '主任', '书记', '委员', '常委', '经理', '总经理', '董事', '监事', '总裁', '总监', '理事', '召集人',
  '干事', '专员', '巡视员', '调研员', '督导', '主管', '助理', '总工程师', '总经济师', '总会计师', '总工',
  '总编辑', '主编', '政委', '教导员', '指导员', '教授', '法官', '检察官', '高级技师', '首席技师', '主任委员',
  '主任科员', '科员',
];

/** Words before an office that make a higher or acting rank of it: 副团长, 常务副主席. */
export const RANK_PREFIXES: readonly string[] = ['常务副', '副', '执行', '名誉', '第一'];

/** Listed titles, the words that the shapes above do not make or that other stages look for. */
export const TITLES: readonly string[] = [
  // party
  '党组书记', '党组副书记', '党组成员', '党委书记', '党委副书记', '党委委员', '纪委书记', '纪委副书记',
  '党支部书记', '支部书记', '总支书记', '总书记', '第一书记', '党委常委', '副书记', '书记',
  // unions, legislatures, consultative bodies
  '常务副主席', '副主席', '主席', '常务副主任', '副主任', '主任', '常务委员', '常委', '委员', '召集人',
  '秘书长', '副秘书长', '一级巡视员', '二级巡视员', '副巡视员', '巡视员', '一级调研员', '二级调研员', '调研员',
  // government
  '副市长', '市长', '常务副区长', '副区长', '区长', '副县长', '县长', '副镇长', '镇长', '副乡长', '乡长', '副局长', '局长',
  '副处长', '处长', '副科长', '科长', '副部长', '部长', '副厅长', '厅长', '副主任委员', '主任委员', '村主任', '村长',
  '副组长', '组长', '副队长', '队长', '副站长', '站长', '副所长', '所长', '副庭长', '庭长', '院长', '副院长',
  '执行院长', '法官', '检察官',
  // companies
  '董事长', '副董事长', '董事', '总经理', '副总经理', '总裁', '副总裁', '经理', '副经理', '总工程师', '总经济师', '总会计师',
  '总监', '副总监', '店长', '厂长', '副厂长', '车间主任', '班组长', '项目经理', '高级技师', '首席技师',
  // schools, troupes, museums, press
  '校长', '副校长', '系主任', '教授', '副教授', '老师', '教师', '团长', '副团长', '馆长', '副馆长', '社长', '副社长',
  // associations and generic
  '会长', '副会长', '理事长', '副理事长', '理事', '负责人', '代表', '同志',
];

/** Titles sorted longest first, for greedy matching. */
export const TITLES_LONGEST_FIRST: readonly string[] = [...new Set(TITLES)].sort((a, b) => b.length - a.length);
/** TITLES as a set, for a test of one word. */
export const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

const LISTED = new Set(TITLES);
const PREFIXES_LONGEST_FIRST = [...RANK_PREFIXES].sort((a, b) => b.length - a.length);

/** Every office, listed or by its shape (a rank prefix or none, then an office noun or a head and 长):
 *  a few hundred strings, so a test is one look-up. */
const OFFICES: ReadonlySet<string> = new Set([
  ...TITLES,
  ...['', ...PREFIXES_LONGEST_FIRST].flatMap((p) => [
    ...OFFICE_NOUNS.map((n) => p + n),
    ...CHIEF_HEADS.filter((h) => h.length >= 1).map((h) => p + h + '长'),
  ]),
]);

/** True when `s` is one office, listed or by its shape: `主席`, `副团长`; `歌队副队长` is not (a department stands before). */
export function isOffice(s: string): boolean {
  return OFFICES.has(s);
}

/** For each last character of an office, the lengths an office ending in it may have, longest
 *  first, each with the char codes such an office opens with: a look-up slices only a span that
 *  may be one (`主任` ends 主任, 副主任, 常务副主任, 车间主任 …). */
const LENGTHS_BY_LAST = new Map<number, { len: number; firsts: Set<number> }[]>();
for (const o of OFFICES) {
  const last = o.charCodeAt(o.length - 1);
  const lengths = LENGTHS_BY_LAST.get(last) ?? [];
  let entry = lengths.find((l) => l.len === o.length);
  if (!entry) lengths.push(entry = { len: o.length, firsts: new Set() });
  entry.firsts.add(o.charCodeAt(0));
  LENGTHS_BY_LAST.set(last, lengths);
}
for (const lengths of LENGTHS_BY_LAST.values()) lengths.sort((a, b) => b.len - a.len);

/** Longest listed title or office shape that ends at `end` of `text`, if any. Asked at every
 *  character of a line that can end an office: nothing is made until a span may be one. */
export function officeEndingAt(text: string, end: number): string | null {
  const lengths = LENGTHS_BY_LAST.get(text.charCodeAt(end - 1));
  if (!lengths) return null;
  for (let i = 0; i < lengths.length; i++) {
    const { len, firsts } = lengths[i]!;
    if (len > end || !firsts.has(text.charCodeAt(end - len))) continue;
    const s = text.slice(end - len, end);
    if (OFFICES.has(s)) return s;
  }
  return null;
}

/** The listed titles by first char code: `titleAt` tries only those opening with the character at hand. */
const TITLES_BY_FIRST = new Map<number, string[]>();
for (const t of TITLES) {
  const c = t.charCodeAt(0);
  TITLES_BY_FIRST.set(c, [...(TITLES_BY_FIRST.get(c) ?? []), t]);
}

/** True when a listed title longer than `longerThan` characters opens at `at` of `text`
 *  (as `TITLES.some((t) => t.length > longerThan && text.startsWith(t, at))`). */
export function titleAt(text: string, at: number, longerThan = 0): boolean {
  if (at < 0) at = 0; // as startsWith reads a negative position
  if (at >= text.length) return false;
  const titles = TITLES_BY_FIRST.get(text.charCodeAt(at));
  if (titles) for (const t of titles) if (t.length > longerThan && text.startsWith(t, at)) return true;
  return false;
}

/** Last characters of offices: a quick test before `officeEndingAt`. */
export const OFFICE_LAST_CHARS: ReadonlySet<string> = new Set(
  [...TITLES, ...OFFICE_NOUNS, '长'].map((t) => t[t.length - 1]!));

/** `OFFICE_LAST_CHARS` by char code: a line is scanned without making a string per character. */
export const OFFICE_LAST_CODES: ReadonlySet<number> = new Set([...OFFICE_LAST_CHARS].map((c) => c.charCodeAt(0)));

/** True when the office is of the `X长` shape and not a listed word: such a match is
 *  trusted only where jieba ends a word with it (`市场/长期` holds no 场长). */
export const isShapedChief = (s: string): boolean => !LISTED.has(s) && s.endsWith('长');

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
