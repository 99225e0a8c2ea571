// The store gives back facts, not the rules that made them nor their evidence
// (kg export writes neither yet): extraction output compared with what the
// store gives back leaves `rules`, `issue_rules` and `evidence` out.
const DROPPED = new Set(['rules', 'issue_rules', 'evidence']);
export const withoutRules = <T>(x: T): T => (Array.isArray(x) ? x.map(withoutRules)
  : x && typeof x === 'object'
    ? Object.fromEntries(Object.entries(x).filter(([k]) => !DROPPED.has(k)).map(([k, v]) => [k, withoutRules(v)]))
    : x) as T;
