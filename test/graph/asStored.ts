// What the store gives back of an extraction (`kg export`): every fact with its
// rules and evidence, but not the rules of the article's split, of the page's
// issue date, nor of the activity's kind and date, nor the date's evidence;
// and the page's hash, which extraction does not set.
type Json = Record<string, unknown>;

export function asStored<T>(x: T): T {
  const pages = (Array.isArray(x) ? x : [x]) as Json[];
  const out = pages.map((p) => {
    const { issue_rules: _i, hash: _h, ...page } = p;
    return {
      ...page,
      articles: (page.articles as Json[]).map((a) => {
        const { rules: _r, ...article } = a;
        const act = { ...(article.activity as Json) };
        const rules = act.rules as Json | undefined, evidence = act.evidence as Json | undefined;
        if (rules) act.rules = { districts: rules.districts, organizers: rules.organizers };
        if (evidence) act.evidence = { districts: evidence.districts, organizers: evidence.organizers };
        // an activity with no district and no organizer has nothing stored to trace
        if (!(act.districts as unknown[]).length && !(act.organizers as unknown[]).length) { delete act.rules; delete act.evidence; }
        return { ...article, activity: act };
      }),
    };
  });
  return (Array.isArray(x) ? out : out[0]) as T;
}

/** An export without the page hashes (extraction has none to compare them with). */
export const withoutHash = <T>(pages: T[]): T[] => pages.map((p) => { const { hash: _h, ...rest } = p as Json; return rest as T; });
