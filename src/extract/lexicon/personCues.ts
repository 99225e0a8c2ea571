// Words that stand right after a person's name in news text: `张广带队`,
// `李伟主持`, `王敬东陪同`, `景宝龙就…进行汇报`. A name candidate must end where
// one of them (or punctuation) begins.
/** Cues strong enough to mark a name with no title before it: `，韩志杰表示`. */
export const STRONG_AFTER_NAME_CUES: readonly string[] = [
  '带队', '带领', '率队', '率领', '一行', '主持', '陪同', '出席', '表示', '指出', '强调', '讲话', '致辞', '汇报',
  '介绍', '分享', '发言', '说', '认为', '同志', '告诉', '坦言', '感慨', '回忆', '笑着说', '谈道',
];

export const AFTER_NAME_CUES: readonly string[] = [
  ...STRONG_AFTER_NAME_CUES, '已', '曾', '现任', '今年', '多次', '看来',
  '带队', '带领', '率队', '率领', '一行', '主持', '陪同', '出席', '参加', '参与', '表示', '指出', '强调', '要求',
  '讲话', '致辞', '汇报', '介绍', '分享', '发言', '说', '认为', '谈到', '希望', '提出', '代表', '同志', '等',
  '在', '就', '从', '对', '与', '和', '向', '为', '首先', '着重', '还', '也', '先后', '分别', '一同', '共同', '随后', '深入', '前往',
  '来到', '走进', '到', '赴', '听取', '参观', '宣读', '颁发', '笑着', '面对面', '亲切', '详细', '现场', '作',
  '围绕', '结合', '用', '以', '通过', '是', '的', '获得', '荣获', '及', '、',
  // what a speaker, a hostess or a guest does next: `李红军讲述了…`, `高凤林通过视频寄语`
  '讲述', '宣讲', '讲解', '解读', '授课', '寄语', '勉励', '叮嘱', '询问', '致以', '登台', '带来', '亲自', '一起',
];

/** Honorifics and kin words that make `surname + word` no name: `张先生`, `王师傅`, `李阿姨`. */
export const HONORIFICS: readonly string[] = [
  '先生', '女士', '小姐', '师傅', '老师', '阿姨', '大姐', '大哥', '大爷', '奶奶', '爷爷', '同志', '总', '工', '某',
  '老', '家', '氏', '姓',
];

/** Characters never inside a Chinese given name in news text. */
export const NEVER_IN_NAME = new Set([...'的了们这那该每个是吗呢吧']);

/** Characters that do not end a Chinese given name in news text (particles, pronouns, prepositions). */
export const NOT_NAME_CHARS = new Set([...'的了是在与及等对向从就把被将也都还又们这那其各该每本此个年第说表示']);

/** Words jieba tags as names that are not persons on these pages. */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  '二十大', '高考', '冬奥', '关怀', '弘扬', '卓越', '向心力', '安康',
  '盛世', '宣传部', '文明', '楼宇', '公正', '温馨', '道德', '令人', '全家福', '高精尖', '拉开序幕', '诗朗诵',
  '光辉', '养老', '慈爱', '沙龙', '爱岗敬业', '探秘', '彼岸', '幸福感', '山清水秀', '高昂', '祝福', '拓宽',
  '成果展', '景泰蓝', '通过培训', '高素质', '保驾护航', '和暖', '辛勤', '宝宝', '练兵', '比武', '班前会',
  '大比拼', '麦子', '苏打水', '法律援助', '盛夏',
]);
