// Word lists for reading a title phrase: `北京市总工会党组成员、副主席赵丽君`.
// Title words themselves are in ./titles.ts (shared with the people stage).

/** Words that stand before a title and belong to it: `工会主席` (a company's
 *  union chair), `党委副书记`, `常务副主任`, `一级巡视员`. */
export const TITLE_MODIFIERS: readonly string[] = [
  '党组', '党委', '党工委', '工会', '纪委', '常务', '专职', '兼职', '驻会', '执行', '首席', '一级', '二级', '三级', '四级',
];

/** Entries of the title list that are not offices: `相关负责人`, `职工代表`,
 *  `老师` name a role or a courtesy, not a post held in a body. */
export const NOT_OFFICES: ReadonlySet<string> = new Set(['负责人', '代表', '同志', '老师', '教师']);

/** Last characters of a department inside an organization: `办公厅副主任`
 *  (a title in 中华全国总工会), `酒店管理学院执行院长` (in 中国劳动关系学院). */
export const DEPARTMENT_ENDINGS: readonly string[] = [
  '厅', '部', '处', '科', '室', '局', '办', '学院', '系', '中心', '分会', '支部', '车间', '项目部', '分公司',
  // units of a troupe, a team or a workshop: `歌舞团歌队副队长`, `质检班班长`
  '队', '组', '班',
];

/** Department endings that a bare piece may open with no body before it: `组织部部长`,
 *  `办公室主任`. Not 局, 中心, 学院 (`中建一局党委副书记` names a body). */
export const BARE_DEPARTMENT_ENDINGS = /(?:部|处|科|室|厅|办|队|组|班|车间|系)$/;

/** Kinds of body that name none on their own: `办事处主任`, `居委会主任` say which kind,
 *  not which body. */
export const BARE_BODY_KINDS: ReadonlySet<string> = new Set([
  '办事处', '居委会', '村委会', '管委会', '委员会', '理事会', '董事会', '监事会', '工作室', '项目部', '指挥部',
  '分公司', '子公司', '总公司', '研究院', '研究所', '医院', '学校', '中心', '公司', '集团', '协会', '学会',
  '工会', '总工会', '党委', '党支部', '党总支', '团委', '妇联', '街道办',
  // a street's or a community's bodies with no street named
  '街道办事处', '街道工委', '街道党工委', '街道总工会', '社区居委会', '社区党委', '社区工会', '村党支部', '村委会',
]);

/** Offices that count only after a department: `组织部负责人` is a title, `相关负责人` none. */
export const DEPARTMENT_ONLY_OFFICES: readonly string[] = ['负责人'];

/** A body's party or union branch, folded into the body with its office:
 *  `天安门环境服务中心党支部书记` -> 天安门环境服务中心 [党支部书记],
 *  `全总文工团党委办公室主任` -> 全总文工团 [党委办公室主任],
 *  `X公司工会主席` -> X公司 [工会主席]. A `总工会` or `工会联合会` is a body of its own. */
export const BRANCH_ENDINGS: readonly string[] = ['党总支', '党支部', '党委', '党组', '纪委', '工会'];

/** Ends of a body that may hold a party branch (a village or a community as well as any
 *  named body): `水峪嘴村党支部`, `和平社区党委`. */
export const BRANCH_HOLDER_ENDING = /(?:村|社区)$/;

/** Ends of a body whose own union is a title in it, not a body of its own: companies,
 *  schools, hospitals, offices (`赛峰中国工会主席` -> 赛峰中国 [工会主席]); not a place's
 *  or an industry's union (`北京市建筑工会`, `天水街道工会`). */
export const UNION_HOLDER_ENDING = /(?:公司|集团|有限|厂|店|银行|酒店|宾馆|医院|学校|大学|学院|中学|小学|中国|局|院|所|中心|馆|社)$/;

/** The head of a project, which is no organization: `02标项目经理` is no position. */
export const PROJECT_ENDING = /(?:项目|标段|标|工程|工地)$/;

/** Titles on a project: with no body written, they are at the company the article
 *  says runs the project (`施工的是中铁二局北京地铁12-8标项目…项目经理周永江` -> 中铁二局). */
export const PROJECT_TITLE = /^项目(?:常务)?副?(?:经理|负责人|总工程师|总工|书记)$/;

/** What names a project right after a company: `中铁二局北京地铁12-8标项目`. */
export const PROJECT_AFTER_COMPANY = /^[^，。；,;]{0,24}?(?:项目|标段|工程)/;

/** Chiefs of a place's government: `副区长` -> the district's 政府, `市长` -> the city's. */
export const GOVERNMENT_CHIEF = /^(?:常务副|副)?([省市区县镇乡州])长$/;

/** Characters that never occur inside a title phrase: they mark a verb or a
 *  preposition, so `由全国总工会办公厅副主任` is not one title. */
export const NOT_IN_TITLE = /[由在对向就从与和及把被将为的了是]/;

/** Words before a venue: `在东城区职工大学，…随行听取校长景宝龙` — the title
 *  `校长` belongs to the body the sentence is at. */
export const VENUE_MARKERS: readonly string[] = ['在', '于', '到', '来到', '走进', '走访', '前往', '深入'];

/** Endings of a body's name. A title right after words with such an ending
 *  belongs to that body even where no organization mention covers it
 *  (`政法委书记暴剑` -> 政法委 [书记]); it is never handed to another body of the sentence. */
export const ORGANIZATION_ENDINGS = /(?:政协|公司|集团|局|会|委|院|校|中心|部|厂|队|站|所|办|社|馆|行|店|组|室|处|科|团|界别)$/;

/** Words that stand for a body named earlier in the article, with the kind it
 *  must have: `公司党委书记、董事长李四` -> the company the report is at. */
export const BODY_ANAPHORS: Readonly<Record<string, 'company' | 'school' | 'union'>> = {
  公司: 'company', 该公司: 'company', 企业: 'company', 该企业: 'company', 集团: 'company', 该集团: 'company',
  学校: 'school', 该校: 'school', 学院: 'school', 该院: 'school',
  工会: 'union', 该工会: 'union',
};

/** A place name before a title (`海淀区副区长`): the body is the place's government
 *  for a chief's title, none the phrase names for another. */
export const PLACE_ENDING = /[省市区县镇乡]$/;

/** A note between a title and the name: `副团长（挂职）王忠`. */
export const TITLE_NOTE = /[（(][\u4e00-\u9fff]{1,6}[）)]$/;

/** What joins two titles of one person besides `、` and `，`: `党委书记兼工会主席`. */
export const TITLE_JOINER = /[、，,]|兼任?(?!职)/g;

/** Ends of a department folded into its body (`宣传部`, `办公室`, `办公厅`); not a centre or a committee. */
export const DEPARTMENT_NAME = /(?:部|处|科|室|厅)$/;

/** A party committee's office after a place: `党委书记` -> 党委 + 书记. */
export const PARTY_OF_PLACE = /^(党委|纪委|党工委)((?:常务)?副?书记|常委|委员)$/;

/** Words that make a name-like head generic: `该公司`, `全市各单位`; not `全总` (中华全国总工会). */
export const GENERIC_HEAD = /^(?:[该本此各其每]|全(?:市|区|县|省|镇|乡|国各|体|行业|系统))/;

/** Words that open a clause before a title phrase and belong to no body's name: `由全国总工会…`. */
export const LEADING_WORDS = /^(?:近日|日前|随后|同时|其中|由|经|以及|和|与|及)+/;

/** Areas that end in 区 and are no administrative place: `社区`, `园区`, `景区`. */
export const NOT_PLACE_AREAS = /(?:社区|小区|园区|片区|景区|街区|校区|厂区|商圈区|辖区|矿区|林区|库区|灾区|功能区|试验区)$/;
