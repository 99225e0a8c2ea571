import { describe, expect, it } from 'vitest';
import { findParticipants } from '../../src/extract/participants.ts';
import type { Author } from '../../src/extract/types.ts';
import { block, people } from './handMentions.ts';

type Row = [paragraphs: string[], names: string[], expected: Record<string, string[]>];

// Paragraphs from the seed pages; participants and roles as in the gold files.
const rows: Row[] = [
  [['调研组由全国总工会办公厅副主任张广带队，市总工会党组成员、副主席、一级巡视员王敬东陪同调研。',
    '随后召开的座谈会由门头沟区人大常委、党组副书记、副主任，区总工会主席李伟主持。王敬东就北京市工会系统“区级工会加强年”专项工作进行了汇报。门头沟区总工会党组书记、副主席王九中就门头沟区“工会加强年”专项工作进行汇报。',
    '在实地调研和听取汇报后，张广对门头沟区总工会和西城区总工会各方面工作给予肯定。他表示，“工会加强年”专项工作从去年9月开始，目前已经进程过半。'],
  ['张广', '王敬东', '李伟', '王九中'],
  { 张广: ['LED', 'SPOKE'], 王敬东: ['ACCOMPANIED', 'REPORTED'], 李伟: ['HOSTED'], 王九中: ['REPORTED'] }],
  [['东城区委书记孙新军，东城区人大常委会党组书记、主任吴松元，北京市总工会党组成员、副主席赵丽君，东城区委副书记章建伟等出席活动。'],
    ['孙新军', '吴松元', '赵丽君', '章建伟'],
    { 孙新军: ['ATTENDED'], 吴松元: ['ATTENDED'], 赵丽君: ['ATTENDED'], 章建伟: ['ATTENDED'] }],
  [['近日,由海淀区政协委员,区总工会党组书记、副主席孙金春带队,前往快手总部,参加由海淀区政协举办的“海淀政协·委员沙龙”读书分享会。',
    '在读书分享会环节,孙金春首先分享了《习近平总书记关于工人阶级和工会工作的重要论述》一书,他表示,海淀区总工会要积极学习习近平总书记关于工会工作的重要指示。',
    '宋婷婷分享的书目为《快手诗集》,她介绍了农民、建筑工人、外卖小哥、家庭主妇等来自各行各业的快手网上创作者。'],
  ['孙金春', '习近平', '宋婷婷'],
  { 孙金春: ['LED', 'SPOKE', 'REPORTED'], 宋婷婷: ['REPORTED'] }],
  [['近日,西城区天桥街道总工会邀请辖区20余家企业的工会干部等近30人欢聚一堂。天桥街道总工会主席韩志杰面对面听取各单位工会干部的意见和建议。',
    '韩志杰表示,“双提升”工程是深入学习贯彻党的二十大精神的重要举措。'],
  ['韩志杰'], { 韩志杰: ['SPOKE', 'ATTENDED'] }],
  [['连日来，朝阳区人大常委会党组副书记、副主任，区总工会主席张克斌带队先后到美团骑手党群服务中心和区环卫中心看望慰问奋战在一线的外卖小哥和环卫职工。',
    '在美团骑手党群服务中心，张克斌与外卖小哥亲切交谈，了解他们的日常工作生活情况，询问企业关于职工夏季高温保障的落实情况。',
    '在朝阳区环卫中心，张克斌一行向坚守岗位保障城市环境整洁的一线环卫职工致以问候和感谢，并送上防暑降温用品。'],
  ['张克斌'], { 张克斌: ['LED', 'SPOKE'] }],
  [['“解暑茶包、大容量吨吨杯、成箱苏打水……这波清凉送得太及时了！”刚刚领到爱心物资的外卖配送员周俊杰笑着展示手中的礼包。据他讲，自己已经加入将台地区工会组织，成为一名“将小爱”志愿者，希望能有更多机会为身边的人帮忙出力。'],
    ['周俊杰'], { 周俊杰: ['ATTENDED'] }],
  [['中共中央总书记、国家主席、中央军委主席习近平对此高度重视并作出重要指示。'], ['习近平'], {}],
  [['市总工会党组成员、副主席蒋文云出席活动。'], ['蒋文云'], { 蒋文云: ['ATTENDED'] }],
  // An attendance cue beside a speech cue gives both roles; leading a group does not add ATTENDED.
  [['天津市总工会党组书记、常务副主席王立新出席开展仪式并讲话。'], ['王立新'], { 王立新: ['ATTENDED', 'SPOKE'] }],
  [['市总工会党组成员、副主席李小明出席开班式并致辞。'], ['李小明'], { 李小明: ['ATTENDED', 'SPOKE'] }],
  [['区总工会主席张克斌带队参加启动仪式并讲话。'], ['张克斌'], { 张克斌: ['LED', 'SPOKE'] }],
  // A pronoun after a short time phrase at a clause start stands for the last person named.
  [['街道总工会主席欧阳明为获奖选手颁发证书。颁奖时她表示，将继续搭建技能比武平台。'], ['欧阳明'], { 欧阳明: ['ATTENDED', 'SPOKE'] }],
  [['区总工会副主席孙立出席座谈会。会上他指出，要把服务做到职工心坎上。'], ['孙立'], { 孙立: ['ATTENDED', 'SPOKE'] }],
  // What follows 表示 is what was said, not an act at the event.
  [['河钢集团唐钢公司工会主席孙立新表示，将组织职工积极参与。'], ['孙立新'], { 孙立新: ['SPOKE'] }],
  // A cue inside a noun is no act: 宣讲会 is the event that was hosted.
  [['朝阳区南磨房地区总工会副主席王芳主持宣讲会。'], ['王芳'], { 王芳: ['HOSTED'] }],
  [['全国劳动模范、河钢集团唐钢公司高级技师李红军作主题宣讲。'], ['李红军'], { 李红军: ['REPORTED'] }],
  [['全国劳动模范张宝华、北京市劳动模范孙丽萍先后发言。'], ['张宝华', '孙丽萍'], { 张宝华: ['REPORTED'], 孙丽萍: ['REPORTED'] }],
  [['市总工会党组成员、副主席李建华分别带队深入基层。'], ['李建华'], { 李建华: ['LED'] }],
  [['会上，全国劳动模范张宝华作了题为《匠心筑梦》的报告。'], ['张宝华'], { 张宝华: ['REPORTED'] }],
  // Invented rows. A delegation's leader: only the first named leads; the others are members.
  [['近日，区总工会党组书记、主席王建军，副主席李红、赵刚一行来到建设工地，慰问一线建设者。'],
    ['王建军', '李红', '赵刚'], { 王建军: ['LED'], 李红: ['ATTENDED'], 赵刚: ['ATTENDED'] }],
  [['市总工会副主席刘明率区总工会主席陈静、副主席孙涛深入企业开展调研。'],
    ['刘明', '陈静', '孙涛'], { 刘明: ['LED'], 陈静: ['ATTENDED'], 孙涛: ['ATTENDED'] }],
  [['区总工会主席周强、副主席吴敏分别带队走访慰问困难职工。'],
    ['周强', '吴敏'], { 周强: ['LED'], 吴敏: ['LED'] }],
  [['区委常委张伟，区总工会主席马丽一行来到镇敬老院。', '马丽表示，区总工会将持续做好服务。'],
    ['张伟', '马丽'], { 张伟: ['LED'], 马丽: ['ATTENDED', 'SPOKE'] }],
  // Speech verbs beyond the guideline's table.
  [['活动中，市劳动模范黄海代表全体职工发出倡议。'], ['黄海'], { 黄海: ['SPOKE'] }],
  [['区总工会主席郑伟呼吁广大职工积极参与全民健身。'], ['郑伟'], { 郑伟: ['SPOKE'] }],
  [['项目经理林涛代表一线建设者承诺，确保工程按期完工。'], ['林涛'], { 林涛: ['SPOKE'] }],
  [['座谈中，副主席韩冰谈到，工会要当好职工的娘家人。'], ['韩冰'], { 韩冰: ['SPOKE'] }],
  [['区总工会主席何平勉励青年职工立足岗位、建功立业。'], ['何平'], { 何平: ['SPOKE'] }],
  [['区总工会主席宋文希望大家注意防暑降温。'], ['宋文'], { 宋文: ['SPOKE'] }],
  [['市总工会副主席李华出席开幕式并宣布比赛开幕。'], ['李华'], { 李华: ['ATTENDED', 'SPOKE'] }],
  [['区委常委、区总工会主席王丽，副区长赵明共同为展览揭幕。王丽介绍了全区职工创新工作情况。'],
    ['王丽', '赵明'], { 王丽: ['ATTENDED', 'REPORTED'], 赵明: ['ATTENDED'] }],
  // `说` with a statement after it is speech; a quoted remark about oneself is not (ATTENDED).
  [['区总工会主席杨光说，要把关爱送到职工心坎上。'], ['杨光'], { 杨光: ['SPOKE'] }],
  [['“这份礼物太暖心了！”快递员刘小军笑着说。'], ['刘小军'], { 刘小军: ['ATTENDED'] }],
  [['“我们全员值守。”服务中心书记王芳介绍说，春节期间工作量不小。'], ['王芳'], { 王芳: ['REPORTED'] }],
  // ATTENDED beside SPOKE only where presence is stated; a cue-less mention gives way.
  [['区总工会主席张华走访了多家快递站点，并与快递员亲切交谈。'], ['张华'], { 张华: ['ATTENDED', 'SPOKE'] }],
  [['经开区总工会主席孙丽表示，将继续丰富职工文体生活。', '“职工的热情很高。”孙丽告诉记者。'],
    ['孙丽'], { 孙丽: ['SPOKE'] }],
  // A surname with a title stands for the one person named with it.
  [['街道总工会主席曹建为先进职工之家颁发牌匾。', '曹主席在参观后表示，将继续加大建设力度。'],
    ['曹建'], { 曹建: ['ATTENDED', 'SPOKE'] }],
  [['市总工会副主席王敬民出席并为获奖选手颁奖。王主席勉励选手们继续唱响劳动者之歌。'],
    ['王敬民'], { 王敬民: ['ATTENDED', 'SPOKE'] }],
  // Two people the address could stand for: it stands for neither.
  [['区总工会主席王强、区委书记王林出席活动。王主席表示，要关心职工。', '王书记指出，要服务好职工。'],
    ['王强', '王林'], { 王强: ['ATTENDED', 'SPOKE'], 王林: ['ATTENDED', 'SPOKE'] }],
  // A name with its title after it still opens a list: `李强主席，以及…王敏…分别介绍`.
  [['李强主席，以及文化宫主任王敏分别介绍了有关情况。'], ['李强', '王敏'], { 李强: ['REPORTED'], 王敏: ['REPORTED'] }],
];

describe('findParticipants', () => {
  it.each(rows)('%s', (paragraphs, names, expected) => {
    const b = block(paragraphs, '标题');
    const got = findParticipants(b, people(b, names), [], []);
    const asRecord = Object.fromEntries(got.map((p) => [p.name, [...p.roles].sort()]));
    expect(asRecord).toEqual(Object.fromEntries(Object.entries(expected).map(([n, r]) => [n, [...r].sort()])));
  });

  it('leaves the authors out', () => {
    const b = block(['本报记者 边磊 摄影报道'], '上门义诊');
    const authors: Author[] = [{ name: '边磊', role: 'photographer' }];
    expect(findParticipants(b, people(b, ['边磊']), [], authors)).toEqual([]);
  });
});
