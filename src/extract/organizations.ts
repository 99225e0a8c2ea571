import type { ArticleBlock, OrganizationMention, PlaceMention } from './types.ts';
import { articleLines } from './articleText.ts';
import { orgSpans, type OrgSpan } from './orgs/spans.ts';
import { byStart, resolveNesting } from './orgs/nesting.ts';
import { isGenericName } from './orgs/generic.ts';
import { canonicalForm, NOT_SHORT } from './orgs/canonical.ts';
import { groupForms } from './orgs/grouping.ts';
import { kindOf } from './orgs/kind.ts';
import { before, nearest } from './orgs/context.ts';
import { LOCAL_BODIES } from './lexicon/orgContext.ts';
import { deicticWord, resolveDeixis, type Named } from './orgs/deixis.ts';
import { FIXED_CANONICAL, NAMED_BODIES } from './lexicon/orgSuffixes.ts';
import { wordBoundaries } from './jieba.ts';
import { listedCompanies } from './orgs/lists.ts';
import { totalShortForms } from './orgs/totalShort.ts';
import { mediaOutlets } from './orgs/media.ts';
import { hostListItems } from './orgs/hostLists.ts';
import { companyUnionPosts, UNION_POST, type Candidate } from './orgs/companyUnions.ts';
import { listOwner, placeOwner, placesAsHosts } from './orgs/localBodies.ts';
import { matchesOf } from './matches.ts';

/** Stage 5: named organizations, resolved to canonical names.
 *  `在该集团总装公司现场` (an article about 北方车辆集团) -> 北方车辆集团总装公司;
 *  `区总工会主席李伟` (an article about 门头沟区, or 成都市武侯区) -> 门头沟区总工会 (成都市武侯区总工会);
 *  `北京市总工会宣传部部长` -> 北京市总工会 (orgs/departments.ts); `区委区政府` -> 区委, 区政府;
 *  `通州区人力社保局、卫健委` -> …, 通州区卫健委 (orgs/localBodies.ts); `中工网讯` -> 中工网 (orgs/media.ts);
 *  `X公司工会主席Y` -> X公司 (orgs/companyUnions.ts); `由北京经济技术开发区主办` -> the place, kind government;
 *  `基层工会`, `各相关区总工会`, `深化工会改革`, `城市副中心` -> nothing (no particular body). */
export function findOrganizations(block: ArticleBlock, places: PlaceMention[]): OrganizationMention[] {
  const found: Candidate[] = [];
  const innerBodies: Named[] = [];
  const unnamed = new Map<Candidate, string>();
  const nominal = new Set<Candidate>();
  for (const { paragraph, text } of articleLines(block)) {
    const placeRanges = places.filter((p) => p.paragraph === paragraph).map((p): [number, number] => [p.start, p.end]);
    const spans = orgSpans(text, placeRanges);
    const { kept, companies: inner } = resolveNesting(spans);
    const keptAt = byStart(kept);
    const longerAt = (s: OrgSpan) => keptAt.get(s.start)!.filter((k) => k !== s && k.end > s.end);
    innerBodies.push(...inner.map((c) => ({ paragraph, start: c.start, end: c.end, text: c.text, canonical: c.text, rule: 'org.suffix' as const })));
    for (const s of kept) {
      const at = { paragraph, start: s.start };
      if (isContextual(s) && precededByQuantifier(s)) continue;
      // Of `集团车辆研究院` and `集团车辆研究院试验中心` only the longer stands for a body.
      const deictic = deicticWord(s.text);
      if (deictic && longerAt(s).length) continue;
      if (deictic) {
        found.push({ paragraph, start: s.start, end: s.end, text: s.text, canonical: s.text, rule: 'org.deixis' });
        continue;
      }
      if (longerAt(s).some((k) => deicticWord(k.text))) continue;
      // `由通州区人力社保局、卫健委、民政局联合举办`: a bare office in a list is the office of the
      // place the item before it names; `工委、管委会领导` with no list, of the place the article is in.
      if (LOCAL_BODIES.has(s.text)) {
        const owner = listOwner(found, paragraph, s.start, text) ?? (/^(党?工委|管委会)$/.test(s.text) ? placeOwner(places, at) : null);
        if (owner) found.push({ paragraph, start: s.start, end: s.end, text: s.text, canonical: owner + s.text, rule: 'org.list-ellipsis' });
        continue;
      }
      let r = canonicalForm(s.text, at, places);
      // `街道总工会` after `青岛市城阳区流亭街道总工会` (a street the division data has no entry for):
      // the street or town of the body named last before it.
      if (!r.rule && /^(街道|镇|乡)/.test(s.text)) {
        const head = /^(街道|镇|乡)/.exec(s.text)![1]!;
        const owner = nearest(found, at, (f) => new RegExp(`^.+?${head}`).test(f.canonical) && before(f, at));
        if (owner) r = { canonical: new RegExp(`^.+?${head}`).exec(owner.canonical)![0] + s.text.slice(head.length), rule: 'org.short.named-street' };
      }
      // `区总工会` in an article that names no district stands for no body we can name.
      if (!r.rule && (isGenericName(s.text) || isContextual(s))) continue;
      const c: Candidate = { paragraph, start: s.start, end: s.end, text: s.text, canonical: r.canonical, rule: r.rule ?? s.rule, home: r.home };
      if (s.unnamedStem !== undefined && !r.rule) unnamed.set(c, s.unnamedStem);
      if (s.nominalStem) nominal.add(c);
      c.titled = UNION_POST.test(text.slice(s.end));
      found.push(c);
    }
    // National bodies by name, where they stand as words (`教育部`, not `教育部门`).
    const bounds = wordBoundaries(text);
    for (const [name, kind] of NAMED_BODY_ENTRIES) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        if (!bounds.has(i) || !bounds.has(i + name.length)) continue;
        if (found.some((f) => f.paragraph === paragraph && f.start <= i && i + name.length <= f.end)) continue;
        found.push({ paragraph, start: i, end: i + name.length, text: name, canonical: FIXED_CANONICAL[name] ?? name, rule: 'org.named-body', kind });
      }
    }
    found.push(...listedCompanies(paragraph, text));
    found.push(...placesAsHosts(paragraph, text, places, found));
    const covered = (a: number, b: number) => found.some((f) => f.paragraph === paragraph && f.start < b && a < f.end)
      || places.some((p) => p.paragraph === paragraph && p.start === a && p.end === b);
    for (const h of hostListItems(text, covered)) {
      if (isGenericName(h.text)) continue;
      found.push({ paragraph, start: h.start, end: h.end, text: h.text, canonical: h.text, rule: 'org.host-list', kind: kindOf(h.text) === 'other' ? 'company' : kindOf(h.text) });
    }
    for (const m of mediaOutlets(text)) {
      if (found.some((f) => f.paragraph === paragraph && f.start <= m.start && m.end <= f.end)) continue;
      found.push({ paragraph, start: m.start, end: m.end, text: m.text, canonical: m.text, rule: 'org.media.credit', kind: 'media' });
    }
    for (const t of totalShortForms(paragraph, text, places)) {
      const r = canonicalForm(`${t.text}工会`, { paragraph, start: t.start }, places);
      if (/^[省市区县]/.test(r.canonical)) continue;
      found.push({ paragraph, start: t.start, end: t.end, text: t.text, canonical: r.canonical, rule: 'org.short.total', kind: 'union' });
    }
    // A brand run as a body: `党工共建品牌“将小爱”`.
    for (const m of matchesOf(/品牌“([^”]{2,8})”/g, text)) {
      const start = m.index! + 3;
      found.push({ paragraph, start, end: start + m[1]!.length, text: m[1]!, canonical: m[1]!, rule: 'org.brand', kind: 'social' });
    }
  }
  // `慈爱嘉工会` stands where the article names 慈爱嘉 in another body; `谢谢工会` never does.
  const named = found.filter((f) => !unnamed.has(f));
  for (let i = found.length - 1; i >= 0; i--) {
    const stem = unnamed.get(found[i]!);
    if (stem === undefined || named.some((n) => n.text.includes(stem) && n.text !== found[i]!.text)) continue;
    // `美团工会主席李明`: the post names the body (a title at the company, see companyUnionPosts).
    if (found[i]!.titled && nominal.has(found[i]!)) continue;
    found.splice(i, 1);
  }
  // A headline's `大兴区举办…` is short for the body the article names (`由大兴区总工会主办`).
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.hostPlace && f.paragraph < 0 && found.some((g) => g !== f && g.canonical.startsWith(f.canonical) && g.canonical.length > f.canonical.length)) found.splice(i, 1);
  }
  // `市总工会开展…` in a headline, `济南市总工会…` in the body: a headline's short form is the city's
  // body the article names, where the article names nothing in Beijing (`市总工会…赴天津市总工会交流`
  // in a Beijing story stays Beijing's).
  const inBeijing = places.some((p) => p.district !== null) || found.some((g) => g.canonical.startsWith('北京') && !g.home);
  for (const f of found) {
    if (!f.home || f.paragraph >= 0 || inBeijing) continue;
    const rest = f.canonical.slice('北京市'.length);
    const written = found.filter((g) => g !== f && g.canonical.endsWith(`市${rest}`) && /^[\u4e00-\u9fff]{1,6}市/.test(g.canonical) && !g.home);
    const cities = new Set(written.map((g) => g.canonical));
    if (cities.size === 1 && !cities.has(f.canonical)) { f.canonical = [...cities][0]!; f.rule = 'org.short.city-written-later'; f.home = false; }
  }
  companyUnionPosts(found);
  found.push(...resolveDeixis(found, innerBodies));
  const canonical = groupForms(found.map((f) => f.canonical));
  return found
    .map((f) => {
      const name = canonical.get(f.canonical) ?? f.canonical;
      return { paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, rule: f.rule, canonical: name, kind: f.kind ?? kindOf(name) };
    })
    // Page order; of two names that start together the longer first (`市总工会职工服务中心` before `市总工会`).
    .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : b.end - a.end));
}

/** The national bodies named alone, as pairs, made once. */
const NAMED_BODY_ENTRIES = Object.entries(NAMED_BODIES);

/** Short forms that lean on the article (`区总工会`, `市总工会`, `镇社保所`, `街道总工会`, `地区社保所`). */
const isContextual = (s: OrgSpan) => /^(省|自治区|市|区|县|镇|乡|街道|地区)/.test(s.text) && !NOT_SHORT.test(s.text) && !isGenericName(s.text.replace(/^(省|自治区|市|区|县|镇|乡|街道|地区)/, 'X'));

/** `各相关区总工会`, `全市16个区职工服务中心`: every district's body, not one. */
const precededByQuantifier = (s: OrgSpan) => !!s.before && (/^(m|q)/.test(s.before.tag) || /^(各|相关|有关|两|全市|全区)$/.test(s.before.word));
