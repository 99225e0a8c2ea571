// Where in the article a mention stands, and which place or body it can lean on:
// `区总工会` takes the district named last before it, `镇社保所` the town,
// `该集团总装公司` the group named last before it.
import type { PlaceMention } from '../types.ts';

/** Article order of a line: titles (negative indices) first, then paragraphs. */
export const lineOrder = (paragraph: number) => (paragraph >= 0 ? paragraph : -1000 - paragraph - 2);

export interface Positioned { paragraph: number; start: number }

export function before(a: Positioned, b: Positioned): boolean {
  const la = lineOrder(a.paragraph), lb = lineOrder(b.paragraph);
  return la < lb || (la === lb && a.start < b.start);
}

/** The last item before `at` that passes `ok`, else the first after it. */
export function nearest<T extends Positioned>(items: T[], at: Positioned, ok: (t: T) => boolean): T | null {
  let last: T | null = null;
  let next: T | null = null;
  for (const t of items) {
    if (!ok(t)) continue;
    if (before(t, at)) { if (!last || before(last, t)) last = t; }
    else if (!next || before(t, next)) next = t;
  }
  return last ?? next;
}

export const isBeijingPlace = (p: PlaceMention) => p.district !== null;
export const isTown = (p: PlaceMention) => p.district !== null && /[镇乡]$/.test(p.name);
export const isStreet = (p: PlaceMention) => p.district !== null && /(街道|地区)$/.test(p.name);
export const isArea = (p: PlaceMention) => p.district !== null && /地区$/.test(p.name) && p.name.length > 2;
/** A city outside Beijing at the level of a city's union (`天津市`, `长春市`); not a county-level one (`迁安市`). */
export const isOtherCity = (p: PlaceMention) => p.district === null && p.name.endsWith('市') && p.name !== '北京市'
  && /^place\.(province|city)/.test(p.rule);
/** A district of a city elsewhere, as the article writes it: `下城区`, `长春市朝阳区`'s 朝阳区. */
export const isOtherDistrict = (p: PlaceMention) => p.district === null && /区$/.test(p.name)
  && /^place\.(county\.district|in-other-city)/.test(p.rule);
export const isProvince = (p: PlaceMention) => /^place\.province/.test(p.rule) && /省$|自治区$/.test(p.name);
export const isCounty = (p: PlaceMention) => p.district === null && /^place\.county/.test(p.rule) && /[县旗]$/.test(p.name);
