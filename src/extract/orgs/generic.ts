// A name made only of generic words and a suffix names no particular body:
// `基层工会`, `各级工会`, `区属国有企业工会`, `分类职工志愿服务队`, `北京市专职工会`.
import { CITY_INSTITUTIONS, GENERIC_NAMING_AFTER_PLACE, GENERIC_ORG_WORDS, ORG_SUFFIXES } from '../lexicon/orgSuffixes.ts';
import { PLACE_INDEX } from '../placeIndex.ts';

const SUFFIXES = new Set(ORG_SUFFIXES.map((s) => s.suffix));
/** Generic words that still name a body after a place: a place's 职工 centre, its 工会 station. */
const AFTER_PLACE_NAMING = new Set(['职工', '工会', '会员', '新', '本', '其', '两', '北京', '中国', '首都', ...GENERIC_NAMING_AFTER_PLACE]);
const GENERIC_LONGEST_FIRST = [...GENERIC_ORG_WORDS].sort((a, b) => b.length - a.length);
/** GENERIC_LONGEST_FIRST by first char code, in the same order (a name is tried only against the words
 *  its next character opens), with and without the words that still name a body after a place. */
const byFirst = (words: string[]) => {
  const index = new Map<number, string[]>();
  for (const w of words) { const c = w.charCodeAt(0); const list = index.get(c); if (list) list.push(w); else index.set(c, [w]); }
  return index;
};
const GENERIC_BY_FIRST = byFirst(GENERIC_LONGEST_FIRST);
const GENERIC_BY_FIRST_AFTER_PLACE = byFirst(GENERIC_LONGEST_FIRST.filter((g) => !AFTER_PLACE_NAMING.has(g)));

/** The lengths of the place forms that open with each two characters, longest first: a name
 *  is looked up only at lengths some form of its opening has (most names open with none). */
const PLACE_LENGTHS_BY_HEAD = new Map<string, number[]>();
for (const form of PLACE_INDEX.keys()) {
  const head = form.slice(0, 2);
  const lengths = PLACE_LENGTHS_BY_HEAD.get(head);
  if (!lengths) PLACE_LENGTHS_BY_HEAD.set(head, [form.length]);
  else if (!lengths.includes(form.length)) lengths.push(form.length);
}
for (const lengths of PLACE_LENGTHS_BY_HEAD.values()) lengths.sort((a, b) => b - a);

/** The place a name starts with, longest first: `西城区椿树街道总工会` -> 西城区. */
export function leadingPlace(name: string): string | null {
  if (name.startsWith('北京市')) return '北京市';
  // `北京电视台`, `北京工商大学`; but `北京工会` is all of Beijing's unions (see isGenericName).
  if (name.startsWith('北京') && !name.startsWith('北京经济技术开发区')) return '北京';
  const longest = Math.min(10, name.length - 1);
  for (const len of PLACE_LENGTHS_BY_HEAD.get(name.slice(0, 2)) ?? []) {
    if (len <= longest && PLACE_INDEX.has(name.slice(0, len))) return name.slice(0, len);
  }
  return null;
}

/** True when nothing but generic words stands before the suffix; a name that starts
 *  with a place is some place's body (`东城区总工会`, `西城区职工服务中心`). */
export function isGenericName(name: string): boolean {
  let rest = name;
  const place = leadingPlace(name);
  if (/^(北京|首都|全市|全区)工会$/.test(name)) return true;
  // A city has one such house: `首都图书馆`, `北京劳动人民文化宫` are names.
  if (/^(北京|首都|中国)/.test(name) && CITY_INSTITUTIONS.some((i) => name.endsWith(i)) && name.length <= 10) return false;
  if (place) {
    // `朝阳区基层工会` is no body; `西城区职工服务中心`, `椿树街道工会服务站` are.
    // `海淀各街道工会`: every street union of the district, however many generic words stand between.
    rest = name.slice(place.length);
    let stripped = false;
    for (let changed = true; changed;) {
      changed = false;
      for (const g of GENERIC_BY_FIRST_AFTER_PLACE.get(rest.charCodeAt(0)) ?? []) {
        if (!rest.startsWith(g) || rest === g) continue;
        rest = rest.slice(g.length); changed = stripped = true; break;
      }
    }
    return stripped && SUFFIXES.has(rest);
  }
  for (let changed = true; changed && rest;) {
    changed = false;
    if (SUFFIXES.has(rest)) return true;
    for (const g of GENERIC_BY_FIRST.get(rest.charCodeAt(0)) ?? []) if (rest.startsWith(g)) { rest = rest.slice(g.length); changed = true; break; }
  }
  return rest === '' || SUFFIXES.has(rest);
}
