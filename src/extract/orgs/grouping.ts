// One article names a body in several ways; every form maps to the fullest one.
//   `椿树街道总工会` -> 西城区椿树街道总工会 (the full form is on the page)
//   `东湖街道工会`   -> 朝阳区东湖街道总工会 (a street's 工会 is its 总工会)
//   `京沪维管公司`   -> 中铁电气化局京沪维管公司
//   `快手科技公司`   -> 北京快手科技有限公司;  `慈爱嘉工会` -> 北京慈爱嘉养老服务有限公司工会
import { suffixOf } from '../lexicon/orgSuffixes.ts';
import { leadingPlace } from './generic.ts';

const BODY_SUFFIX = /(有限责任公司|股份有限公司|有限公司|公司|集团|大学|学院|学校)$/;
const SUB_BODY = /^(工会|纪委|党委|团委)$/;

export function groupForms(names: string[]): Map<string, string> {
  const all = [...new Set(names)];
  const out = new Map<string, string>();
  for (const n of all) {
    let best = n;
    for (const m of all) if (m.length > best.length && m.endsWith(n) && n.length >= 4) best = m;
    if (best === n && /[^总]工会$/.test(n)) {
      const total = n.replace(/工会$/, '总工会');
      const t = all.filter((m) => m.endsWith(total)).sort((a, b) => b.length - a.length)[0];
      if (t && leadingPlace(total)) best = t;
    }
    if (best === n) best = companyForm(n, all) ?? n;
    // `北康医院` for `首都医科大学附属北京康复医院`: an abbreviation keeps some characters of the
    // name in order, and its head noun; only where one name on the page fits.
    if (best === n) best = abbreviated(n, all) ?? n;
    // `北京地铁运营公司` in a headline, `北京市地铁运营有限公司` in the body: one firm, its legal form dropped.
    if (best === n && /公司$/.test(n)) {
      const key = legalKey(n);
      const full = all.filter((m) => m !== n && m.length > n.length && legalKey(m) === key).sort((a, b) => b.length - a.length)[0];
      if (full) best = full;
    }
    if (best !== n) out.set(n, best);
  }
  // Follow chains: a -> b -> c.
  for (const [k, v] of out) { let w = v; for (let i = 0; i < 5 && out.has(w); i++) w = out.get(w)!; out.set(k, w); }
  return out;
}

const ABBREVIABLE = /(医院|大学|学院|集团|中学|小学)$/;

function abbreviated(n: string, all: string[]): string | null {
  const head = ABBREVIABLE.exec(n)?.[1];
  if (!head) return null;
  const stem = n.slice(0, -head.length);
  // `北京大学` is no abbreviation of `北京工商大学`: a place is a name of its own.
  if (stem.length < 2 || stem.length > 3 || leadingPlace(n) || /^(北京|首都|中国|中华)/.test(stem)) return null;
  const fits = all.filter((m) => m !== n && m.endsWith(head) && m.length > n.length + 1 && isSubsequence(stem, m.slice(0, -head.length)));
  return fits.length === 1 ? fits[0]! : null;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

const legalKey = (name: string) => name.replace(/^北京市?/, '北京').replace(/(股份有限|有限责任|有限)公司$/, '公司');

/** A short company or school name that a fuller one on the page contains. */
function companyForm(n: string, all: string[]): string | null {
  const suffix = suffixOf(n);
  if (!suffix) return null;
  const stem = n.slice(0, -suffix.suffix.length).replace(/(有限|股份|科技)$/, '');
  // `北方车辆集团工会` is already the full name of the group's union.
  if (stem.length < 2 || leadingPlace(n) || BODY_SUFFIX.test(stem)) return null;
  for (const m of all) {
    // `北方车辆集团总装公司` is a part of 北方车辆集团, not a fuller name for it.
    if (m === n || m.includes(n) || !BODY_SUFFIX.test(m) || !m.includes(stem) || m.length <= stem.length) continue;
    if (BODY_SUFFIX.test(n) && suffix.kind === suffixOf(m)!.kind) return m;
    if (SUB_BODY.test(suffix.suffix)) return m + suffix.suffix;
  }
  return null;
}
