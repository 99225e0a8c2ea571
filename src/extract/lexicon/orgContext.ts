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
  '庆祝', '贯彻', '合作', '企业', '学习', '隶属于', '隶属', '属于', '下属', '旗下', '牵头', '举全', '全市', '全区', '辖区', '该', '本', '其', '我们', '他们', '简称', '以下',
]);

/** Words allowed in a name even though jieba tags them as a stop tag: `首都/d 职工志愿…服务队`. */
export const NAME_WORDS_WITH_STOP_TAGS: ReadonlySet<string> = new Set(['首都', '中国', '北京', '全国', '中华', '中共', '中央']);

/** Words a suffix may be followed by that turn the name into something else:
 *  `北京市工会十五大` (a congress), `政协工会界` (a sector), `工会干部` (people).
 *  (`工会会员` is people too, but `XX协会会员` still names the association: see orgs/spans.ts.) */
export const NOT_ORG_FOLLOWERS = /^([一二三四五六七八九十]+大|界|干部|代表大会|社会工作者|社工)/;

/** Words ending in a suffix character that name no body: `干部` ends in 部, `格局` in 局. */
export const NOT_ORG_WORDS: ReadonlySet<string> = new Set([
  '干部', '内部', '外部', '总部', '本部', '全部', '局部', '格局', '布局', '大局', '全局', '结局', '当局', '开局', '举办',
  '主办', '承办', '协办', '开办', '创办', '督办', '举办方', '门店', '分店', '本店', '该店', '网店', '商店',
  '工厂', '厂家', '俱乐部', '展厅', '大厅', '怎么办', '筹办', '兴办', '操办', '代办', '查办', '交办', '申办', '党和政府',
  '理发店', '美发店', '便利店', '项目部', '中心', '服务中心', '工作室', '小组', '联合会', '委员会', '公司', '集团', '学校', '学院',
  '大学', '银行', '工会', '总工会', '政府', '法院', '协会', '基金会', '评价组', '服务队', '服务站', '热线',
  '农村', '乡村', '山村', '渔村', '新农村', '全村', '本村', '该村', '各村', '进村', '入村', '村村', '驿站', '专班', '工作专班',
  '剧院', '剧场', '分校', '党校', '界别', '工会界别',
]);

/** Single characters of the closed classes (particles, prepositions, conjunctions, pronouns,
 *  locatives, adverbs, verbs of motion) that end a name read leftwards. Any other lone
 *  character is a piece of a brand that jieba cut apart: `拜/耳医药保健有限公司`,
 *  `北京/天/瑞汽车…有限公司`, `拱/辰北大街社区工会联合会`, `奥/通/之/星(北京)…`. */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set([...
  '的地得了着过在到赴于由向对为是有及和与同跟把被将给从让等并也又还就都而或至去来访进入出送请帮带经共'
  + '各该本其此每这那我你他她它们以因后前上下内外里间时年月日号称名位个家届次所即已曾再更很最均皆仅只才便乃则且'
  + '但若如比往朝沿按据凭随除替叫令使看做抓促推让向当对对会上'
  // verbs of receiving, giving, accompanying and going that take a body as object: `受…委托`, `携…`, `获…表彰`
  + '受携邀派助陪获荣评授颁交自回走望问听观查察督验任作用找靠依距离'],
);

/** Lone characters that join the words of a name: `奥通之星`, `中外运-敦豪`. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['之', '-', '－']);

/** Sectors an industrial union is named after (`北京市金融工会`, `中国能源化学地质工会`,
 *  `山东省石油化学工会`); words ending in 业 (`服务业`, `建筑业`) count without a list. */
export const SECTOR_WORDS: readonly string[] = [
  '建筑', '金融', '教育', '服务', '卫生', '科技', '邮电', '铁路', '交通', '民航', '农林', '水利', '机械', '冶金',
  '化工', '化学', '能源', '地质', '石油', '纺织', '轻工', '商业', '财贸', '海员', '建设', '传媒', '文化', '体育',
  '旅游', '医务', '电力', '电子', '国防', '航空', '航天', '汽车', '城建', '市政', '环卫', '公交', '地铁', '邮政',
  '通信', '烟草', '粮食', '供销', '林业', '农业', '工业', '信息', '环保', '物流', '快递', '机关', '直属机关',
];

/** Areas that have a union of their own (`武林商圈工会`, `将台地区工会`, `XX社区工会`). */
export const AREA_WORDS: readonly string[] = [
  '商圈', '园区', '产业园', '科技园', '工业园', '开发区', '楼宇', '大厦', '社区', '村', '街道', '地区', '镇', '乡',
  '广场', '市场', '商城', '港', '片区', '站', '段', '车间', '队', '班组',
];

/** Offices every district, street or area has, written bare in a list after a full name
 *  (`通州区人力社保局、卫健委、民政局`) or after the area's own body (`工委、管委会领导`). */
export const LOCAL_BODIES: ReadonlySet<string> = new Set([
  '工委', '党工委', '管委会', '办事处', '街道办事处', '卫健委', '发改委', '住建委', '教委', '经信委', '科委', '国资委',
  '民政局', '人社局', '人力社保局', '人力资源和社会保障局', '财政局', '教育局', '文旅局', '应急局', '城管委', '商务局',
  '税务局', '公安分局', '司法局', '统计局', '残联', '妇联', '团委', '工商联', '科协', '文联', '侨联', '人民政府', '政协', '人大常委会',
]);

/** Verbs right after a place that make it the host of an event: `北京经济技术开发区主办`, `怀柔区召开`. */
export const HOST_VERBS = /^(主办|承办|举办|召开|举行|牵头|联合主办|联合举办)/;
