// A company's union post is a title at the company (GUIDELINE, conventions):
//   `北京高枕科技开发有限公司工会主席卫谦` -> 北京高枕科技开发有限公司 (title 工会主席 there)
//   `北京市地铁运营有限公司工会组织开展培训…公司工会主席张红霞` -> the union stays a body
import type { RuleId } from '../rules.ts';
import type { OrgKind } from '../types.ts';
import { AREA_WORDS, SECTOR_WORDS } from '../lexicon/orgContext.ts';
import { suffixOf } from '../lexicon/orgSuffixes.ts';
import { leadingPlace } from './generic.ts';

/** A mention found in an article, before names are grouped. `titled`: a union post follows it. */
export interface Candidate {
  paragraph: number; start: number; end: number; text: string; canonical: string; rule: RuleId; kind?: OrgKind; titled?: boolean;
  /** A short form given the home city for want of another (`市总工会`). */
  home?: boolean;
  /** A place named as the one that holds an event (`大兴区举办…`). */
  hostPlace?: boolean;
}

export const UNION_POST = /^(常务)?副?主席|^负责人/;

/** `北京高枕科技开发有限公司工会主席卫谦`, `赛峰中国工会主席`: a company's union post is a title at the
 *  company (GUIDELINE, conventions), so the body is the company. Where the article also names the union
 *  on its own (`X公司工会组织开展培训`), the union stays a body. Not a place's or a sector's union
 *  (`北京市建筑工会主席`, `武林商圈工会`). */
export function companyUnionPosts(found: Candidate[]): void {
  const byName = new Map<string, Candidate[]>();
  for (const f of found) {
    const m = /^(.+?)(?<!总)工会$/.exec(f.canonical);
    if (!m || !isCompanyStem(m[1]!)) continue;
    byName.set(f.canonical, [...(byName.get(f.canonical) ?? []), f]);
  }
  for (const [name, mentions] of byName) {
    if (!mentions.every((f) => f.titled)) continue;
    for (const f of mentions) {
      f.canonical = name.slice(0, -2);
      if (f.text.endsWith('工会')) { f.text = f.text.slice(0, -2); f.end -= 2; }
      f.rule = 'org.company-union-post';
      f.kind = 'company';
    }
  }
}

function isCompanyStem(stem: string): boolean {
  const suffix = suffixOf(stem);
  if (suffix) return suffix.kind === 'company';
  return !leadingPlace(stem) && !SECTOR_WORDS.some((w) => stem.endsWith(w)) && !AREA_WORDS.some((w) => stem.endsWith(w)) && !/业$/.test(stem);
}

