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

/** Whether each article's places are in article order, as findPlaces gives them (checked once an article). */
const inOrder = new WeakMap<readonly PlaceMention[], boolean>();

function ordered(places: readonly PlaceMention[]): boolean {
  let sorted = inOrder.get(places);
  if (sorted === undefined) {
    sorted = places.every((p, i) => i === 0 || !before(p, places[i - 1]!));
    inOrder.set(places, sorted);
  }
  return sorted;
}

/** Index of the first place not before `at` (places in article order). */
function firstNotBefore(places: readonly PlaceMention[], at: Positioned): number {
  let lo = 0, hi = places.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before(places[mid]!, at)) lo = mid + 1; else hi = mid; }
  return lo;
}

const samePlace = (a: Positioned, b: Positioned) => a.paragraph === b.paragraph && a.start === b.start;

/**
 * `nearest` over an article's places. In article order the last one before `at` that passes `ok`
 * is found by a binary search and a walk back (forward for the first after), so an article with
 * thousands of places (a page that is one long line) is not read whole for every short form.
 */
export function nearestPlace(places: PlaceMention[], at: Positioned, ok: (p: PlaceMention) => boolean): PlaceMention | null {
  if (!ordered(places)) return nearest(places, at, ok);
  const split = firstNotBefore(places, at);
  for (let i = split - 1; i >= 0; i--) {
    if (!ok(places[i]!)) continue;
    // of places at one point, `nearest` keeps the first in the list
    let first = i;
    for (let j = i - 1; j >= 0 && samePlace(places[j]!, places[i]!); j--) if (ok(places[j]!)) first = j;
    return places[first]!;
  }
  for (let i = split; i < places.length; i++) if (ok(places[i]!)) return places[i]!;
  return null;
}

/** The places that start at `at`, in the list's order. */
export function placesAt(places: PlaceMention[], at: Positioned): PlaceMention[] {
  if (!ordered(places)) return places.filter((p) => samePlace(p, at));
  const out: PlaceMention[] = [];
  for (let i = firstNotBefore(places, at); i < places.length && samePlace(places[i]!, at); i++) out.push(places[i]!);
  return out;
}

export const isBeijingPlace = (p: PlaceMention) => p.district !== null;
export const isTown = (p: PlaceMention) => p.district !== null && /[镇乡]$/.test(p.name);
export const isStreet = (p: PlaceMention) => p.district !== null && /(街道|地区)$/.test(p.name);
export const isArea = (p: PlaceMention) => p.district !== null && /地区$/.test(p.name) && p.name.length > 2;
/** A city outside Beijing at the level of a city's union (`天津市`, `长春市`); not a county-level one (`迁安市`). */
export const isOtherCity = (p: PlaceMention) => p.district === null && p.name.endsWith('市') && p.name !== '北京市'
  && (p.level === 'province' || p.level === 'city');
/** A district of a city elsewhere, as the article writes it: `下城区`, `长春市朝阳区`'s 朝阳区. */
export const isOtherDistrict = (p: PlaceMention) => p.district === null && /区$/.test(p.name)
  && p.level === 'city-district';
export const isProvince = (p: PlaceMention) => p.level === 'province' && /省$|自治区$/.test(p.name);
export const isCounty = (p: PlaceMention) => p.district === null && p.level === 'county' && /[县旗]$/.test(p.name);
