// Person names for a generated corpus: a surname and a one- or two-character
// given name, derived from a person's number, so that the same number is the
// same name everywhere. Two pools: reporters (a few hundred, each signing
// many articles, as a paper's staff does) and everyone else (200,000, drawn
// with a Zipf-like frequency: a few in hundreds of articles, most in one).
import { hash32, mulberry32, Zipf } from './random.ts';

/** Common surnames, most frequent first; surnames that are everyday words (石, 方, 白, 高 …) are left out. */
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶贺顾郝龚邵钱严覃武戴莫孔汤施樊葛邢庞颜倪庄聂鲁岳翟殷詹申耿焦俞柳祝阮柯纪童凌毕裴霍涂苗盛翁冉骆辛靳柴鲍'];
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '公孙'];

/** Characters of given names. */
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞刚桂英华玉萍红兰建国志海峰鹏辉燕斌宇浩凯晨欣婷雪琳晶颖慧俊帆鑫博佳昊睿泽思雨梓涵诺嘉琪瑶璐莉倩蕾薇晓春秋冬立新永庆福宏亮忠德荣彬云飞震翔晖阳婧妍悦彤菲岚宁远振毅铭瑞哲'];

export const PEOPLE_POOL = 200_000;
export const REPORTER_POOL = 400;
/** Exponent of the people pool: 0.6 over 200,000 gives the most frequent person about 1 mention in 330. */
const PEOPLE_S = 0.6;
const REPORTER_S = 0.7;

const surnameZipf = new Zipf(SURNAMES.length, 1.0);

/** The name of person number `n` of pool `pool` (0 people, 1 reporters) under `seed`. */
export function personName(seed: number, pool: number, n: number): string {
  const rand = mulberry32(hash32(seed, pool, n));
  const surname = rand() < 0.01 ? COMPOUND[Math.floor(rand() * COMPOUND.length)] : SURNAMES[surnameZipf.draw(rand)];
  const g1 = GIVEN[Math.floor(rand() * GIVEN.length)];
  if (rand() < 0.3) return surname + g1;
  let g2 = GIVEN[Math.floor(rand() * GIVEN.length)];
  if (g2 === g1 && rand() < 0.8) g2 = GIVEN[(GIVEN.indexOf(g1) + 1) % GIVEN.length]; // 娜娜 now and then, not as often as chance
  return surname + g1 + g2;
}

/** Draws people (by number) from the two pools. */
export class NameDrawer {
  private readonly people = new Zipf(PEOPLE_POOL, PEOPLE_S);
  private readonly reporters = new Zipf(REPORTER_POOL, REPORTER_S);

  constructor(private readonly seed: number, private readonly rand: () => number) {}

  /** A name for someone in a byline or credit. */
  reporter(): string { return personName(this.seed, 1, this.reporters.draw(this.rand)); }

  /** A name for anyone else the article names. */
  person(): string { return personName(this.seed, 0, this.people.draw(this.rand)); }
}
