import type { ArticleBlock, PlaceMention } from './types.ts';
import { articleLines } from './articleText.ts';
import { wordBoundaries, type WordBounds } from './jieba.ts';
import { COUNTY_STEMS, MAX_PLACE_FORM, PLACE_INDEX, type PlaceEntry } from './placeIndex.ts';

/** Stage 4: districts, streets, areas, towns and places outside Beijing.
 *  `长春市朝阳区` -> 长春市, 朝阳区 (no district: not Beijing's);
 *  `西城区椿树街道总工会` -> 西城区, 椿树街道 (西城区); `密云太师屯镇` -> 密云区, 太师屯镇 (密云区);
 *  `河北迁安` -> 河北省, 迁安市 (no district). */
export function findPlaces(block: ArticleBlock): PlaceMention[] {
  const out: PlaceMention[] = [];
  /** Names of Beijing that this article writes as another city's: `长春市朝阳区`. */
  const otherCities = new Set<string>();
  for (const { paragraph, text } of articleLines(block)) {
    const bounds = wordBoundaries(text);
    for (let i = 0; i < text.length;) {
      const hit = longestPlaceAt(text, i, bounds);
      if (!hit) { i++; continue; }
      const [form, entry] = hit;
      // A district right after a city elsewhere is that city's: `长春市朝阳区` is not Beijing's 朝阳区.
      const prev = out[out.length - 1];
      // Once written so, the article's later `朝阳区` is that city's too.
      const elsewhere = entry.district !== null && (otherCities.has(entry.name) || (prev && prev.paragraph === paragraph
        && prev.end === i && prev.district === null && (prev.level === 'province' || prev.level === 'city')));
      if (elsewhere) otherCities.add(entry.name);
      out.push(elsewhere ? { ...mention(paragraph, i, form, entry), district: null, level: 'city-district', rule: 'place.in-other-city' } : mention(paragraph, i, form, entry));
      i += form.length;
      // A county-level city right after its province or city: `河北迁安`, `山东烟台`.
      if (entry.district === null && !longestPlaceAt(text, i, bounds)) {
        for (const len of [3, 2]) {
          const county = COUNTY_STEMS.get(text.slice(i, i + len));
          if (county) { out.push(mention(paragraph, i, text.slice(i, i + len), county)); i += len; break; }
        }
      }
    }
  }
  return out;
}

/** The lengths of the forms opening with each pair of characters, longest first: a scan tries only
 *  lengths that exist. Indexed by the first char code, then keyed by the second (small integers, so a
 *  scan slices nothing and hashes no heap number to look them up); most positions of a line open none. */
const HEAD_SLOT = new Uint16Array(65536); // first char code -> 1 + its index in LENGTHS_BY_HEAD, 0: none (a small table a scan keeps in cache)
const LENGTHS_BY_HEAD: Map<number, number[]>[] = [];
for (const form of PLACE_INDEX.keys()) {
  if (form.length < 2) continue; // a scan needs two characters at a position
  const first = form.charCodeAt(0);
  if (!HEAD_SLOT[first]) HEAD_SLOT[first] = LENGTHS_BY_HEAD.push(new Map());
  const byNext = LENGTHS_BY_HEAD[HEAD_SLOT[first]! - 1]!;
  const next = form.charCodeAt(1);
  const lengths = byNext.get(next) ?? [];
  if (!lengths.includes(form.length)) lengths.push(form.length);
  byNext.set(next, lengths);
}
for (const byNext of LENGTHS_BY_HEAD) for (const lengths of byNext.values()) lengths.sort((a, b) => b - a);
/** A bit per hash of a form's first two char codes (8 KB, so it stays in cache): a clear bit says
 *  no form opens with that pair, and the scan moves on without a map look-up. */
const PAIR_FILTER = new Uint8Array(8192);
const pairHash = (c0: number, c1: number): number => ((c0 * 40503) ^ c1) & 0xffff;
for (const form of PLACE_INDEX.keys()) {
  if (form.length < 2) continue;
  const h = pairHash(form.charCodeAt(0), form.charCodeAt(1));
  PAIR_FILTER[h >> 3]! |= 1 << (h & 7);
}

function longestPlaceAt(text: string, i: number, bounds: WordBounds): [string, PlaceEntry] | null {
  if (i + 1 >= text.length) return null;
  const c0 = text.charCodeAt(i);
  const c1 = text.charCodeAt(i + 1);
  const h = pairHash(c0, c1);
  if (!(PAIR_FILTER[h >> 3]! & (1 << (h & 7)))) return null;
  const slot = HEAD_SLOT[c0]!;
  if (slot === 0) return null;
  const lengths = LENGTHS_BY_HEAD[slot - 1]!.get(c1);
  if (!lengths) return null;
  for (const len of lengths) {
    if (len > MAX_PLACE_FORM || i + len > text.length) continue;
    const form = text.slice(i, i + len);
    const entry = PLACE_INDEX.get(form);
    if (!entry) continue;
    if (entry.weak && !standsAlone(text, i, i + len, bounds, entry)) continue;
    return [form, entry];
  }
  return null;
}

const PLACE_NEIGHBOURS = /[、，,。；（(）)\s]|^$/;

/** A short form counts where the words of the sentence start and end with it:
 *  `北京丰台、海淀` yes; `大兴调查研究` no (an ambiguous short needs a list or a place beside it). */
function standsAlone(text: string, start: number, end: number, bounds: WordBounds, entry: PlaceEntry): boolean {
  if (!bounds.has(start) || !bounds.has(end)) return false;
  if (!entry.ambiguous) return true;
  return PLACE_NEIGHBOURS.test(text[start - 1] ?? '') && PLACE_NEIGHBOURS.test(text[end] ?? '');
}

function mention(paragraph: number, start: number, text: string, e: PlaceEntry): PlaceMention {
  return { paragraph, start, end: start + text.length, text, rule: e.rule, name: e.name, district: e.district, level: e.level, short: e.weak };
}
