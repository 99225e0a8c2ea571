// One source article made into a new one: every person its gold file names
// gets another name (all occurrences, longest names first, in one pass so a
// new name is never rewritten again); a district is swapped for another
// where the article never writes it short (东城区 only, never 东城 alone, so
// no street or place name is half rewritten); a company becomes one of its
// branches (北方车辆集团 -> 北方车辆集团第三分公司) where the name stands
// alone or before 工会, never inside a longer name.
//   in:  **本报讯**（记者 张晶）近日，东城区总工会…
//   out: **本报讯**（记者 刘思远）近日，丰台区总工会…
import type { NameDrawer } from './names.ts';
import type { SourceArticle } from './sources.ts';

/** Beijing's 16 districts (the development area has no short form to check, so it is never swapped). */
const DISTRICTS = ['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '门头沟区', '房山区',
  '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区'];

export interface RewrittenArticle {
  from: string;
  text: string;
  headline: string;
  /** Every person name put in, in the order of the source's names. */
  people: string[];
  /** Of those, the names put in a byline or credit. */
  authors: string[];
  organizations: string[];
  /** Districts swapped in (the text names them in place of others). */
  districts: string[];
}

const count = (text: string, s: string) => text.split(s).length - 1;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every key of `map` in one pass, longest key first at each position. */
function replaceAll(text: string, map: Map<string, string>): string {
  if (map.size === 0) return text;
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  return text.replace(new RegExp(keys.map(escape).join('|'), 'gu'), (m) => map.get(m)!);
}

/** 1 -> 一, 12 -> 十二, 23 -> 二十三. */
export function chineseNumber(n: number): string {
  const d = [...'〇一二三四五六七八九'];
  if (n < 10) return d[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? d[tens] : ''}十${n % 10 ? d[n % 10] : ''}`;
}

export function rewriteArticle(src: SourceArticle, names: NameDrawer, rand: () => number): RewrittenArticle {
  const map = new Map<string, string>();
  const taken = new Set(src.people);
  const people: string[] = [];
  const authors: string[] = [];
  for (const old of src.people) {
    const isAuthor = src.authors.includes(old);
    let name = isAuthor ? names.reporter() : names.person();
    // Two people of one article never share a name, nor take a name the article already has.
    for (let tries = 0; (taken.has(name) || [...taken].some((t) => t.includes(name) || name.includes(t))) && tries < 50; tries++) {
      name = isAuthor ? names.reporter() : names.person();
    }
    taken.add(name);
    map.set(old, name);
    people.push(name);
    if (isAuthor) authors.push(name);
  }
  // Districts: only one the article never writes short, swapped for one it does not name.
  const named = DISTRICTS.filter((d) => src.text.includes(d) || src.text.includes(d.slice(0, -1)));
  const districts: string[] = [];
  for (const d of named) {
    if (count(src.text, d) !== count(src.text, d.slice(0, -1)) || rand() < 0.2) continue;
    const free = DISTRICTS.filter((x) => !named.includes(x) && !districts.includes(x));
    const to = free[Math.floor(rand() * free.length)];
    map.set(d, to);
    districts.push(to);
  }
  let text = replaceAll(src.text, map);
  const organizations = src.organizations.map((o) => replaceAll(o.name, map));
  // Companies: a branch with a number, where the name is not part of a longer one.
  organizations.forEach((name, k) => {
    if (src.organizations[k].kind !== 'company' || !/(公司|集团)$/u.test(name) || name.endsWith('分公司') || rand() < 0.3) return;
    const branch = `${name}第${chineseNumber(1 + Math.floor(rand() * 30))}分公司`;
    const re = () => new RegExp(`${escape(name)}(?=工会|[^\\p{Script=Han}]|$)`, 'gu');
    if (!re().test(text)) return;
    text = text.replace(re(), branch);
    // The company's own union (北方车辆集团工会) becomes the branch's.
    organizations.forEach((o, j) => { organizations[j] = o.replace(re(), branch); });
  });
  return { from: src.from, text, headline: replaceAll(src.headline, map), people, authors, organizations, districts };
}
