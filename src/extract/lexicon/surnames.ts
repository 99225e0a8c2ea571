// Chinese surnames, as data. A person name is a surname followed by a one- or
// two-character given name: `赵丽君` = 赵 + 丽君, `欧阳娜娜` = 欧阳 + 娜娜.
// The list is the Baijiaxing (百家姓) with the surnames in use today that it
// lacks (冼, 覃, 邝, 闫, 肖, 付 …); the frequent ones come first (a byline split
// prefers them).

/** The frequent single-character surnames, by frequency of use. */
const FREQUENT =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  '习封蔺晋暴郜滑茅乐揭国信练展冀都过逯禹储帅莘植门栗楚芮糜仝郦薄原伏琚宣蒯郁戈衣井鞠权那粟郗暨巴居訾奚闻恽来隆寿亓' +
  '傅洪赖阎萧';

/** The rest of the Baijiaxing and the modern surnames it lacks. */
const LESS_FREQUENT =
  '水云昌凤花酆廉皮元平湛狄贝计谈强危支昝经裘干贲杭诸钮嵇荀羊於惠家羿汲邴松富乌弓牧隗山宓蓬班仰秋伊钭厉戎祖束幸韶蓟印宿怀' +
  '邰从鄂索咸籍屠阴胥能苍双贡劳逄扶堵宰雍郤璩濮通扈燕郏浦别充慕茹宦鱼容慎庾终衡步满弘匡广禄阙东殳沃利蔚越夔厍晁勾融阚空毋乜' +
  '养须丰巢相后荆红竺盖益桓公法汝鄢钦缑亢况郈有琴佴伯赏墨哈谯笪年爱言福' +
  // modern surnames outside the Baijiaxing
  '冼郄谌檀续代才母战庹禤邸修铁银但种尧豆' +
  // rarer surnames of the modern population registers
  '禚矫雒励漆郇敬靖开佀仉迮缐眭揣喇芈粘占卿智圣撒底妥弋甯綦奉苌菅茆泮仪冶肇玉闭延户杞杲犹秘回虎兀';

/** Single-character surnames. */
export const SURNAMES: ReadonlySet<string> = new Set([...FREQUENT, ...LESS_FREQUENT]);

/** Surnames that are also everyday words (`和`, `于`, `向`, `平`, `山`, `红`): a name
 *  may start with one only where a title or occupation stands right before it. */
export const WEAK_SURNAMES: ReadonlySet<string> = new Set([
  ...'和于向都过来国信原应全时那成万解乐展宣权巴居',
  ...'水云昌凤花皮元平计谈强危支经干家松富乌弓牧山蓬班仰秋伊厉戎祖束幸印宿怀从索咸籍阴能苍双贡劳扶堵宰通燕别充慕鱼容慎终衡步满弘',
  ...'广禄东利越融空养须丰巢相后红盖益公法有琴伯赏墨年爱言福才代母战种但银铁修豆续惠羊',
  ...'开占智圣底仪玉延户回虎奉秘撒揣粘犹敬闭',
]);

/** Two-character surnames. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '西门', '南宫', '独孤', '端木', '百里', '呼延', '钟离', '澹台', '万俟', '闻人', '赫连',
  '公羊', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '仲孙', '鲜于', '闾丘', '司空', '亓官',
  '司寇', '子车', '颛孙', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁',
  '段干', '东郭', '南门', '归海', '羊舌', '微生', '梁丘', '左丘', '东门', '第五',
]);

/** The surname a name-like string starts with, or null: `欧阳娜娜` -> `欧阳`, `赵丽君` -> `赵`. */
export function surnameOf(name: string): string | null {
  const two = name.slice(0, 2);
  if (COMPOUND_SURNAMES.has(two)) return two;
  return SURNAMES.has(name[0] ?? '') ? name[0]! : null;
}
