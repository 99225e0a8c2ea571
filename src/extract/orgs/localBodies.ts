// Bodies a place stands for, or that belong to the place the article or a list names:
//   `由通州区人力社保局、卫健委、民政局联合举办` -> 通州区卫健委, 通州区民政局
//   `由北京经济技术开发区总工会牵头，工委、管委会领导…` -> 北京经济技术开发区工委, …管委会
//   `由北京经济技术开发区主办`, `怀柔区召开` -> the place, of kind government
import type { PlaceMention } from '../types.ts';
import { HOST_VERBS } from '../lexicon/orgContext.ts';
import { suffixOf } from '../lexicon/orgSuffixes.ts';
import { isOtherCity, isOtherDistrict, nearestPlace, type Positioned } from './context.ts';
import { leadingPlace } from './generic.ts';
import type { Candidate } from './companyUnions.ts';

/** What the list item right before `start` (`、`, `和`, `及` between) is the office of:
 *  `通州区人力社保局、` -> 通州区; `朝阳区麦子店街道工委、` -> 朝阳区麦子店街道. */
export function listOwner(found: Candidate[], paragraph: number, start: number, text: string): string | null {
  let prev: Candidate | null = null;
  for (const f of found) if (f.paragraph === paragraph && f.end <= start && (!prev || f.end > prev.end)) prev = f;
  if (!prev || !/^[、和及与]$/.test(text.slice(prev.end, start))) return null;
  const suffix = suffixOf(prev!.canonical);
  const owner = suffix ? prev.canonical.slice(0, -suffix.suffix.length) : '';
  // The owner is a place, not a firm (`北京XX有限公司、团委` is the firm's, not 北京XX's).
  const place = owner ? leadingPlace(`${owner}局`) : null;
  return place && (place === owner || /(街道|镇|乡|地区|开发区|园区)$/.test(owner)) ? owner : null;
}

/** The district or area the article is in, for a bare `工委`, `管委会`. */
export function placeOwner(places: PlaceMention[], at: Positioned): string | null {
  const p = nearestPlace(places, at, (q) => (q.district !== null && q.district === q.name) || isOtherDistrict(q));
  return p ? p.name : null;
}

/** `由北京经济技术开发区主办`, `怀柔区召开`: a place that holds an event stands for its government. */
export function placesAsHosts(paragraph: number, text: string, places: PlaceMention[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of places) {
    if (p.paragraph !== paragraph || !HOST_VERBS.test(text.slice(p.end))) continue;
    // `在石家庄举办`: where it was held, not who held it.
    if (/(在|于|赴|到|来到|走进)$/.test(text.slice(Math.max(0, p.start - 2), p.start))) continue;
    if (!((p.district !== null && p.district === p.name) || isOtherDistrict(p) || isOtherCity(p))) continue;
    if (found.some((f) => f.paragraph === paragraph && f.start <= p.start && p.end <= f.end)) continue;
    out.push({ paragraph, start: p.start, end: p.end, text: p.text, canonical: p.name, rule: 'org.place-as-host', kind: 'government', hostPlace: true });
  }
  return out;
}

