// Departments fold into their parent; named bodies do not (GUIDELINE, conventions):
//   `北京市总工会宣传部`     -> 北京市总工会 (宣传部部长 is a title there)
//   `全总权益部`            -> 全总 (中华全国总工会)
//   `全总文工团党委办公室`    -> 全总文工团;  `水峪嘴村党支部` -> 水峪嘴村
//   `北京八十中枣营分校小学部` -> 北京八十中枣营分校
// A party or state body keeps its offices as bodies of their own (`东城区委研究室`, `区政府办`),
// and a centre, committee or troupe with a name of its own is never a department.
import { suffixOf, type OrgSuffix } from '../lexicon/orgSuffixes.ts';

/** An office of a body: `宣传部`, `权益部`, `办公室`, `党委办公室`, `小学部`; its party unit: `党委`, `党支部`. */
const DEPARTMENT = /^(?:[\u4e00-\u9fff]{0,5}(?:部|处|科|室|办公室|厅)|党委|党支部|党总支)$/;
/** The last characters of what DEPARTMENT matches. */
const DEPARTMENT_LAST = new Set([...'部处科室厅委支'].map((c) => c.charCodeAt(0)));
const PARENT_KINDS = new Set(['union', 'company', 'school', 'social', 'other', 'media']);
/** Bodies named by a short name with no suffix: `全总权益部`. */
const SHORT_PARENTS: Readonly<Record<string, OrgSuffix>> = {
  全总: { suffix: '全总', kind: 'union' },
  // `公司安全技术部` in an article about a company: the company (see orgs/deixis.ts).
  公司: { suffix: '公司', kind: 'company' },
  集团: { suffix: '集团', kind: 'company' },
  学校: { suffix: '学校', kind: 'school' },
};

/** The parent body of a department's name, with the suffix it ends in; null when the name is no department. */
export function departmentParent(name: string): { parent: string; suffix: OrgSuffix } | null {
  if (!DEPARTMENT_LAST.has(name.charCodeAt(name.length - 1))) return null; // no tail of the name can be one
  for (let i = name.length - 1; i >= 2; i--) {
    if (!DEPARTMENT.test(name.slice(i))) continue;
    const parent = name.slice(0, i);
    const suffix = SHORT_PARENTS[parent] ?? suffixOf(parent);
    if (suffix && PARENT_KINDS.has(suffix.kind) && parent.length > suffix.suffix.length - (SHORT_PARENTS[parent] ? 1 : 0)) {
      return { parent, suffix };
    }
  }
  return null;
}
