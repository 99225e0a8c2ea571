// The closed registry of extraction rules. Every fact the pipeline outputs
// carries the ids of the rules that made it (`rules` on the fact), so a wrong
// fact can be traced to its rule (`kg extract --trace`, `kg eval --detail`).
//
// A rule is a decision, not a word: the word lists it reads are data in
// lexicon/. Each rule has a one-line reason and an invented example page;
// test/extract/rules.test.ts runs every example and checks that a fact of it
// names the rule. Rules kept beside their data (date expressions, activity and
// role cues, dateline openers) are listed from their tables.
import { DATE_RULES, DATE_SKIPS, PATH_DATES, type DateRuleId, type PathDateId, type SkipRuleId } from './lexicon/dates.ts';
import { KIND_CUES, type KindCueId } from './lexicon/activity.ts';
import { CONTINUATION_STARTS, DATELINE_CUES, type ContinuationId, type DatelineCueId } from './lexicon/layout.ts';
import { ROLE_CUES, type RoleCueId } from './lexicon/roles.ts';
import { page } from './lexicon/examples.ts';

/** What a rule is for, and an invented page (title line, dateline, text) on which it fires. */
export interface RuleDoc { why: string; example: string }

const CORE = {
  // ------------------------------------------------------------ articles
  'heading.marked': {
    why: 'a line marked as a heading (`## `) opens an article',
    example: page('## 区总工会举办职工书法展', '本报讯 近日，海淀区总工会在职工之家举办书法作品展。'),
  },
  'heading.bullet': {
    why: 'a short line after a bullet (`■`) is a title on any page',
    example: page('■ 职工书屋迎来新读者', '春日的午后，丰台区总工会职工书屋里坐满了前来借阅的职工。'),
  },
  'heading.above-dateline': {
    why: 'unmarked title lines right above a dateline are the article\'s titles',
    example: page('区总工会举办职工插花课堂', '本报讯（记者 孙立）近日，西城区总工会举办职工插花课堂。'),
  },
  'heading.photo-caption': {
    why: 'a photo item\'s caption title stands a few lines above its `摄影报道` credit',
    example: page('环卫工人喝上清凉茶', '连日高温，东城区总工会为环卫工人送去绿豆汤和防暑用品。', '本报记者 边磊 摄影报道'),
  },
  'heading.shape': {
    why: 'on a page without marks, a short line with no sentence stop between complete paragraphs is a title',
    example: page(
      '区总工会举办职工插花课堂', '本报讯 近日，西城区总工会举办职工插花课堂，三十余名职工参加。',
      '职工书屋迎来首批读者', '春日的午后，丰台区总工会职工书屋里坐满了前来借阅的职工。'),
  },

  'article.continued': {
    why: 'text before any title, or a paragraph that opens mid-sentence, is a piece continued from another page',
    example: page('工作，区总工会将继续为职工办实事。', '## 区总工会举办职工运动会', '本报讯 近日，顺义区总工会举办职工运动会。'),
  },
  // ------------------------------------------------------------- authors
  'byline.dateline': {
    why: 'the names in a dateline\'s brackets are its writers, each under the role word before it',
    example: page('## 区总工会举办培训', '本报讯（记者 孙立 通讯员 王红）近日，西城区总工会举办工会干部培训。'),
  },
  'byline.bracketed': {
    why: 'a bracketed byline opening a paragraph, or closing the text, signs the article',
    example: page('## 区总工会慰问环卫工人', '近日，东城区总工会慰问环卫工人，送去防暑用品。（特约记者 刘长青）'),
  },
  'byline.line': {
    why: 'a line that is only role words and names (`本报记者 张晶`) signs the article',
    example: page('## 职工书屋里的春天', '本报记者 赵宁', '本报讯 春日的午后，丰台区总工会职工书屋里坐满了读者。'),
  },
  'byline.credit': {
    why: 'a credit line or a credit closing a paragraph (`张晶 摄`) names a photographer or writer',
    example: page('## 职工运动会开幕', '本报讯 近日，顺义区总工会举办职工运动会。图为拔河比赛现场。王哲 摄'),
  },
  // -------------------------------------------------------------- people
  'person.author': {
    why: 'every writer of the article is a person of it',
    example: page('## 区总工会举办培训', '本报讯（记者 孙立）近日，西城区总工会举办工会干部培训。'),
  },
  'person.after-title': {
    why: 'a name right after a title of office or an honour',
    example: page('## 区总工会慰问一线职工', '本报讯 近日，东城区总工会副主席刘红梅带队慰问环卫工人。'),
  },
  'person.after-title-and-cue': {
    why: 'a name that is also a word counts where the article writes it after a title and again before a speech cue',
    example: page('## 职工议事会召开', '本报讯 近日，职工议事会召集人关平主持会议。', '“大家的事大家议。”关平表示，议事会每月召开一次。'),
  },
  'person.guessed-twice': {
    why: 'a name the tokenizer only guesses character by character, written at least twice',
    example: page('## 劳模工作室成立', '本报讯 来自中建一局的巩彦宏，是一名钢筋工。', '和巩彦宏一样，工作室的成员都来自一线。'),
  },
  'person.after-person-noun': {
    why: 'a name right after a word shaped like a person noun (`讲师`, `钢筋工`, `求职者`)',
    example: page('## 心理健康讲座进企业', '本报讯 近日，区总工会邀请讲师喻海涛为职工讲授心理健康知识。'),
  },
  'person.after-occupation': { why: 'a name right after an occupation (`外卖配送员周俊杰`), which is kept as the person\'s occupation', example: page('## 暖心驿站送清凉', '本报讯 环卫工人王强走进暖心驿站，喝上了一杯绿豆汤。') },
  'person.before-cue': {
    why: 'a name at the start of a clause right before a strong speech cue (`，韩志杰表示`)',
    example: page('## 区总工会召开座谈会', '本报讯 近日，海淀区总工会召开职工座谈会，韩志杰表示，要把职工的事办好。'),
  },
  'person.eponym': {
    why: 'a name that a studio or a method is named after (`蔡志勇职工创新工作室`)',
    example: page('## 创新工作室揭牌', '本报讯 近日，蔡志勇职工创新工作室在通州区揭牌。'),
  },
  'person.list': {
    why: 'a name after a found name and a list comma (`李伟、张鹏`) is a name too',
    example: page('## 师徒结对', '本报讯 近日，劳模李伟、张鹏与新入职的青年职工结成师徒对子。'),
  },
  'person.line-start-colon': {
    why: 'a name opening a line before a colon is a speaker in an interview (`张明：…`)',
    example: page('## 一线职工谈安全', '张明：安全生产是每一名职工的责任。'),
  },
  'person.jieba': {
    why: 'a three-character name the tokenizer knows, standing where names stand',
    example: page('## 职工大讲堂开讲', '本报讯 近日，李长华为职工讲授安全生产知识。'),
  },
  // -------------------------------------------------------------- places
  'place.district': { why: 'a Beijing district by its full name', example: page('## 职工运动会举行', '本报讯 近日，职工运动会在昌平区举行。') },
  'place.district.short': { why: 'a Beijing district without its `区` (`门头沟`)', example: page('## 区总工会赴山区慰问', '本报讯 近日，海淀区总工会赴门头沟慰问山区职工。') },
  'place.override': { why: 'a place whose district the division data gives wrongly or not at all', example: page('## 职工书屋开放', '本报讯 近日，城市副中心的职工书屋向职工开放。') },
  'place.street': { why: 'a street, town or area of a district by its full name', example: page('## 街道工会送温暖', '本报讯 近日，西城区椿树街道总工会走访困难职工家庭。') },
  'place.street.bare': { why: 'a street or town named without its district', example: page('## 职工趣味运动会举行', '本报讯 近日，将台、酒仙桥两地职工参加趣味运动会。') },
  'place.province': { why: 'a province by its full name', example: page('## 兄弟工会来京交流', '本报讯 近日，河北省总工会考察团来京交流。') },
  'place.province.short': { why: 'a province by its short name (`河北`)', example: page('## 对口帮扶', '本报讯 近日，北京市总工会到河北张家口开展对口帮扶。') },
  'place.city': { why: 'a city by its full name', example: page('## 兄弟工会来京交流', '本报讯 近日，成都市总工会考察团来京交流。') },
  'place.city.short': { why: 'a city by its short name (`成都`)', example: page('## 兄弟工会来京交流', '本报讯 近日，成都考察团来京交流工会工作。') },
  'place.county': { why: 'a county or a district of another city by its full name', example: page('## 对口帮扶', '本报讯 近日，区总工会赴内蒙古阿尔山市开展对口帮扶。') },
  'place.county.after-province': { why: 'a county right after its province or city', example: page('## 对口帮扶', '本报讯 近日，区总工会赴河北迁安开展对口帮扶。') },
  'place.county.district': { why: 'a district of another city, read as that city\'s, not as Beijing\'s', example: page('## 兄弟工会来京交流', '本报讯 近日，成都市武侯区总工会来京交流。') },
  'place.in-other-city': { why: 'a district name right after another city is that city\'s district', example: page('## 兄弟工会来京交流', '本报讯 近日，长春市朝阳区总工会来京交流。') },
  // ------------------------------------------------------- organizations
  'org.suffix': { why: 'a run of words ending in an organization\'s head word (`总工会`, `有限公司`, `图书馆`)', example: page('## 职工书屋开放', '本报讯 近日，首都图书馆为职工送去新书。') },
  'org.nested': { why: 'a body named inside a longer one (`区总工会职工服务中心`) is a body of its own', example: page('## 服务中心开放', '本报讯 近日，朝阳区总工会职工服务中心正式开放。') },
  'org.nested.group': { why: 'a group company named before its member company is a body of its own', example: page('## 技能比赛举行', '本报讯 近日，河钢集团唐钢公司举办技能比赛。') },
  'org.nested.school-pair': { why: 'a school named after its parent (`大学附属中学`) is one body, not two', example: page('## 职工运动会举行', '本报讯 近日，北京工业大学材料学院举办职工运动会。') },
  'org.deixis': { why: 'a short form opening with the body\'s kind (`集团工会`) names the article\'s body of that kind', example: page('## 集团工会慰问', '本报讯 近日，北京城建集团举办技能比赛。集团工会主席王明为获奖职工颁奖。') },
  'org.referent': { why: 'the body a short form (`集团总装公司`) refers to is an organization of the article, even where only written inside a longer name', example: page('## 集团工会慰问', '本报讯 近日，北方车辆集团工会慰问一线职工。在集团总装公司，慰问组看望了职工。') },
  'org.fixed': { why: 'a short form with one fixed canonical name (`全总`)', example: page('## 全国总工会慰问一线职工', '本报讯 近日，全国总工会慰问一线职工。') },
  'org.legislature': { why: 'a place\'s `人大` is its standing committee', example: page('## 人大代表调研', '本报讯 近日，西城区人大到企业调研。') },
  'org.short.city': { why: '`市总工会` with no other city in the article is the home city\'s', example: page('## 市总工会慰问', '本报讯 近日，市总工会慰问一线职工。') },
  'org.short.named-city': { why: '`市总工会` in an article set in another city is that city\'s', example: page('## 兄弟工会来京交流', '本报讯 近日，成都市总工会来京交流。市总工会负责人介绍了经验。') },
  'org.short.city-name': { why: 'a city\'s short name before a body is its full name (`北京总工会`, `成都总工会`)', example: page('## 兄弟工会来京交流', '本报讯 近日，成都总工会来京交流。') },
  'org.short.city-written-later': { why: 'a `市总工会` in a title is the city the text names it under', example: page('## 市总工会考察团来京', '本报讯 近日，成都市总工会考察团来京交流。') },
  'org.short.province': { why: '`省总工会` is the union of the article\'s province', example: page('## 兄弟工会来京交流', '本报讯 近日，河北省总工会副主席王兵带队来京。省总工会将深化合作。') },
  'org.short.province-of-city': { why: '`省总工会` in an article set in a city is its province\'s', example: page('## 兄弟工会来京交流', '本报讯 近日，石家庄市总工会来京交流。省总工会有关负责人参加。') },
  'org.short.county': { why: '`县总工会` is the union of the article\'s county', example: page('## 对口帮扶', '本报讯 近日，区总工会赴河北省阜平县开展帮扶。县总工会负责人陪同。') },
  'org.short.district': { why: '`区总工会` is the union of the article\'s district', example: page('## 区总工会慰问', '本报讯 近日，丰台区举办职工运动会。区总工会为获奖职工颁奖。') },
  'org.short.named-district': { why: '`区总工会` in an article set in another city\'s district is that district\'s', example: page('## 兄弟工会来京交流', '本报讯 近日，成都市武侯区总工会来京交流。区总工会主席王兵介绍了经验。') },
  'org.short.district-name': { why: 'a district\'s short name before a body is its full name (`西城总工会`)', example: page('## 区总工会慰问', '本报讯 近日，西城总工会慰问一线职工。') },
  'org.short.party-department': { why: '`区委组织部` is a department of the district\'s party committee', example: page('## 党建培训举行', '本报讯 近日，丰台区举办党建培训，组织部负责人授课。') },
  'org.short.town': { why: '`镇总工会` is the union of the article\'s town', example: page('## 镇总工会慰问', '本报讯 近日，房山区长沟镇举办职工运动会。镇总工会为职工送去饮品。') },
  'org.short.street': { why: '`街道总工会` is the union of the article\'s street', example: page('## 街道总工会慰问', '本报讯 近日，西城区椿树街道举办职工运动会。街道总工会为职工送去饮品。') },
  'org.short.named-street': { why: '`街道总工会` after a street the division data lacks is that street\'s body', example: page('## 兄弟工会来京交流', '本报讯 近日，青岛市城阳区流亭街道总工会来京交流。街道总工会主席王兵介绍了经验。') },
  'org.short.area': { why: '`经开区总工会` and such area names are the area\'s full name', example: page('## 招聘会举行', '本报讯 近日，朝阳区南磨房地区举办招聘会。地区社保所工作人员现场答疑。') },
  'org.short.total': { why: '`区总`, `市总` after a place are short for its 总工会', example: page('## 区总送清凉', '本报讯 近日，朝阳区总开展送清凉活动。') },
  'org.list-ellipsis': { why: 'in a list after a place\'s body, bodies named without the place are the place\'s (`通州区人力社保局、卫健委`)', example: page('## 联合招聘会举行', '本报讯 近日，由通州区人力社保局、卫健委、民政局联合举办的招聘会举行。') },
  'org.counted-list': { why: 'a list closed by a count of bodies (`等3家单位`) names bodies', example: page('## 共建签约', '本报讯 近日，区总工会与星光剧社、晨曦书苑等3家单位签订共建协议。') },
  'org.host-list': { why: 'a list of bodies before `主办`, `联合` is a list of bodies, whatever their head words', example: page('## 骑手关爱活动举行', '本报讯 近日，由北京市总工会、美团、饿了么联合主办的骑手关爱活动举行。') },
  'org.named-body': { why: 'a national body named without a suffix (`国务院`, `全国政协`)', example: page('## 学习会召开', '本报讯 近日，区总工会传达学习国务院常务会议精神。') },
  'org.media.credit': { why: 'the outlet named in a credit or byline (`千龙网`) is a body', example: page('## 职工运动会开幕', '本报讯 近日，顺义区总工会举办职工运动会。（千龙网记者 王哲）') },
  'org.brand': { why: 'a brand run as a body (`品牌“将小爱”`) is one', example: page('## 品牌服务送清凉', '本报讯 近日，党工共建品牌“将小爱”为环卫工人送去清凉。') },
  'org.place-as-host': { why: 'a district that holds an event (`由北京经济技术开发区主办`, `怀柔区召开`) is a body: its government', example: page('## 职工大会召开', '本报讯 近日，怀柔区召开职工代表大会。') },
  'org.company-union-post': { why: 'a title at `X公司工会` is the company\'s union post, kept at the union', example: page('## 企业工会慰问', '本报讯 近日，北京星海钢琴有限公司工会主席王明带队慰问一线职工。') },
  'org.position-body': { why: 'the body a title phrase names is an organization of the article', example: page('## 政法委调研', '本报讯 近日，区委政法委书记王明到街道调研。') },
  // ----------------------------------------------------------- positions
  'position.in-phrase': { why: 'a title right after a body of the same phrase is held in it (`区总工会副主席刘红梅`)', example: page('## 区总工会慰问', '本报讯 近日，东城区总工会副主席刘红梅带队慰问环卫工人。') },
  'position.branch': { why: 'a title at a branch written into a body\'s name (`全总权益部部长`, `X公司工会主席`) is held at the body, the branch joining the title', example: page('## 职工运动会举行', '本报讯 近日，北京星光医院举办职工运动会。医院工会主席王明为获奖职工颁奖。') },
  'position.named-body': { why: 'a title after a run ending in a body\'s head word no list holds names that body', example: page('## 剧社送戏', '本报讯 近日，星光皮影剧社社长王明带队为职工演出。') },
  'position.place-party': { why: 'a place\'s party title (`长沟镇党委书记`) is held at the place\'s party committee', example: page('## 镇工会慰问', '本报讯 近日，长沟镇党委书记王明慰问一线职工。') },
  'position.government-chief': { why: 'a place chief\'s title (`区长`, `副市长`) is held at the place\'s government', example: page('## 区领导慰问', '本报讯 近日，西城区委副书记、区长刘东慰问一线职工。') },
  'position.anaphor': { why: 'a title after a word standing for a body (`该公司总经理`, `集团董事长`) is held at the body it stands for', example: page('## 企业工会成立', '本报讯 近日，北京星海钢琴有限公司成立工会。公司总经理王明致辞。') },
  'position.project': { why: 'a project\'s title goes to the company running the project', example: page('## 工地慰问', '本报讯 施工的是中铁二局北京地铁12标项目。项目经理王明介绍了工程进展。') },
  'position.same-titles': { why: 'a name right after another\'s (`副主席曾爱国、夏华云`) shares its titles', example: page('## 区总工会慰问', '本报讯 近日，东城区总工会副主席曾爱国、夏华云带队慰问环卫工人。') },
  'position.inherited': { why: 'titles alone after a titled person are held in that person\'s body', example: page('## 区总工会慰问', '本报讯 近日，东城区总工会主席王明，副主席刘红梅慰问环卫工人。') },
  'position.sentence-body': { why: 'titles alone are held in the body the sentence is at, or the nearest one before', example: page('## 校园开放日', '本报讯 近日，在东城区职工大学，校长景宝龙介绍了办学情况。') },
  // -------------------------------------------------------- participants
  'participant.presumed': { why: 'a person named at the event with no cue attended it', example: page('## 区总工会慰问', '本报讯 近日，东城区总工会副主席刘红梅来到环卫站，环卫工人王强也在现场。') },
  'participant.spoken-to': { why: 'a person an earlier one of the sentence acts on (`向李四介绍`) attended only', example: page('## 座谈会召开', '本报讯 近日，职工代表王强向区总工会主席刘红梅介绍了工作情况。') },
  'participant.listening': { why: 'one who listens (`听取…意见`) is there', example: page('## 座谈会召开', '本报讯 近日，区总工会主席刘红梅听取了职工代表的意见。') },
  'participant.list-member': { why: 'the second and later names of `A、B、C一行` are members of a delegation A leads', example: page('## 考察团来京', '本报讯 近日，河北省总工会副主席王兵、张红一行来京交流。') },
  'participant.pronoun': { why: '`他`, `她` opening a clause stand for the last named person', example: page('## 区总工会慰问', '本报讯 近日，东城区总工会副主席刘红梅慰问环卫工人。她表示，要把关爱送到一线。') },
  'participant.title-mention': { why: '`王主席表示` stands for the 王 named with 主席 earlier', example: page('## 区总工会慰问', '本报讯 近日，东城区总工会主席王明慰问环卫工人。王主席说，要把关爱送到一线。') },
  // ------------------------------------------------------------ activity
  'kind.title': { why: 'the rightmost activity cue of a title names the event (`技能竞赛颁奖仪式` is a ceremony)', example: page('## 职工技能竞赛颁奖仪式举行', '本报讯 近日，区总工会为获奖职工颁奖。') },
  'kind.body': { why: 'with no cue in any title, the body\'s cues counted by weight, the first paragraph twice', example: page('## 春风暖人心', '本报讯 近日，区总工会慰问一线职工，走访了多个站点。慰问组还看望了困难职工。') },
  'kind.measures': { why: 'a summary of several measures (`一是…二是…`) has no one event', example: page('## 五举措服务职工', '本报讯 区总工会推出五项举措。一是开展技能培训；二是举办职工运动会。') },
  'kind.continued': { why: 'a piece continued from another page reports its event where it starts', example: page('工作，区总工会将继续举办培训。') },
  'kind.none': { why: 'no cue says what the event was: other', example: page('## 春天里的职工之家', '本报讯 春日的午后，职工之家里花香四溢。') },
  'district.organizer-home': { why: 'an organizer\'s home district (`顺义区总工会举办…`), unless the event went elsewhere', example: page('## 职工运动会举行', '本报讯 近日，顺义区总工会举办职工运动会。') },
  'district.venue': { why: 'the district of a body that is the venue (`在石景山区文化中心`)', example: page('## 职工合唱比赛举行', '本报讯 近日，职工合唱比赛在石景山区文化中心举行。') },
  'district.place': { why: 'a district, street or town named as where it happened', example: page('## 职工运动会举行', '本报讯 近日，职工运动会在昌平区举行。') },
  'district.trip': { why: 'a trip takes place where it goes (`赴门头沟`): the runners\' home district is not where it happened', example: page('## 区总工会赴山区慰问', '本报讯 近日，海淀区总工会赴门头沟区慰问山区职工。') },
  'district.whole-city': { why: '`全市各区` in a report about Beijing is every district', example: page('## 全市职工运动会开幕', '本报讯 北京市职工运动会开幕，全市16个区均组队参赛。') },
  'organizer.explicit': { why: 'the page says who ran it: `由X主办`, `X承办`, `主办单位为X`', example: page('## 职工篮球赛开赛', '本报讯 近日，由朝阳区体育中心承办的职工篮球赛开赛。') },
  'organizer.headline-runner': { why: 'a runner at the head of the headline (`X举办…`) ran it beside those the text names', example: page('## 朝阳区总工会举办职工篮球赛', '本报讯 近日，由朝阳区体育中心承办的职工篮球赛开赛。') },
  'organizer.before-verb': { why: 'bodies right before an organizer verb (`X、Y共同举办`)', example: page('## 职工书画展开幕', '本报讯 近日，朝阳区文化馆、朝阳区图书馆共同举办职工书画展。') },
  'organizer.joint': { why: '`X联合Y`: both ran it', example: page('## 职工书画展开幕', '本报讯 近日，朝阳区总工会联合朝阳区文化馆开展职工书画展。') },
  'organizer.sentence-subject': { why: 'the body that opens the sentence holds the event it goes on to name', example: page('## 清凉送一线', '本报讯 北下关街道总工会为了关爱一线职工，在辖区开展送清凉活动。') },
  'organizer.title-subject': { why: 'the organization at the head of the headline ran it', example: page('## 东湖街道工会为环卫工人送温暖', '本报讯 近日，环卫工人收到了一份温暖。') },
  'organizer.lead-subject': { why: 'with none at the head of a title, the subject of the first paragraph', example: page('## 暖心服务进工地', '本报讯 近日，北京建博海公司工会邀请医生走进工地。') },
  'organizer.kicker-subject': { why: 'with none in the headline or the lead, the organization heading another title line', example: page('顺义区总工会', '## 暖心服务进工地', '本报讯 近日，医生走进工地为职工义诊。') },
  'organizer.company-union': { why: 'a headline naming a company gives way to the lead naming the company\'s union', example: page('## 北京星海钢琴公司开展技能培训', '本报讯 近日，北京星海钢琴有限公司工会组织开展技能培训。') },
  'organizer.leader-body': { why: 'the union in the title phrase of one who led the group', example: page('## 送清凉进工地', '本报讯 近日，顺义区总工会主席张克斌带队到工地送清凉。') },
  'organizer.most-named': { why: 'with none of the above, the union named most often', example: page('## 工地上的清凉', '本报讯 高温下的工地上，职工们喝上了绿豆汤。绿豆汤来自顺义区总工会的暖心驿站。') },
  'organizer.place-government': { why: 'a district that holds an event (`怀柔区召开`) stands for its government', example: page('## 技能比武', '本报讯 怀柔区近日开展职工技能比武。') },
  'skip.quoted': { why: 'a day inside quoted words or a book title is not the day of the event', example: page('## 职工运动会举行', '本报讯 “5月1日那天我们就开始准备了。”近日，顺义区总工会举办职工运动会。') },
  'issue.header': { why: 'a page header line with a written date and a weekday or page number dates the issue', example: page('劳动午报 2024年5月10日 星期五 第3版：工会', '## 职工运动会举行', '本报讯 近日，顺义区总工会举办职工运动会。') },
} as const satisfies Record<string, RuleDoc>;

type CoreRuleId = keyof typeof CORE;
/** Every rule id there is. The union is closed: a fact cannot name a rule the registry lacks. */
export type RuleId = CoreRuleId | KindCueId | RoleCueId | DatelineCueId | ContinuationId | DateRuleId | SkipRuleId | PathDateId;

/**
 * What a rule's example is: a page (run through the whole pipeline), a date
 * phrase (read by the dates stage), or a page's path (read for its issue date).
 */
export type ExampleKind = 'page' | 'date-phrase' | 'path';

export interface Rule extends RuleDoc { id: RuleId; reads: ExampleKind }

const from = (reads: ExampleKind, list: ReadonlyArray<{ id: RuleId; why: string; example: string }>): Rule[] =>
  list.map((r) => ({ id: r.id, why: r.why, example: r.example, reads }));

/** Every rule with its reason and example, by id. */
export const RULES: ReadonlyMap<RuleId, Rule> = new Map([
  ...(Object.entries(CORE) as Array<[CoreRuleId, RuleDoc]>).map(([id, d]): Rule => ({ id, why: d.why, example: d.example, reads: 'page' })),
  ...from('page', KIND_CUES), ...from('page', ROLE_CUES), ...from('page', DATELINE_CUES), ...from('page', CONTINUATION_STARTS),
  ...from('date-phrase', DATE_RULES), ...from('date-phrase', DATE_SKIPS), ...from('path', PATH_DATES),
].map((r) => [r.id, r]));

/** The rules a fact carries, in order, each once. */
export const ruleSet = (...ids: Array<RuleId | null | undefined | readonly RuleId[]>): RuleId[] => {
  const out: RuleId[] = [];
  for (const x of ids) for (const id of Array.isArray(x) ? x : [x]) if (id && !out.includes(id as RuleId)) out.push(id as RuleId);
  return out;
};
