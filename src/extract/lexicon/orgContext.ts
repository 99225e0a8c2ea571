// Words around an organization name: what stops a name when reading leftwards
// from its suffix, and which words that end in a suffix are no body at all.

/** Part-of-speech tags (jieba) that never belong inside a name: punctuation,
 *  prepositions, conjunctions, particles, pronouns, times, adverbs, measure words. */
export const STOP_TAGS = /^(x|p|c|u|r|t|d|q|y|e|o|m|ad|v$|vd)/;

/** Verbs that do sit inside names (`中关村精雕智造创新中心`, `职工教育实践活动中心`,
 *  `市推进产业工人队伍建设改革工作评价组`); any other verb ends a name. */
export const NAME_VERBS: ReadonlySet<string> = new Set([
  '创新', '实践', '推进', '发展', '服务', '管理', '研究', '教育', '建设', '保障', '制造', '维修', '运行', '运营',
  '开发', '设计', '测试', '培训', '咨询', '促进', '保护', '救助', '援助', '监督', '执法', '检测', '生产', '经营',
  '改革', '评价', '协调', '养老', '助推', '孵化', '示范', '创业', '就业', '维权', '调解', '仲裁', '志愿', '互助',
  '区直', '市直', '分行', '支行', '委办', '联办', '帮扶', '关爱', '宣传', '指导', '展示', '交流', '体验', '实训',
  '控股', '投资', '置业', '物流', '出版', '印刷', '装饰', '安装', '施工', '勘察', '监理', '供应', '供热', '供水', '排水',
]);

/** Phrases that start with an adverb are verb phrases, never part of a name:
 *  `圆满完成集团…任务`, `充分发挥工会组织作用`. */
export const ADVERB_HEADS = /^(充分|圆满|积极|认真|全面|切实|大力|不断|深入|努力|进一步|广泛|主动|共同|继续|持续|加快|着力|扎实|有效|密切|全力|高度)/;

/** Words with a name-like tag that still never start or sit inside a name. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '参观', '走访', '慰问', '看望', '举办', '开展', '组织', '联合', '邀请', '来到', '走进', '前往', '深入', '召开',
  '举行', '设立', '依托', '督促', '鼓励', '推动', '动员', '指导', '带领', '感谢', '听取', '携手', '牵头',
  '实施', '配合', '支持', '发布', '印发', '获得', '荣获', '表彰', '成立', '组建', '加入', '成为', '作为', '收到',
  '承办', '主办', '协办', '启动', '调研', '参加', '出席', '进行', '根据', '按照', '面向', '围绕', '针对', '所属',
  '相关', '有关', '各', '近日', '日前', '连日来', '现场', '期间', '会上', '随后', '同时', '其中', '包括', '来自',
  '代表', '负责人', '工作人员', '成员', '成员单位', '领导', '正确领导', '品牌', '平台', '会员', '劳动者',
  '讲座', '实地', '到', '赴', '在', '于', '由', '向', '对', '为', '是', '有', '及', '和', '与',
  '庆祝', '贯彻', '合作', '企业', '学习', '举全', '全市', '全区', '辖区', '该', '本', '其', '我们', '他们', '简称', '以下',
]);

/** Words allowed in a name even though jieba tags them as a stop tag: `首都/d 职工志愿…服务队`. */
export const NAME_WORDS_WITH_STOP_TAGS: ReadonlySet<string> = new Set(['首都', '中国', '北京', '全国', '中华', '中共', '中央']);

/** Words a suffix may be followed by that turn the name into something else:
 *  `北京市工会十五大` (a congress), `政协工会界` (a sector), `工会干部` (people). */
export const NOT_ORG_FOLLOWERS = /^([一二三四五六七八九十]+大|界|干部|会员|代表大会|社会工作者|社工)/;

/** Words ending in a suffix character that name no body: `干部` ends in 部, `格局` in 局. */
export const NOT_ORG_WORDS: ReadonlySet<string> = new Set([
  '干部', '内部', '外部', '总部', '本部', '全部', '局部', '格局', '布局', '大局', '全局', '结局', '当局', '开局', '举办',
  '主办', '承办', '协办', '开办', '创办', '督办', '举办方', '门店', '分店', '本店', '该店', '网店', '商店',
  '工厂', '厂家', '俱乐部', '展厅', '大厅', '怎么办', '筹办', '兴办', '操办', '代办', '查办', '交办', '申办', '党和政府',
  '理发店', '美发店', '便利店', '项目部', '中心', '服务中心', '工作室', '小组', '联合会', '委员会', '公司', '集团', '学校', '学院',
  '大学', '银行', '工会', '总工会', '政府', '法院', '协会', '基金会', '评价组', '服务队', '服务站', '热线',
]);
