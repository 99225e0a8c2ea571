// Beijing districts where the main activity took place.
//
// Evidence: a place named in a title or the body (a street or town counts for
// its district), the home district of an organizer (`顺义区总工会举办…`), and a
// venue (`在石景山区文化中心礼堂`). A place inside the name of some other body
// is not evidence (`丰台税务局“接二连三”服务队` was honoured at a show held in
// 石景山区), nor is a sentence about where people come from or work
// (`服务地址在北京丰台、海淀…六区`), nor a background sentence (`自2010年融合发展`).
// A trip does not take place at home: `海淀区总工会赴门头沟开展结对慰问` is 门头沟区.
import { ALL_DISTRICTS, HISTORY_CUES, NATIONAL_BODY, NOT_VENUE_CUES, TRAVEL_MARKERS, UNDER_GUIDANCE } from './lexicon/activity.ts';
import { isVenueAt, lineText, sentenceAt, titleLines } from './spans.ts';
import { DISTRICTS } from './types.ts';
import type { ArticleBlock, Mention, OrganizationMention, PlaceMention } from './types.ts';
import { ruleSet, type RuleId } from './rules.ts';
import { evidenceAt, firstPlace, lineEvidence } from './evidence.ts';
import type { Traced } from './types.ts';

/** A city other than Beijing right before a district's name: `长春市朝阳区` is not Beijing's 朝阳区. */
const CITY_BEFORE = /[\u4e00-\u9fa5][市省]$/;
const BEIJING_BEFORE = /(?:北京|本|全|该|我)市$/;
const otherCityBefore = (before: string) => CITY_BEFORE.test(before) && !BEIJING_BEFORE.test(before);

const SHORT_AREA: Record<string, string> = { 经开区: '北京经济技术开发区' };

const DISTRICTS_WITHOUT_BEIJING = DISTRICTS.map((x) => x.replace(/^北京/, ''));

/** The district a body's canonical name starts in: `西城区椿树街道总工会` -> 西城区. */
export function districtOfName(name: string): string | null {
  const n = name.replace(/^北京市?/, '');
  const d = DISTRICTS.find((x, i) => n.startsWith(x) || n.startsWith(DISTRICTS_WITHOUT_BEIJING[i]!));
  if (d) return d;
  const s = Object.keys(SHORT_AREA).find((x) => n.startsWith(x));
  return s ? SHORT_AREA[s]! : null;
}

const isVenue = (text: string, o: OrganizationMention) => isVenueAt(text, o.start) && !UNDER_GUIDANCE.test(text.slice(o.end));

const LIST_JOINER = /^[、和与及]$|^以及$/;

/** Bodies of the article that are venues: after a venue word, or in a list that
 *  follows one (`先后走进A、大兴区瀛海镇总工会、朝阳区孙河地区总工会`: every venue counts). */
function venueBodies(block: ArticleBlock, organizations: OrganizationMention[]): Set<OrganizationMention> {
  const out = new Set<OrganizationMention>();
  const byLine = new Map<number, OrganizationMention[]>();
  for (const o of organizations) {
    const line = byLine.get(o.paragraph);
    if (line) line.push(o); else byLine.set(o.paragraph, [o]);
  }
  for (const [paragraph, orgs] of byLine) {
    const text = lineText(block, paragraph);
    let venueList = false;
    let tail: OrganizationMention | null = null;
    for (const o of [...orgs].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (tail && o.start < tail.end) { if (venueList) out.add(o); continue; } // nested in the last one
      const joined = tail !== null && LIST_JOINER.test(text.slice(tail.end, o.start));
      venueList = isVenue(text, o) || (joined && venueList);
      if (venueList) out.add(o);
      tail = o;
    }
  }
  return out;
}

/** The sentence of a mention is background or says where people come from: no evidence. */
function offEvent(text: string, at: number): boolean {
  const sentence = text.slice(...sentenceAt(text, at));
  return NOT_VENUE_CUES.test(sentence) || HISTORY_CUES.test(sentence);
}

/** Where the lead sends the runners: districts of places and bodies right after
 *  a travel word in a title or the first paragraph (`赴门头沟`, `到全总文工团`),
 *  and whether one of them lies in no district (a national body). */
function destinations(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[]) {
  const districts = new Set<string>();
  let national = false;
  const travelled = (paragraph: number, start: number) => {
    const before = lineText(block, paragraph).slice(Math.max(0, start - 3), start);
    return paragraph <= 0 && TRAVEL_MARKERS.some((m) => before.endsWith(m));
  };
  const guided = (m: Mention) => UNDER_GUIDANCE.test(lineText(block, m.paragraph).slice(m.end));
  for (const p of places) if (p.district && travelled(p.paragraph, p.start) && !guided(p)) districts.add(p.district);
  for (const o of organizations) {
    if (!travelled(o.paragraph, o.start) || guided(o)) continue;
    const d = districtOfName(o.canonical);
    if (d) districts.add(d);
    else if (NATIONAL_BODY.test(o.canonical)) national = true;
  }
  return { districts, national };
}

export function findDistricts(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[], organizers: string[]): string[] {
  return [...traceDistricts(block, organizations, places, organizers).keys()];
}

/** The districts of the activity, in the order of DISTRICTS, each with the rules that found it and the
 *  sentence of the first mention that did. */
export function traceDistricts(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[], organizers: string[]): Map<string, Traced> {
  const rules = new Map<string, Traced>();
  const found = {
    add: (d: string, rule: RuleId, at?: { paragraph: number; start: number }) => {
      const known = rules.get(d);
      if (known) known.rules = ruleSet(known.rules, rule);
      else rules.set(d, { rules: [rule], evidence: at ? evidenceAt(block, at) : lineEvidence(block.headline ?? d) });
    },
    delete: (d: string) => rules.delete(d),
  };
  // where the organizers' home districts are written: the first mention of an organizer in each
  const homeAt = (d: string) => firstPlace(organizations.filter((o) => organizers.includes(o.canonical) && districtOfName(o.canonical) === d));
  const lines = [...titleLines(block).map((l) => l.text), ...block.paragraphs];
  // `全市` is Beijing only in a report that says it is about Beijing (Shanghai also has 16 districts)
  const inBeijing = lines.some((l) => /北京|首都/.test(l));
  if (inBeijing && lines.some((l) => ALL_DISTRICTS.test(l))) {
    const p = block.paragraphs.findIndex((l) => ALL_DISTRICTS.test(l));
    const at = p >= 0 ? { paragraph: p, start: block.paragraphs[p]!.search(ALL_DISTRICTS) } : undefined;
    for (const d of DISTRICTS) if (d !== '北京经济技术开发区') found.add(d, 'district.whole-city', at);
  }

  // A trip does not take place at home: `海淀区总工会赴门头沟开展结对慰问` is 门头沟区 only,
  // `西城区总工会…到全总文工团参观调研` is in no district the page gives.
  const trip = destinations(block, organizations, places);
  const homes = new Set(organizers.map(districtOfName).filter((d): d is string => d !== null));
  const away = trip.national || [...trip.districts].some((d) => !homes.has(d));
  if (!away) for (const d of homes) found.add(d, 'district.organizer-home', homeAt(d));

  const venues = venueBodies(block, organizations);
  for (const o of venues) {
    const d = districtOfName(o.canonical);
    if (d && !offEvent(lineText(block, o.paragraph), o.start)) found.add(d, 'district.venue', o);
  }
  for (const p of places) {
    if (!p.district || !(DISTRICTS as readonly string[]).includes(p.district)) continue;
    const text = lineText(block, p.paragraph);
    if (offEvent(text, p.start)) continue;
    if (otherCityBefore(text.slice(Math.max(0, p.start - 6), p.start))) continue;
    // a place inside the name of a body that is neither a runner nor a venue is not where it happened;
    // a "name" that ends with the place (`高水平建设北京城市副中心`) is no body's name
    const holder = organizations.find((o) => o.paragraph === p.paragraph && o.start <= p.start && p.end <= o.end && p.end < o.end);
    if (holder && !organizers.includes(holder.canonical) && !venues.has(holder)) continue;
    found.add(p.district, 'district.place', p);
  }
  // away from home, the home district is named as the runners' (`海淀和门头沟两地区总工会`), not as a venue
  if (away) {
    for (const d of homes) if (!trip.districts.has(d)) found.delete(d);
    if (homes.size) for (const d of trip.districts) if (rules.has(d)) found.add(d, 'district.trip');
  }
  return new Map(DISTRICTS.filter((d) => rules.has(d)).map((d) => [d, rules.get(d)!]));
}
