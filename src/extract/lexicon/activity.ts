// Cue words for the main activity of an article: its kind, who organized it,
// and which sentences name a place that is not where it happened.
import type { ActivityKind } from '../types.ts';
import { page } from './examples.ts';

export interface KindCue {
  id: string;
  kind: ActivityKind;
  pattern: RegExp;
  /** Weight in the body; a title takes its rightmost cue whatever the weight. */
  weight: number;
  /** The rule's reason and an invented page it fires on (a title naming the event). */
  why: string;
  example: string;
}

// Event nouns (`分享会`, `培训班`) weigh more than verbs that also describe
// side events (`学习`, `分享`). `学习贯彻` is the papers' standing slogan
// (`深入学习贯彻党的二十大精神`), not a training course.
const KIND_CUES_TABLE = [
  // `夜访`, `家访`, `回访`, `拜访`, `探访`: 访 after a word of how or where is a visit (访谈 and 访问团 are not)
  { id: 'visit.condolence', kind: 'visit', pattern: /慰问|走访|看望|探望|(?:夜|家|回|拜|探|造|寻|入户|登门)访(?![谈问])/g, weight: 3,
    why: 'a visit to people: 慰问, 走访, 看望, 家访', example: page('## 区总工会慰问一线职工', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'visit.send', kind: 'visit', pattern: /[夏冬]?送(?:清凉|温暖|关怀|关爱|爱心)|为[^，。,；]{1,16}?送[^，。,；]/g, weight: 3,
    why: 'bringing something to people: 送清凉, 送温暖, 为…送…', example: page('## 街道工会为快递小哥送清凉', '本报讯 近日，相关活动在职工之家举行。') },
  // A study visit is an inspection, not a course: `赴上海考察学习`, `参观学习` (ties with `学习`, more weight).
  { id: 'inspection.survey', kind: 'inspection', pattern: /调研|视察|考察(?:学习)?|(?:参观|交流)学习|评价(?!组)|督导|督查/g, weight: 3,
    why: 'looking at work done: 调研, 视察, 考察学习, 督导', example: page('## 市总工会到产业园区调研', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'meeting.session', kind: 'meeting', pattern: /座谈会|推进会|分享会|读书会|研讨会|交流会|恳谈会|沙龙|大讨论|宣讲会|报告会|宣讲(?!团)|茶话会|现场会|动员会|观摩会|推介会|说明会/g, weight: 4,
    why: 'a named kind of meeting: 座谈会, 推进会, 分享会, 宣讲', example: page('## 区总工会召开职工代表座谈会', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'meeting.discuss', kind: 'meeting', pattern: /讨论|座谈/g, weight: 2,
    why: 'a discussion, weaker than a named meeting', example: page('## 职工代表座谈工会工作', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'meeting.assembly', kind: 'meeting', pattern: /会议|(?<!表彰|颁奖|誓师|运动)大会/g, weight: 3,
    why: 'a meeting or an assembly (not an awards assembly)', example: page('## 区总工会召开全委会议', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'contest.match', kind: 'contest', pattern: /竞赛|比赛|比拼|大赛|擂台|开赛|决赛|[球棋牌]赛|联赛|锦标赛|挑战赛|邀请赛|技能赛|比武|练兵/g, weight: 3,
    why: 'a competition of skill: 竞赛, 比赛, 大赛, 比武', example: page('## 区总工会举办焊工技能大赛', '本报讯 近日，相关活动在职工之家举行。') },
  // A game, race, walk or sports meet is a sport even when called 比赛 (the guideline's
  // conventions): `职工篮球联赛`, `拔河比赛`, `长跑比赛` end where the contest cue ends, with more weight.
  { id: 'sports.match', kind: 'sports', pattern: /(?:(?:篮|足|排|乒乓|羽毛|网|台|气排|门|棒|垒|手|毽|柔力|保龄|桌|板)球|高尔夫|拔河|跳绳|踢毽|长跑|跑步|赛跑|接力|马拉松|健步走|健走|徒步|登山|爬山|骑行|自行车|游泳|滑雪|滑冰|冰壶|射箭|射击|田径|越野|定向|龙舟|赛艇|武术|太极|健身操|广播操|飞镖|钓鱼|垂钓|运动)(?:友谊|邀请|联|锦标|公开|挑战|对抗|积分|淘汰)?(?:比赛|大赛|竞赛|赛)(?:[半总]?决赛|开赛|复赛|初赛|预赛)?/g, weight: 5,
    why: 'a game, race or walk called a match: 篮球联赛, 拔河比赛', example: page('## 职工篮球联赛开赛', '本报讯 近日，相关活动在职工之家举行。') },
  // Singing and dancing contests are shows: `职工歌手大赛`, `广场舞比赛`. A stage of the
  // match (`决赛`, `开赛`) belongs to it: `足球邀请赛开赛` is still a sport.
  { id: 'show.stage-contest', kind: 'show', pattern: /(?:歌唱|歌手|唱歌|合唱|歌咏|歌曲|红歌|舞蹈|广场舞|街舞|戏曲|曲艺|器乐|才艺|文艺)(?:比赛|大赛|竞赛|擂台赛|赛)(?:[半总]?决赛|开赛|复赛|初赛|预赛)?/g, weight: 5,
    why: 'a singing or dancing contest is a show', example: page('## 职工歌手大赛唱响劳动之歌', '本报讯 近日，相关活动在职工之家举行。') },
  // Childcare for workers' children (`职工子女托管班开班`) is a service, not a training course.
  { id: 'other.childcare', kind: 'other', pattern: /托管(?:班|服务|课堂)?(?:开班|开课)?/g, weight: 5,
    why: 'childcare for workers\' children is a service, not a course', example: page('## 职工子女暑期托管班开班', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'training.course', kind: 'training', pattern: /培训|讲座|联学|课堂|轮训|开班(?![式仪])|研修/g, weight: 3,
    why: 'a course: 培训, 讲座, 课堂, 开班', example: page('## 区总工会举办工会干部培训', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'training.study', kind: 'training', pattern: /学习(?!贯彻|宣传贯彻)/g, weight: 1,
    why: 'study, weakest of the cues', example: page('## 工会干部集中学习新修订的工会法', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'show.stage', kind: 'show', pattern: /展示|展演|文艺|观影|歌咏|观看|演出|汇演|晚会|合唱|展览|[画影]展|作品展|联欢|联谊|音乐会|演唱会|游园会|朗诵会|诗会|书画展|展出/g, weight: 3,
    why: 'a show: 演出, 展览, 晚会, 联欢', example: page('## 职工书画作品展开展', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'recruitment.hire', kind: 'recruitment', pattern: /招录|招聘|双选会|送岗位|春风行动/g, weight: 4,
    why: 'hiring: 招聘, 双选会, 春风行动', example: page('## 春风行动专场招聘会举行', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'donation.give', kind: 'donation', pattern: /捐助|捐赠|捐款|募捐|助学(?!贷)/g, weight: 4,
    why: 'giving: 捐赠, 捐款, 助学', example: page('## 区总工会向山区学校捐赠图书', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'volunteering.serve', kind: 'volunteering', pattern: /志愿服务|学雷锋|志愿活动/g, weight: 2,
    why: 'volunteer service: 志愿服务, 学雷锋', example: page('## 职工志愿者开展学雷锋志愿服务', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'ceremony.award', kind: 'ceremony', pattern: /颁奖|启动仪式|揭牌|授牌|表彰大会|开幕式|闭幕式|仪式|集体婚礼/g, weight: 4,
    why: 'a ceremony: 颁奖, 揭牌, 仪式, 开幕式', example: page('## 劳模创新工作室揭牌仪式举行', '本报讯 近日，相关活动在职工之家举行。') },
  { id: 'sports.walk', kind: 'sports', pattern: /健步走|运动会|徒步|登山|趣味运动|运动|骑行|长跑|马拉松|拔河|跳绳|健身|体育活动|体育节|全民健身/g, weight: 3,
    why: 'a sport or sports meet: 运动会, 健步走, 骑行, 健身', example: page('## 区总工会举办职工健步走活动', '本报讯 近日，相关活动在职工之家举行。') },
] as const satisfies readonly KindCue[];
export type KindCueId = (typeof KIND_CUES_TABLE)[number]['id'];
export const KIND_CUES: ReadonlyArray<KindCue & { id: KindCueId }> = KIND_CUES_TABLE;

/** Verbs whose subject runs the activity: `由市总工会主办`, `石景山区总工会承办`.
 *  `组织` only as a verb: `陶然亭街道总工会组织60名`, not `加入将台地区工会组织`. */
export const ORGANIZER_VERBS = /^(?:共同|联合|牵头|统一|全面|持续|还|积极)?(?:主办|承办|举办|组织实施|组织开展|组织(?=了|\d|[职会教干员])|开展|实施|召开)|^(?:共同|联合)组织|^牵头(?![人单部])/;

/** `由A牵头，联合B、C共同组织`: 牵头 says who ran it only where the sentence goes on to hold
 *  the event (`专班由区政法委牵头，…组成` names who leads a task force, not who ran the visit). */
export const LEAD_THEN_HOLD = /^牵头[^。；;]*?(?:主办|承办|举办|组织|开展)/;

/** A sentence that opens with a body and holds the event later on:
 *  `北下关街道总工会为了让职工就近领取，在…分别开展送清凉活动`. */
export const LATER_HOLD = /^[^。；;]*?(?:主办|承办|举办|组织开展|组织(?=了|\d|[职会教干员])|开展)/;
/** What a sentence's opening body does when it only helps: `B协办`, `C提供支持`, `在…指导下`. */
export const HELPER_VERBS = /协办|支持|赞助|指导|冠名|协助/;
/** Words that may open a sentence before its subject: `近日，`, `同时`, `1月30日`. */
export const SENTENCE_OPENERS = /^(?:[\s，,]|近日|近期|日前|同时|此外|另外|随后|当天|今年以来|[\d月日年上下午晚]+)*$/;

/** Members of a list of runners that no organization mention covers, before
 *  a verb they share: `由经开区总工会、经开区团委、亦企服务港共同主办`. */
export const UNNAMED_MEMBERS = /^(?:[、和及][^、，。,；和及“”《》\s]{2,12}?)+(?=(?:共同|联合)(?:主办|承办|举办|组织))/;

/** Words that make a mention a description, not a named body: `海淀各街道工会`, `各基层工会`,
 *  `外地工会`, `兄弟单位工会`, `相关工会`. */
export const COLLECTIVE = /各(?:级|基层|街道|乡镇|镇|社区|单位|企业|部门|区|行业|系统|产业)|^(?:外地|兄弟|相关|有关|部分|多家|其他|其它|基层|广大)/;

/** A title that announces a summary of measures, not one event: `平谷区总五举措助力大气污染防治`. */
export const MEASURES_TITLE = /[一二三四五六七八九十两多\d]+(?:项|条|大|个)?(?:举措|措施|实招|招)|多措并举|举措|措施/;
/** Openings of the paragraphs of such a summary: `在培训方面，`, `一是`, `其二`. */
export const MEASURE_OPENER = /^(?:在[^，。,]{1,12}方面|[一二三四五六七八九十]是|其[一二三四五六])/;
/** `一是…二是…` laid out by the reporter, not inside what someone said (`同时表示…一是健全组织`). */
export const MEASURE_LIST = /一是[^。]*?二是/;
export const SPEECH_BEFORE_LIST = /(?:表示|指出|强调|要求|认为|说)[^。]*一是/;

/** `主办单位为北京市总工会`, `承办单位：…`: the page says who ran it, before the names. */
export const RUNNER_ROLE_BEFORE = /(?:主办|承办|举办)(?:单位|方)(?:为|是|有)?[：:]?$/;

/** Time words that may stand between an organizer and its verb: `…工会近日举办`. */
export const TIME_WORDS = /^(?:近日|近期|日前|今年|再次)?/;

/** Partners in running it: `北京工商大学工会近日联合学校心理素质教育中心…举办`. */
export const JOINT_CUES = /^(?:近日|近期|日前|积极)?(?:联合|携手|会同)/;

/** Verbs after which the sentence subject ran the activity, for the first
 *  paragraph: `近日，北京建博海公司工会邀请中医诊疗师…开展…义诊活动`. */
export const SUBJECT_VERBS = /举办|开展|组织|召开|启动|举行|慰问|走访|看望|邀请|来到|走进|赴|到|前往|调研|考察|视察|参观|莅临|深入|捐赠|捐助|发放|送/;

/** Words that put a person at the head of a visiting group: the group's body is an organizer. */
export const LEADER_CUES = /带队|带领|率队|率领|一行/;

/** Sentences that name places where people come from or work, not where the
 *  activity happened: `服务地址在北京丰台、海淀…六区`. */
export const NOT_VENUE_CUES = /服务地址|工作地点|户籍|籍贯|来自|老家/;

/** Sentences of background, not of the event: `大兴区、北京经济技术开发区自2010年融合发展后…`. */
export const HISTORY_CUES = /自\d{4}年|\d{4}年以来|成立以来|建立以来|多年来|近年来|历年来/;

/** Verbs that take a body away from home: `海淀区总工会赴门头沟开展结对慰问`. */
export const TRAVEL_MARKERS: readonly string[] = ['赴', '奔赴', '前往', '到', '来到', '走进', '深入', '在'];

/** `在海淀区总工会指导下`: a body that guided or backed it, not a place it went to. */
export const UNDER_GUIDANCE = /^[^，。,；]{0,12}?(?:指导|支持|带领|领导|帮助|关心|关怀|推动|号召|倡导|协调|组织)下/;

/** Bodies that sit in no district: a trip to one leaves the traveller's home too. */
export const NATIONAL_BODY = /^(?:中华全国|全国|全总|中央|国家)/;

/** `全市16个区` as the place of the activity (`在全市16个区以及河北省迁安市均设立…`),
 *  not as a count of bodies (`全市16个区职工服务中心`). */
export const ALL_DISTRICTS = /全市(?:16|十六)个区(?=[及以和、,，均都]|$)/;
