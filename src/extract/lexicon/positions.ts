// Word lists for reading a title phrase: `北京市总工会党组成员、副主席赵丽君`.
// Title words themselves are in ./titles.ts (shared with the people stage).

/** Words that stand before a title and belong to it: `工会主席` (a company's
 *  union chair), `党委副书记`, `常务副主任`, `一级巡视员`. */
export const TITLE_MODIFIERS: readonly string[] = [
  '党组', '党委', '党工委', '工会', '纪委', '常务', '专职', '兼职', '驻会', '执行', '首席', '一级', '二级', '三级',
];

/** Entries of the title list that are not offices: `相关负责人`, `职工代表`,
 *  `老师` name a role or a courtesy, not a post held in a body. */
export const NOT_OFFICES: ReadonlySet<string> = new Set(['负责人', '代表', '同志', '老师', '教师']);

/** Last characters of a department inside an organization: `办公厅副主任`
 *  (a title in 中华全国总工会), `酒店管理学院执行院长` (in 中国劳动关系学院). */
export const DEPARTMENT_ENDINGS: readonly string[] = [
  '厅', '部', '处', '科', '室', '局', '办', '学院', '系', '中心', '分会', '支部', '车间', '项目部', '分公司',
];

/** Characters that never occur inside a title phrase: they mark a verb or a
 *  preposition, so `由全国总工会办公厅副主任` is not one title. */
export const NOT_IN_TITLE = /[由在对向就从与和及把被将为的了是]/;

/** Words before a venue: `在东城区职工大学，…随行听取校长景宝龙` — the title
 *  `校长` belongs to the body the sentence is at. */
export const VENUE_MARKERS: readonly string[] = ['在', '于', '到', '来到', '走进', '走访', '前往', '深入'];

/** Endings of a body's name. A title right after words with such an ending
 *  belongs to that body even where no organization mention covers it
 *  (`政法委书记暴剑` -> 政法委 [书记]); it is never handed to another body of the sentence. */
export const ORGANIZATION_ENDINGS = /(?:政协|公司|集团|局|会|委|院|校|中心|部|厂|队|站|所|办|社|馆|行|店|组|室|处|科|团)$/;

/** Words that stand for a body named earlier in the article, with the kind it
 *  must have: `公司党委书记、董事长李四` -> the company the report is at. */
export const BODY_ANAPHORS: Readonly<Record<string, 'company' | 'school' | 'union'>> = {
  公司: 'company', 该公司: 'company', 企业: 'company', 该企业: 'company', 集团: 'company', 该集团: 'company',
  学校: 'school', 该校: 'school', 学院: 'school', 该院: 'school',
  工会: 'union', 该工会: 'union',
};

/** A place name before a title (`海淀区副区长`): the body is the place's
 *  government, which the phrase does not name, so the title is left out. */
export const PLACE_ENDING = /[省市区县镇乡]$/;
