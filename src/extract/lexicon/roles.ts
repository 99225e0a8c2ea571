// Cue words for what a named person did in the activity. A cue belongs to the
// person it follows in the sentence: `张广带队，…王敬东陪同调研`.
import type { ParticipantRole } from '../types.ts';
import { page } from './examples.ts';

export interface RoleCue {
  id: string;
  role: ParticipantRole;
  pattern: RegExp;
  /** A cue of leading a group: in `A、B、C一行`, `A、B带队` only the first named led it. */
  leads?: boolean;
  /** The rule's reason and an invented page it fires on. */
  why: string;
  example: string;
}

const ROLE_CUES_TABLE = [
  { id: 'led.lead', role: 'LED', pattern: /带队|带领|率队|率领|一行/, leads: true,
    why: 'a name before 带队, 带领, 一行 led the group', example: page('## 区总工会开展活动', '本报讯 近日，区总工会副主席刘红梅带队慰问环卫工人。') },
  // `张三率市总工会慰问组…`: 率 right after the name; elsewhere it is a rate (`合格率`)
  { id: 'led.head', role: 'LED', pattern: /^等?率(?!先)/, leads: true,
    why: '率 right after a name: 张三率…组 led it', example: page('## 区总工会开展活动', '本报讯 近日，区总工会副主席刘红梅率慰问组看望环卫工人。') },
  { id: 'hosted.chair', role: 'HOSTED', pattern: /主持/,
    why: 'a name before 主持 chaired it', example: page('## 区总工会开展活动', '本报讯 近日，区总工会召开座谈会，区总工会副主席刘红梅主持会议。') },
  { id: 'accompanied.escort', role: 'ACCOMPANIED', pattern: /陪同/,
    why: 'a name before 陪同 went along', example: page('## 区总工会开展活动', '本报讯 近日，市总工会到企业调研，区总工会副主席刘红梅陪同调研。') },
  // `给予充分肯定`, `叮嘱职工`, `与外卖小哥亲切交谈`: words said at the activity
  // Verbs of speech and of what one says to others: appeals, wishes, pledges,
  // encouragement, talk (`呼吁`, `希望`, `承诺`, `勉励`, `谈到`, `发出倡议`).
  { id: 'spoke.say', role: 'SPOKE', pattern: /讲话(?![稿精])|致[^，。,]{0,3}辞|表示|指出|强调|要求|叮嘱|嘱咐|嘱托|交谈|攀谈|谈心|询问|寄语|勉励|鼓励|呼吁|号召|倡议|希望|期望|期待|承诺|表态|谈到|谈及|说道|祝愿|致以|宣布|给予[^，。,]{0,4}肯定|作[^，。,]{0,4}动员/,
    why: 'a verb of speech after a name: 表示, 指出, 强调, 呼吁, 希望', example: page('## 区总工会开展活动', '本报讯 近日，区总工会召开座谈会。区总工会副主席刘红梅强调，要把职工的事办好。') },
  // `王主席说，要…`: a statement follows the verb. `“…”环卫工人高秀英说。` is a
  // present person quoted about themselves (ATTENDED, as the seed's 周俊杰), and
  // `介绍说` is the report verb it follows.
  { id: 'spoke.say-that', role: 'SPOKE', pattern: /(?<![据小解听]|介绍|笑着|地)说[，,：:]/,
    why: '说 with a statement after it: 王主席说，…', example: page('## 区总工会开展活动', '本报讯 近日，区总工会召开座谈会。区总工会副主席刘红梅说，要把职工的事办好。') },
  // A cue inside a noun is no act: `分享会`, `宣讲会`, `报告会` are events, `讲解员` a job
  // (`王芳主持宣讲会` -> HOSTED only). `作了题为《匠心筑梦》的报告` is a report.
  { id: 'reported.report', role: 'REPORTED', pattern: /(?:汇报|介绍|分享|发言|讲解|讲述|阐释|授课|宣讲|解读)(?![会团稿员人])|作[^，。,]{0,6}报告(?![会团])|作[^，。,《]{0,4}《[^》]{1,30}》的?[^，。,]{0,4}报告(?![会团])/,
    why: 'a name before 汇报, 介绍, 发言, 作…报告 reported', example: page('## 区总工会开展活动', '本报讯 近日，区总工会召开座谈会，区总工会副主席刘红梅介绍了全年工作。') },
  { id: 'attended.attend', role: 'ATTENDED', pattern: /出席|参加|参与|列席/,
    why: 'a name before 出席, 参加 attended', example: page('## 区总工会开展活动', '本报讯 近日，职工运动会开幕，区总工会副主席刘红梅出席开幕式。') },
  // The person doing the visit, or a ceremonial act at the event, states presence:
  // `张三走访了多间休息室，并同环卫工人交谈` -> ATTENDED, SPOKE; `李四为展览揭幕` -> ATTENDED.
  { id: 'attended.present', role: 'ATTENDED', pattern: /来到|走进|走访|深入|颁发|颁奖|揭牌|揭幕|授牌|授旗|剪彩/,
    why: 'the one who visits or performs a ceremonial act was there: 来到, 走访, 揭牌', example: page('## 区总工会开展活动', '本报讯 近日，区总工会副主席刘红梅来到环卫站，为环卫工人送去清凉。') },
] as const satisfies readonly RoleCue[];
export type RoleCueId = (typeof ROLE_CUES_TABLE)[number]['id'];
export const ROLE_CUES: ReadonlyArray<RoleCue & { id: RoleCueId }> = ROLE_CUES_TABLE;

/** `A、B分别带队`: each of the list led a group of their own. */
export const EACH_LED = /^[^，。,；]{0,4}分别(?:带队|带领|率队|率领)/;

/** Listening turns the rest of the sentence to other speakers:
 *  `韩志杰面对面听取各单位工会干部的意见和建议`. */
export const LISTENING = /听取|聆听|听了/;

/** A name used as a source of instructions or thought, not a person at the
 *  event: `习近平…作出重要指示`, `习近平新时代中国特色社会主义思想`. */
export const SOURCE_AFTER = /^[^，。,；]{0,12}?(?:指示|批示|重要讲话|重要论述|新时代|思想)|^(?:所著|编著|主编|著)/;
/** `学习习近平总书记关于工会工作的重要指示`; `《中国劳模史》作者某某`. */
export const SOURCE_BEFORE = /(?:学习|贯彻|落实|遵循|按照|根据)[^，。,；]{0,2}$|作者$/;
/** The longest text SOURCE_BEFORE matches: it is tested on that much of the line before a name. */
export const SOURCE_BEFORE_CHARS = 4;

/** A third-person pronoun opening a clause stands for the last named person:
 *  `。他表示`, `,她介绍了`, after a short time phrase too (`颁奖时她表示`, `会上他指出`);
 *  not `他们`, `其他`, nor an object (`嘱咐他保重身体`). */
export const PRONOUN = /(?<=(?:^|[，。,；;：:！？!?”])(?:[^，。,；;：:！？!?”“他她]{1,6}(?:时|后|上|中|间))?)[他她](?![们人])/g;
