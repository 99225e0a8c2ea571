// Beijing districts where the main activity took place.
//
// Evidence: a place named in a title or the body (a street or town counts for
// its district), the home district of an organizer (`顺义区总工会举办…`), and a
// venue (`在石景山区文化中心礼堂`). A place inside the name of some other body
// is not evidence (`丰台税务局“接二连三”服务队` was honoured at a show held in
// 石景山区), nor is a sentence about where people come from or work
// (`服务地址在北京丰台、海淀…六区`).
import { ALL_DISTRICTS, NOT_VENUE_CUES } from './lexicon/activity.ts';
import { isVenueAt, lineText, sentenceAt, titleLines } from './spans.ts';
import { DISTRICTS } from './types.ts';
import type { ArticleBlock, OrganizationMention, PlaceMention } from './types.ts';

/** A city other than Beijing right before a district's name: `长春市朝阳区` is not Beijing's 朝阳区. */
const CITY_BEFORE = /[\u4e00-\u9fa5][市省]$/;
const BEIJING_BEFORE = /(?:北京|本|全|该|我)市$/;
const otherCityBefore = (before: string) => CITY_BEFORE.test(before) && !BEIJING_BEFORE.test(before);

const SHORT_AREA: Record<string, string> = { 经开区: '北京经济技术开发区' };

/** The district a body's canonical name starts in: `西城区椿树街道总工会` -> 西城区. */
export function districtOfName(name: string): string | null {
  const n = name.replace(/^北京市?/, '');
  const d = DISTRICTS.find((x) => n.startsWith(x) || n.startsWith(x.replace(/^北京/, '')));
  if (d) return d;
  const s = Object.keys(SHORT_AREA).find((x) => n.startsWith(x));
  return s ? SHORT_AREA[s]! : null;
}

const isVenue = (text: string, o: OrganizationMention) => isVenueAt(text, o.start);

export function findDistricts(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[], organizers: string[]): string[] {
  const found = new Set<string>();
  const lines = [...titleLines(block).map((l) => l.text), ...block.paragraphs];
  // `全市` is Beijing only in a report that says it is about Beijing (Shanghai also has 16 districts)
  const inBeijing = lines.some((l) => /北京|首都/.test(l));
  if (inBeijing && lines.some((l) => ALL_DISTRICTS.test(l))) for (const d of DISTRICTS) if (d !== '北京经济技术开发区') found.add(d);

  for (const name of organizers) {
    const d = districtOfName(name);
    if (d) found.add(d);
  }
  for (const o of organizations) {
    const text = lineText(block, o.paragraph);
    if (!isVenue(text, o)) continue;
    const d = districtOfName(o.canonical);
    if (d && !NOT_VENUE_CUES.test(text.slice(...sentenceAt(text, o.start)))) found.add(d);
  }
  for (const p of places) {
    if (!p.district || !(DISTRICTS as readonly string[]).includes(p.district)) continue;
    const text = lineText(block, p.paragraph);
    if (NOT_VENUE_CUES.test(text.slice(...sentenceAt(text, p.start)))) continue;
    if (otherCityBefore(text.slice(Math.max(0, p.start - 6), p.start))) continue;
    const holder = organizations.find((o) => o.paragraph === p.paragraph && o.start <= p.start && p.end <= o.end);
    if (holder && !organizers.includes(holder.canonical) && !isVenue(text, holder)) continue;
    found.add(p.district);
  }
  return DISTRICTS.filter((d) => found.has(d));
}
