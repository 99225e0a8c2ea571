// The store keeps facts, not the rules that made them: extraction output
// compared with what the store gives back leaves `rules` and `issue_rules` out.
export const withoutRules = <T>(x: T): T => (Array.isArray(x) ? x.map(withoutRules)
  : x && typeof x === 'object'
    ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'rules' && k !== 'issue_rules').map(([k, v]) => [k, withoutRules(v)]))
    : x) as T;
