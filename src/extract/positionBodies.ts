// Which body a title phrase means, for the positions stage: a department or a branch
// folds into its body (`全总权益部` -> 中华全国总工会), a short form reads at the place
// the phrase names (`省总工会` after 湖南省…), a place chief is at the place's government.
import { CHIEF_HEADS } from './lexicon/titles.ts';
import {
  BRANCH_ENDINGS, BRANCH_HOLDER_ENDING, DEPARTMENT_NAME, NOT_PLACE_AREAS, ORGANIZATION_ENDINGS, PLACE_ENDING,
  UNION_HOLDER_ENDING,
} from './lexicon/positions.ts';
import { PLACE_INDEX } from './placeIndex.ts';
import type { OrganizationMention } from './types.ts';

/** The place a government chief's title is written after: `海淀区副区长` -> 海淀区. */
export function placeBefore(head: string): string | null {
  for (let i = Math.max(0, head.length - 8); i <= head.length - 2; i++) {
    const s = head.slice(i);
    if (PLACE_ENDING.test(s) && PLACE_INDEX.has(s)) return withPlacesAbove(head, i) + s;
  }
  return null;
}

/** The places written right before `head[at]`, as the page writes them: `昆明市五华区` keeps 昆明市 (the fullest form). */
function withPlacesAbove(head: string, at: number): string {
  for (let j = Math.max(0, at - 8); j <= at - 2; j++) {
    const s = head.slice(j, at);
    if (PLACE_ENDING.test(s) && PLACE_INDEX.has(s)) return withPlacesAbove(head, j) + s;
  }
  return '';
}

/** A body's name where a shorter name of another body is its prefix: `区政协工会界别`
 *  with `区政协` for 通州区政协 -> 通州区政协工会界别. */
export function withCanonicalPrefix(name: string, organizations: OrganizationMention[]): string {
  const known = organizations.find((o) => o.text === name);
  if (known) return known.canonical;
  let best: OrganizationMention | null = null;
  for (const o of organizations) {
    if (o.text.length < name.length && name.startsWith(o.text) && (!best || o.text.length > best.text.length)) best = o;
  }
  // only a short form that leaves out its place (`区政协`), not a proper short name (`全总`)
  return best && best.canonical !== best.text && best.canonical.endsWith(best.text) && /^[省市区县]/.test(best.text)
    ? best.canonical + name.slice(best.text.length) : name;
}

/** A department or a party or union branch written as part of a body's name folds into
 *  the body: `全总权益部` + 部长 -> 中华全国总工会 [权益部部长]; `赛峰中国工会` + 主席 ->
 *  赛峰中国 [工会主席]. Returns the parent's name and the words that join the title. */
export function foldedOrganization(o: OrganizationMention, organizations: OrganizationMention[]): { name: string; prefix: string } | null {
  for (const e of BRANCH_ENDINGS) {
    if (!o.text.endsWith(e) || o.text.length <= e.length + 1) continue;
    const holder = o.text.slice(0, -e.length);
    if (holder.endsWith('总') || holder.endsWith('联合')) return null;
    // `房山区纪委`, `长沟镇党委`: a place's party bodies are bodies of their own
    if (/(?:[省市区县镇乡]|街道|地区)$/.test(holder) && !NOT_PLACE_AREAS.test(holder)) return null;
    const named = organizations.find((x) => x.text === holder);
    // `公司工会` read as 北京市地铁运营有限公司工会: the holder is the company the page means
    const meant = o.canonical !== o.text && o.canonical.endsWith(e) ? o.canonical.slice(0, -e.length) : null;
    const fits = e === '工会' ? UNION_HOLDER_ENDING.test(holder) || (!!named && named.kind !== 'union')
      : !!named || ORGANIZATION_ENDINGS.test(holder) || BRANCH_HOLDER_ENDING.test(holder);
    if (fits) return { name: named?.canonical ?? meant ?? withCanonicalPrefix(holder, organizations), prefix: e };
  }
  // a body named inside this one: `全总` in 全总权益部, `北京市总工会` in 北京市总工会宣传部;
  // or whose full name begins this one's (`公司安全技术部` read as 北京市地铁运营有限公司安全技术部)
  let best: { name: string; dept: string } | null = null;
  for (const x of organizations) {
    if (x === o || x.kind === 'other') continue;
    const dept = o.text.length > x.text.length && o.text.startsWith(x.text) ? o.text.slice(x.text.length)
      : o.canonical.length > x.canonical.length && o.canonical.startsWith(x.canonical) ? o.canonical.slice(x.canonical.length) : null;
    if (dept && (!best || dept.length < best.dept.length)) best = { name: x.canonical, dept };
  }
  if (best && best.dept.length >= 2 && best.dept.length <= 8 && !/[区市县省镇乡街]/.test(best.dept) && DEPARTMENT_NAME.test(best.dept)) {
    return { name: best.name, prefix: best.dept };
  }
  return null;
}

/** True when a body's name begins with a place up to this point: `昆明市五华区`, `湖南省`. */
export function endsWithPlace(prefix: string): boolean {
  return !!placeBefore(prefix) || (prefix.length >= 3 && !NOT_PLACE_AREAS.test(prefix));
}

/** `湖南省人大常委会副主任、省总工会主席周农`: a short form in a phrase is read at the
 *  place the phrase has just named (湖南省总工会), not only where the article is. */
export function placedShortForm(o: { text: string; canonical: string }, earlier: string[], organizations: OrganizationMention[]): string {
  const rank = o.text[0]!;
  if (!/[省市区县]/.test(rank) || o.text.length < 2) return o.canonical;
  for (const c of earlier) {
    const at = c.lastIndexOf(rank);
    if (at <= 0 || !endsWithPlace(c.slice(0, at + 1))) continue;
    const full = c.slice(0, at + 1) + o.text.slice(1);
    if (full === o.canonical || o.canonical.endsWith(full)) return o.canonical;
    const known = organizations.find((x) => x.canonical === full || x.canonical.endsWith(full));
    return known?.canonical ?? full;
  }
  return o.canonical;
}

/** The government of the place an article is about, for a chief's title with no body
 *  (`副区长张翠萍` in a story of 门头沟区 -> 门头沟区政府). */
export function governmentOf(rank: string, place: string, organizations: readonly { canonical: string }[]): string | null {
  if (place) return place + '政府';
  const prefixes: string[] = [];
  for (const o of organizations) {
    const at = o.canonical.indexOf(rank);
    if (at > 0) prefixes.push(o.canonical.slice(0, at + 1));
  }
  // a place the index knows (`西城区` in 北京市西城区总工会), else the body's whole prefix (`北京市`)
  for (const p of prefixes) {
    for (let i = 0; i < p.length - 1; i++) if (PLACE_INDEX.has(p.slice(i))) return p.slice(i) + '政府';
  }
  const placed = prefixes.find((p) => endsWithPlace(p));
  return placed ? placed + '政府' : null;
}

/** 人大 titles sit at the standing committee: `西城区人大副主任` -> 西城区人大常委会. */
export const atStandingCommittee = (name: string) => (name.endsWith('人大') ? name + '常委会' : name);

/** A chief's title `X长` fits a body whose name holds X: 团长 at 全总文工团, not at a union. */
export function titleFits(title: string, name: string): boolean {
  const m = /(.)长$/.exec(title);
  if (!m) return true;
  return !CHIEF_HEADS.includes(m[1]!) || name.includes(m[1]!) || /[部处科室组队班]/.test(m[1]!);
}
