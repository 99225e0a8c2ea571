// Cue words for the main activity of an article: its kind, who organized it,
// and which sentences name a place that is not where it happened.
import type { ActivityKind } from '../types.ts';

export interface KindCue {
  id: string;
  kind: ActivityKind;
  pattern: RegExp;
  /** Weight in the body; a title takes its rightmost cue whatever the weight. */
  weight: number;
}

// Event nouns (`分享会`, `培训班`) weigh more than verbs that also describe
// side events (`学习`, `分享`). `学习贯彻` is the papers' standing slogan
// (`深入学习贯彻党的二十大精神`), not a training course.
export const KIND_CUES: readonly KindCue[] = [
  { id: 'visit.condolence', kind: 'visit', pattern: /慰问|走访|看望|探望/g, weight: 3 },
  { id: 'visit.send', kind: 'visit', pattern: /[夏冬]?送(?:清凉|温暖|关怀|关爱|爱心)|为[^，。,；]{1,16}?送[^，。,；]/g, weight: 3 },
  { id: 'inspection.survey', kind: 'inspection', pattern: /调研|视察|考察|评价(?!组)|督导|督查/g, weight: 3 },
  { id: 'meeting.session', kind: 'meeting', pattern: /座谈会|推进会|分享会|读书会|研讨会|交流会|恳谈会|沙龙|大讨论|宣讲会|报告会|宣讲(?!团)|茶话会|现场会|动员会|观摩会|推介会|说明会/g, weight: 4 },
  { id: 'meeting.discuss', kind: 'meeting', pattern: /讨论|座谈/g, weight: 2 },
  { id: 'meeting.assembly', kind: 'meeting', pattern: /会议|(?<!表彰|颁奖|誓师|运动)大会/g, weight: 3 },
  { id: 'contest.match', kind: 'contest', pattern: /竞赛|比赛|比拼|大赛|擂台|开赛|决赛|[球棋牌]赛|联赛|锦标赛|挑战赛|邀请赛|技能赛|比武|练兵/g, weight: 3 },
  // A ball game is a sport more than a contest: `职工篮球赛` (same end as 球赛, more weight).
  { id: 'sports.ball', kind: 'sports', pattern: /(?:篮|足|排|乒乓|羽毛|网|台|气排|门)球(?:友谊)?(?:比)?赛/g, weight: 4 },
  { id: 'training.course', kind: 'training', pattern: /培训|讲座|联学|课堂|轮训|开班(?![式仪])|研修/g, weight: 3 },
  { id: 'training.study', kind: 'training', pattern: /学习(?!贯彻|宣传贯彻)/g, weight: 1 },
  { id: 'show.stage', kind: 'show', pattern: /展示|展演|文艺|观影|歌咏|观看|演出|汇演|晚会|合唱|展览|[画影]展|作品展|联欢|联谊|音乐会|演唱会|游园会|朗诵会|诗会|书画展|展出/g, weight: 3 },
  { id: 'recruitment.hire', kind: 'recruitment', pattern: /招录|招聘|双选会|送岗位|春风行动/g, weight: 4 },
  { id: 'donation.give', kind: 'donation', pattern: /捐助|捐赠|捐款|募捐|助学(?!贷)/g, weight: 4 },
  { id: 'volunteering.serve', kind: 'volunteering', pattern: /志愿服务|学雷锋|志愿活动/g, weight: 2 },
  { id: 'ceremony.award', kind: 'ceremony', pattern: /颁奖|启动仪式|揭牌|授牌|表彰大会|开幕式|闭幕式|仪式|集体婚礼/g, weight: 4 },
  { id: 'sports.walk', kind: 'sports', pattern: /健步走|运动会|徒步|登山|趣味运动|运动|骑行|长跑|马拉松|拔河|跳绳/g, weight: 3 },
];

/** Verbs whose subject runs the activity: `由市总工会主办`, `石景山区总工会承办`.
 *  `组织` only as a verb: `陶然亭街道总工会组织60名`, not `加入将台地区工会组织`. */
export const ORGANIZER_VERBS = /^(?:共同|联合|牵头|统一|全面|持续|还|积极)?(?:主办|承办|举办|组织实施|组织开展|组织(?=了|\d|[职会教干员])|开展|实施)/;

/** Time words that may stand between an organizer and its verb: `…工会近日举办`. */
export const TIME_WORDS = /^(?:近日|近期|日前|今年|再次)?/;

/** Partners in running it: `北京工商大学工会近日联合学校心理素质教育中心…举办`. */
export const JOINT_CUES = /^(?:近日|近期|日前|积极)?(?:联合|携手|会同)/;

/** Verbs after which the sentence subject ran the activity, for the first
 *  paragraph: `近日，北京建博海公司工会邀请中医诊疗师…开展…义诊活动`. */
export const SUBJECT_VERBS = /举办|开展|组织|召开|启动|举行|慰问|走访|看望|邀请|来到|走进|赴|到|前往|调研|捐赠|捐助|发放|送/;

/** Words that put a person at the head of a visiting group: the group's body is an organizer. */
export const LEADER_CUES = /带队|带领|率队|率领|一行/;

/** Sentences that name places where people come from or work, not where the
 *  activity happened: `服务地址在北京丰台、海淀…六区`. */
export const NOT_VENUE_CUES = /服务地址|工作地点|户籍|籍贯|来自|老家/;

/** `全市16个区` as the place of the activity (`在全市16个区以及河北省迁安市均设立…`),
 *  not as a count of bodies (`全市16个区职工服务中心`). */
export const ALL_DISTRICTS = /全市(?:16|十六)个区(?=[及以和、,，均都]|$)/;
