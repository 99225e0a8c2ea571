// Which of the names found inside one another stand for bodies of their own.
//   `北京市总工会职工服务中心`   -> both: a centre of the union, and the union
//   `北京农商银行城市副中心分行潞城支行` -> only the branch (the bank is just its address)
//   `汽车工程学院智能网联汽车产业学院` -> two schools side by side
//   `中关村科技园区怀柔园管理委员会工会联合会` -> not `…管理委员会工会` (`工会联合会` is one suffix)
//   `河钢集团唐钢公司`            -> both: a company of the group, and the group
import type { RuleId } from '../rules.ts';
import { ORG_SUFFIXES } from '../lexicon/orgSuffixes.ts';
import type { OrgSpan } from './spans.ts';

const SUFFIX_SET = new Set(ORG_SUFFIXES.map((s) => s.suffix));

export interface KeptSpan extends OrgSpan { rule: RuleId }

/** Spans kept as organizations, and the inner company spans kept aside as referents for `该集团`/`公司`. */
export function resolveNesting(spans: OrgSpan[]): { kept: KeptSpan[]; companies: OrgSpan[] } {
  const kept: KeptSpan[] = [];
  const companies: OrgSpan[] = [];
  // Only names that start together nest: indexed by start, a long line costs no more per name.
  const sameStart = byStart(spans);
  for (const s of spans) {
    if (s.suffix.kind === 'company') companies.push(s);
    const outers = sameStart.get(s.start)!.filter((o) => o !== s && o.end > s.end);
    if (outers.length === 0) {
      const inner = sameStart.get(s.start)!.filter((i) => i !== s && i.end < s.end);
      // `朝阳区总工会专职工会`: what follows the inner body is generic, so the name is the inner body's.
      const rest = (i: OrgSpan) => s.text.slice(i.text.length);
      // `市总工会优化专职工会`: a union inside a union name is the body, unless one suffix continues the other.
      if (s.suffix.kind === 'union' && inner.some((i) => i.suffix.kind === 'union' && !SUFFIX_SET.has(i.suffix.suffix + rest(i)))) continue;
      if (s.text.length > 22) continue;
      kept.push({ ...s, rule: 'org.suffix' });
      continue;
    }
    const outer = outers.reduce((a, b) => (a.end > b.end ? a : b));
    const rest = outer.text.slice(s.text.length);
    if (s.suffix.kind === 'school' && outer.suffix.kind === 'school' && !/^附[属设]/.test(rest)) {
      kept.push({ ...s, rule: 'org.nested.school-pair' });
      continue;
    }
    const unionInUnion = s.suffix.kind === 'union' && outer.suffix.kind === 'union' && !SUFFIX_SET.has(s.suffix.suffix + rest);
    if (unionInUnion) { kept.push({ ...s, rule: 'org.suffix' }); continue; }
    // `河钢集团唐钢公司`: a group named before one of its companies is a body too; not the
    // group's own legal form (`北京公交集团有限公司`).
    if (s.suffix.suffix === '集团' && outer.suffix.kind === 'company' && rest.length - outer.suffix.suffix.length >= 2
        && !/^[（(]|^(有限|股份|控股)/.test(rest)) {
      kept.push({ ...s, rule: 'org.nested.group' });
      continue;
    }
    if (s.suffix.suffix.length < 2 || ['company', 'other', outer.suffix.kind].includes(s.suffix.kind)) continue;
    // A body inside the name of its own union or party unit counts (`…管理委员会工会联合会`); inside a
    // team's name it is an address (`丰台税务局“接二连三”服务队`), found again if named alone.
    // A union or school named as the owner of a department counts too (`北京市总工会职工心理咨询热线`).
    if (!['union', 'party'].includes(outer.suffix.kind) && !['union', 'school'].includes(s.suffix.kind)) continue;
    // `首都医科大学附属北京康复医院`: an affiliated house has a name of its own.
    if (/^(第[一二三四五六七八九十]+)?附[属设]/.test(rest) || (outer.suffix.kind === 'other' && /附[属设]/.test(rest))) continue;
    if (SUFFIX_SET.has(s.suffix.suffix + rest)) continue;
    kept.push({ ...s, rule: 'org.nested' });
  }
  // `汽车工程学院智能网联汽车产业学院`: the outer school is the part after the inner one.
  const keptStart = byStart(kept);
  for (const k of kept) {
    const inner = keptStart.get(k.start)!.find((i) => i !== k && i.start === k.start && i.end < k.end && i.suffix.kind === 'school' && k.suffix.kind === 'school'
      && !/^附[属设]/.test(k.text.slice(i.text.length)));
    if (inner) { k.start = inner.end; k.text = k.text.slice(inner.text.length); k.rule = 'org.nested.school-pair'; }
  }
  return { kept, companies };
}

export function byStart<T extends { start: number }>(spans: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const s of spans) { const l = m.get(s.start); if (l) l.push(s); else m.set(s.start, [s]); }
  return m;
}
