// A bare `工会` names a body only where what stands before it names something:
//   `北京市金融工会` (a place), `金隅集团工会` (a body), `武林商圈工会` (an area),
//   `朝阳区服务业工会`, `中国能源化学地质工会` (a sector), `“将小爱”工会` (a brand);
// a verb or an abstract word before it makes a phrase, not a name:
//   `深化工会改革`, `谢谢工会`, `智慧工会`, `服务型工会`, `外地工会`, `两地工会`, `兼工会主席`.
// A stem with no such sign stands only where the article names it elsewhere (`慈爱嘉工会`
// after `北京慈爱嘉养老服务有限公司`): see findOrganizations.
import { ORG_SUFFIXES } from '../lexicon/orgSuffixes.ts';
import { SECTOR_WORDS, AREA_WORDS } from '../lexicon/orgContext.ts';
import { PLACE_INDEX } from '../placeIndex.ts';

const SUFFIXES = ORG_SUFFIXES.map((s) => s.suffix);

/** Whether `stem` (the name before a bare 工会) carries a sign of a name of its own. */
export function isNamedStem(stem: string): boolean {
  if (!stem) return false;
  if (/[”"A-Za-z0-9·]$|[A-Za-z]/.test(stem)) return true;
  if (/中国|中华|全国|首都|北京/.test(stem)) return true;
  if (SUFFIXES.some((s) => stem.endsWith(s))) return true;
  if (/业$/.test(stem) || SECTOR_WORDS.some((w) => stem.endsWith(w)) || AREA_WORDS.some((w) => stem.endsWith(w))) return true;
  return containsPlace(stem);
}

function containsPlace(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) {
    for (let len = Math.min(10, stem.length - i); len >= 2; len--) {
      const p = PLACE_INDEX.get(stem.slice(i, i + len));
      if (p && (!p.weak || i === 0)) return true;
    }
  }
  return false;
}
