// The kind of a body from the suffix its canonical name ends with; a department
// (`研究室`, `办`) is of the kind of the body it belongs to: `东城区委研究室` -> party.
import type { OrgKind } from '../types.ts';
import { NAMED_BODIES, suffixOf } from '../lexicon/orgSuffixes.ts';

const DEPARTMENTS = new Set(['研究室', '办', '部', '办公室']);

/** State-owned builders named like bureaus are companies: `中铁六局`, `中建一局`, `中铁电气化局`. */
const SOE_BUREAU = /^中(铁|建|交|冶|水|核|电)[^局]*局$/;

export function kindOf(name: string): OrgKind {
  if (NAMED_BODIES[name]) return NAMED_BODIES[name]!;
  if (SOE_BUREAU.test(name)) return 'company';
  const last = suffixOf(name);
  if (!last) return 'other';
  if (!DEPARTMENTS.has(last.suffix)) return last.kind;
  const parent = name.slice(0, -last.suffix.length);
  const up = suffixOf(parent, (s) => s.kind !== 'other');
  return up ? up.kind : last.kind;
}
