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
  // `区总工会主席张立新率调研组到企业调研`: 率 announces the name as a leader
  '率',
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

/** What follows a name-like word that makes it a company's name: a place in brackets
 *  (`施耐德(北京)低压电器有限公司`, `赛诺菲（中国）`) or a company word (`拜耳医药有限公司`). */
export const COMPANY_AFTER_NAME = /^(?:[（(][\u4e00-\u9fff]{2,3}[）)]|(?:有限|股份|集团|公司|控股|科技|医药|电器|制药|中国))/;

/** What a studio, a method or a team is called after its founder: `蔡志勇职工创新工作室`,
 *  `张秉贵劳模创新工作室`, `许振超工作法` name the persons 蔡志勇, 张秉贵, 许振超. */
export const EPONYM_AFTER_NAME = /(?:劳模|职工|工匠|技能大师|大师|首席技师|技师)?(?:创新)?(?:工作室|工作法|操作法)/g;
