// Chinese surnames, as data. A person name is a surname followed by a one- or
// two-character given name: `赵丽君` = 赵 + 丽君, `欧阳娜娜` = 欧阳 + 娜娜.

/** Single-character surnames (the common several hundred, by frequency of use). */
export const SURNAMES: ReadonlySet<string> = new Set([...(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  '习封蔺晋暴郜滑茅乐揭国信练展冀都过逯禹储帅莘植门栗楚芮糜仝郦薄原伏琚宣蒯郁戈衣井鞠权那粟郗暨巴居訾奚闻恽来隆寿亓'
)]);

/** Two-character surnames. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '西门', '南宫', '独孤', '端木', '百里', '呼延', '钟离', '澹台', '万俟', '闻人', '赫连',
]);

/** The surname a name-like string starts with, or null: `欧阳娜娜` -> `欧阳`, `赵丽君` -> `赵`. */
export function surnameOf(name: string): string | null {
  const two = name.slice(0, 2);
  if (COMPOUND_SURNAMES.has(two)) return two;
  return SURNAMES.has(name[0] ?? '') ? name[0]! : null;
}
