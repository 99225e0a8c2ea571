// `该集团总装公司` -> 北方车辆集团总装公司, `公司纪委` -> 中铁电气化局京沪维管公司纪委:
// a name that opens with 集团/公司/学校 belongs to the group, company or school named
// last before it. That body becomes an organization of the article too, even where it
// was only written inside a longer name (`北方车辆集团工会`).
import type { RuleId } from '../rules.ts';
import { DEICTIC_PREFIXES } from '../lexicon/orgSuffixes.ts';
import { nearest, type Positioned } from './context.ts';
import { groupForms } from './grouping.ts';

export interface Named extends Positioned { end: number; text: string; canonical: string; rule: RuleId }

export const deicticWord = (text: string) => DEICTIC_PREFIXES.find((d) => text.startsWith(d.word)) ?? null;

/** Rewrites the canonical names of deictic mentions in place, drops those with no referent,
 *  and returns the referents that were not yet mentions of their own. */
export function resolveDeixis(found: Named[], innerBodies: Named[]): Named[] {
  const referents = [...innerBodies, ...found.filter((f) => !deicticWord(f.text))];
  const grouped = groupForms(referents.map((r) => r.canonical));
  const full = (r: Named) => grouped.get(r.canonical) ?? r.canonical;
  const added: Named[] = [];
  for (const f of found) {
    const d = deicticWord(f.text);
    if (!d) continue;
    let ref = nearest(referents, f, (r) => r.canonical !== d.word && d.refersTo.some((e) => r.canonical.endsWith(e)));
    // `集团` is the group itself, not one of its groups: `北京建工集团…市政集团(北京建工市政集团)…集团职工书画协会`
    // -> 北京建工集团职工书画协会.
    if (ref && d.word.startsWith('集团')) {
      const sub = full(ref);
      const parent = referents.find((p) => p !== ref && p.canonical.endsWith('集团') && p.canonical.length > 4
        && sub.length > p.canonical.length && sub.startsWith(p.canonical.slice(0, -2)));
      if (parent) ref = parent;
    }
    if (!ref) { f.canonical = ''; continue; }
    f.canonical = ref.canonical + f.text.slice(d.word.length);
    if (!found.some((x) => x.canonical === ref.canonical) && !added.some((x) => x.canonical === ref.canonical)) {
      added.push({ ...ref, rule: 'org.referent' });
    }
  }
  for (let i = found.length - 1; i >= 0; i--) if (!found[i]!.canonical) found.splice(i, 1);
  return added;
}
