// Canonical names: the fullest form the page supports.
//   `市总工会` -> 北京市总工会 (or the city the article names: 天津市总工会)
//   `全国总工会` -> 中华全国总工会
//   `区总工会` (in a 门头沟区 article) -> 门头沟区总工会
//   `镇社保所` (after 密云区太师屯镇) -> 密云区太师屯镇社保所
//   `地区社保所` (after 朝阳区南磨房地区) -> 朝阳区南磨房地区社保所
//   `海淀政协` -> 海淀区政协               `门头沟区人大` -> 门头沟区人大常委会
import type { RuleId } from '../rules.ts';
import type { PlaceMention } from '../types.ts';
import { DISTRICT_SHORT_FORMS } from '../lexicon/places.ts';
import { FIXED_CANONICAL, ORG_SUFFIXES } from '../lexicon/orgSuffixes.ts';
import { PLACE_INDEX, PROVINCE_OF } from '../placeIndex.ts';
import {
  before, isArea, isBeijingPlace, isCounty, isOtherCity, isOtherDistrict, isProvince, isStreet, isTown, nearestPlace, placesAt,
  type Positioned,
} from './context.ts';
import { DISTRICTS } from '../types.ts';

const HOME_CITY = '北京市';
/** What follows a short city name that makes it a name's head: a district, county or the body itself. */
const SHORTENED = /^([\u4e00-\u9fff]{1,4}[区县市]|总工会|市?总工会)/;
const SUFFIXES = new Set(ORG_SUFFIXES.map((s) => s.suffix));
/** Words that start with 市/区 but are no short form of a body: `市场监管局`, `区域`. */
export const NOT_SHORT = /^(市场|市民|市区|市级|市政|市容|市属|市值|市面|市井|区域|区属|区级|区内|镇域|乡村|街道办)/;
/** Departments of a district party committee, named alone: `政法委` -> 房山区委政法委. */
const PARTY_DEPARTMENTS = new Set(['政法委', '宣传部', '组织部', '统战部']);

/** The district short forms (`海淀` -> 海淀区) as pairs, made once. */
const DISTRICT_SHORT_ENTRIES = Object.entries(DISTRICT_SHORT_FORMS);

/** `home`: a short form given the home city for want of another (`市总工会` in an article naming no city). */
export interface Resolved { canonical: string; rule: RuleId | null; home?: boolean }

/** Resolves one mention's written form in its article: `text` at `at`, after the word `prev`. */
export function canonicalForm(text: string, at: Positioned, places: PlaceMention[]): Resolved {
  let name = text.includes('以下简称') ? text.replace(/[（(]以下简称[^）)]*[）)]/, '') : text;
  // `经开区社会事业局` -> 北京经济技术开发区社会事业局.
  if (/^(北京|亦庄)?经开区./.test(name)) name = name.replace(/^(北京|亦庄)?经开区/, '北京经济技术开发区');
  if (FIXED_CANONICAL[name]) return { canonical: FIXED_CANONICAL[name]!, rule: 'org.fixed' };
  let rule: RuleId | null = null;
  if (NOT_SHORT.test(name)) return { canonical: name, rule };
  // A city or province written short before its own name: `昆明五华区总工会` -> 昆明市五华区总工会,
  // `北京密云区总工会` -> 北京市密云区总工会.
  const lead = placesAt(places, at).find((p) => p.text !== p.name
    && (p.level === 'city' || p.level === 'province') && p.short && SHORTENED.test(name.slice(p.text.length)));
  if (lead) { name = lead.name + name.slice(lead.text.length); rule = 'org.short.city-name'; }
  const bj = /^北京(?!市)/.test(name) && DISTRICTS.find((d) => name.startsWith(d, 2));
  if (bj || /^北京总工会/.test(name)) { name = `北京市${name.slice(2)}`; rule = 'org.short.city-name'; }
  if (name.startsWith('市') && (name.length > 2 || name === '市委')) {
    // `市总工会` is the union of the city the article names: `天津市总工会…市总工会` -> 天津市总工会.
    // Only a city named before it: `市总工会…赴天津市参观` is still 北京市总工会.
    const city = nearestPlace(places, at, (p) => isOtherCity(p) && before(p, at));
    return city ? { canonical: city.name + name.slice(1), rule: 'org.short.named-city' } : { canonical: HOME_CITY + name.slice(1), rule: 'org.short.city', home: true };
  }
  // `省总工会` in `安徽省人大常委会副主任、省总工会主席` is the province the phrase names.
  if (/^(省|自治区)./.test(name) && (name.length > 2 || name === '省委')) {
    const head = name.startsWith('省') ? '省' : '自治区';
    const p = nearestPlace(places, at, (q) => isProvince(q) && q.name.endsWith(head));
    if (p) return { canonical: p.name + name.slice(head.length), rule: 'org.short.province' };
    // Only a city or county named: its province (`济南市…省总工会` -> 山东省总工会).
    const c = nearestPlace(places, at, (q) => q.district === null && PROVINCE_OF.has(q.name) && PROVINCE_OF.get(q.name)!.endsWith(head));
    return c ? { canonical: PROVINCE_OF.get(c.name)! + name.slice(head.length), rule: 'org.short.province-of-city' } : { canonical: name, rule: null };
  }
  if (name.startsWith('县') && (name.length > 2 || name === '县委')) {
    const p = nearestPlace(places, at, isCounty);
    return { canonical: p ? p.name + name.slice(1) : name, rule: p ? 'org.short.county' : null };
  }
  if (PARTY_DEPARTMENTS.has(name)) {
    const p = nearestPlace(places, at, isBeijingPlace);
    if (p) return { canonical: `${p.district}委${name}`, rule: 'org.short.party-department' };
  }
  // `区总工会` is the district's the article is set in, Beijing's or another city's
  // (`成都市武侯区总工会来京交流。区总工会主席…` -> 武侯区总工会, grouped with the full form).
  if (name.startsWith('区') && (name.length > 2 || SUFFIXES.has(name))) {
    const p = nearestPlace(places, at, (q) => isBeijingPlace(q) || isOtherDistrict(q));
    if (p) return { canonical: (p.district ?? p.name) + name.slice(1), rule: p.district ? 'org.short.district' : 'org.short.named-district' };
  }
  if (/^[镇乡]/.test(name) && name.length > 2) {
    const p = nearestPlace(places, at, isTown);
    if (p) return { canonical: p.district + p.name + name.slice(1), rule: 'org.short.town' };
  }
  // `地区社保所` in an article about 朝阳区南磨房地区 -> 朝阳区南磨房地区社保所.
  if (name.startsWith('地区') && name.length > 3) {
    const p = nearestPlace(places, at, isArea);
    if (p) return { canonical: p.district + p.name + name.slice(2), rule: 'org.short.area' };
  }
  if (name.startsWith('街道') && name.length > 3) {
    const p = nearestPlace(places, at, isStreet);
    // With the district, where the article writes the street under it: `西城区天桥街道总工会` …
    // `该街道工会服务站` -> 西城区天桥街道工会服务站.
    if (p) return { canonical: (writtenUnder(places, p) ?? '') + p.name + name.slice(2), rule: 'org.short.street' };
  }
  // `海淀政协` -> 海淀区政协; `密云太师屯镇总工会` -> 密云区太师屯镇总工会; not `丰台税务局…服务队`.
  for (const [short, full] of DISTRICT_SHORT_ENTRIES) {
    if (!name.startsWith(short) || name.startsWith(full)) continue;
    const rest = name.slice(short.length);
    if (/^(政协|人大|区委|总工会$|工会$|政府$|人民政府$)/.test(rest) || startsWithTown(rest)) { name = full + rest; rule = 'org.short.district-name'; }
    break;
  }
  if (name.endsWith('人大') && name.length > 2) { name += '常委会'; rule = 'org.legislature'; }
  return { canonical: name, rule };
}

function startsWithTown(rest: string): boolean {
  for (let len = 2; len <= 8 && len <= rest.length; len++) {
    const p = PLACE_INDEX.get(rest.slice(0, len));
    if (p && p.district && /[镇乡]|街道|地区/.test(p.name) && !p.weak) return true;
  }
  return false;
}

/** The district the article writes right before this street (`西城区天桥街道`), if it does. */
function writtenUnder(places: PlaceMention[], street: PlaceMention): string | null {
  // where the district's name ends, then a street of that name starting at one of those points: one pass each
  const districtEnds = new Set(places.filter((d) => d.name === street.district).map((d) => `${d.paragraph}:${d.end}`));
  const under = districtEnds.size > 0 && places.some((s) => s.name === street.name && districtEnds.has(`${s.paragraph}:${s.start}`));
  return under ? street.district : null;
}
