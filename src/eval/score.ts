// The extraction scorer: a TypeScript port of test/reference/score.mjs, rule
// for rule (see SCORING.md), usable as a function. test/eval/score.test.ts
// runs both on the same output and requires the same numbers.
//
// Each gold article is found by its anchor in the first unclaimed system
// article whose headline, alt titles and body contain it; set fields are
// micro-averaged over found articles; unclaimed system articles are spurious
// and every fact in them is a false positive.
//
// A page printed in Traditional characters (`script: 'traditional'`) gives its
// names in Simplified and its titles and body as printed; it is scored through
// the Simplified form of those, so that it meets the Simplified gold as its
// Simplified twin does. Other pages are scored as score.mjs scores them.
import { toSimplified } from '../text/script.ts';

/** Loose shapes: gold pages carry `anchor`, system pages `body` and the rules behind each fact. */
export interface ScoredArticle {
  headline?: string | null;
  alt_titles?: string[];
  anchor?: string;
  body?: string;
  rules?: string[];
  authors?: Array<{ name: string; role: string; rules?: string[] }>;
  people?: Array<{ name: string; rules?: string[] }>;
  organizations?: Array<{ name: string; aliases?: string[]; kind?: string; rules?: string[] }>;
  positions?: Array<{ name: string; organization: string; titles?: string[]; rules?: string[] }>;
  participants?: Array<{ name: string; roles?: string[]; rules?: string[] }>;
  activity?: {
    kind?: string; districts?: string[]; organizers?: string[]; date?: string | null;
    rules?: { kind?: string[]; districts?: Record<string, string[]>; organizers?: Record<string, string[]>; date?: string[] };
  };
}
export interface ScoredPage { file: string; issue_date?: string | null; script?: string; articles?: ScoredArticle[] }

/** A Traditional page's titles and body in Simplified, as its names are. */
function asSimplified(page: ScoredPage): ScoredPage {
  if (page.script !== 'traditional') return page;
  return {
    ...page,
    articles: page.articles?.map((a) => ({
      ...a,
      headline: a.headline && toSimplified(a.headline),
      alt_titles: a.alt_titles?.map(toSimplified),
      body: a.body === undefined ? undefined : toSimplified(a.body),
    })),
  };
}

export interface FieldScore { field: string; p: number; r: number; f1: number; tp: number; fp: number; fn: number }
export interface AccuracyScore { field: string; accuracy: number; n: number }
/** What a gold article lacks or has in excess; with `rules` asked for, the rules behind each extra fact
 *  (and behind a wrong kind or date) by field and fact. A system article no gold article claims is a miss
 *  of article 0 with `diff.article` `spurious`. */
export interface Miss {
  page: string; article: number; headline: string | null; diff: Record<string, unknown>;
  rules?: Record<string, Record<string, string[]>>;
}
export interface ScoreReport { overall: number; fields: FieldScore[]; accuracy: AccuracyScore[]; misses: Miss[] }

/** Width, spacing and heading marks do not count: `（）` and `()` are the same. */
export const norm = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFKC').replace(/^#+/, '').replace(/\s+/g, '');

class Tally {
  tp = 0; fp = 0; fn = 0;
  add(gold: string[], sys: string[]): void {
    const g = new Set(gold), s = new Set(sys);
    for (const x of s) (g.has(x) ? this.tp++ : this.fp++);
    for (const x of g) if (!s.has(x)) this.fn++;
  }
  get p(): number { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1; }
  get r(): number { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1; }
  get f(): number { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
}
class Acc {
  ok = 0; n = 0;
  add(ok: boolean): void { this.n++; if (ok) this.ok++; }
  get v(): number { return this.n ? this.ok / this.n : 1; }
}

const SET_FIELDS = ['articles', 'authors', 'people', 'organizations', 'org_canonical', 'positions',
  'participants', 'participant_roles', 'districts', 'organizers'] as const;
type FactField = Exclude<(typeof SET_FIELDS)[number], 'articles'>;
/** The fields whose F1 (with the headline and activity-kind accuracies) make up `overall`. */
const OVERALL_FIELDS = ['articles', 'authors', 'people', 'organizations', 'positions', 'participant_roles',
  'districts', 'organizers'] as const;

/** Maps any name the gold article uses for an organization to its canonical name. */
function orgResolver(goldArticle: ScoredArticle | null): (name: string) => string {
  const m = new Map<string, string>();
  for (const o of goldArticle?.organizations ?? []) {
    m.set(norm(o.name), norm(o.name));
    for (const al of o.aliases ?? []) if (!m.has(norm(al))) m.set(norm(al), norm(o.name));
  }
  return (name) => m.get(norm(name)) ?? `?${norm(name)}`;
}

function facts(a: ScoredArticle | null, resolveOrg: (n: string) => string): Record<FactField, string[]> {
  const act = a?.activity ?? {};
  return {
    authors: (a?.authors ?? []).map((x) => `${norm(x.name)}/${x.role}`),
    people: (a?.people ?? []).map((x) => norm(x.name)),
    organizations: (a?.organizations ?? []).map((x) => resolveOrg(x.name)),
    org_canonical: (a?.organizations ?? []).map((x) => norm(x.name)),
    positions: (a?.positions ?? []).flatMap((p) =>
      (p.titles ?? []).map((t) => `${norm(p.name)}|${resolveOrg(p.organization)}|${norm(t)}`)),
    participants: (a?.participants ?? []).map((x) => norm(x.name)),
    participant_roles: (a?.participants ?? []).flatMap((x) => (x.roles ?? []).map((r) => `${norm(x.name)}/${r}`)),
    districts: (act.districts ?? []).map(norm),
    organizers: (act.organizers ?? []).map((x) => resolveOrg(x)),
  };
}

/** For each fact key of a system article as `facts` writes it, the rules that made the fact. */
function factRules(a: ScoredArticle, resolveOrg: (n: string) => string): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  const put = (field: string, key: string, rules: string[] | undefined) => {
    if (!rules?.length) return;
    const f = (out[field] ??= {});
    f[key] = [...new Set([...(f[key] ?? []), ...rules])];
  };
  for (const x of a.authors ?? []) put('authors', `${norm(x.name)}/${x.role}`, x.rules);
  for (const x of a.people ?? []) put('people', norm(x.name), x.rules);
  for (const x of a.organizations ?? []) { put('organizations', resolveOrg(x.name), x.rules); put('org_canonical', norm(x.name), x.rules); }
  for (const p of a.positions ?? []) for (const t of p.titles ?? []) put('positions', `${norm(p.name)}|${resolveOrg(p.organization)}|${norm(t)}`, p.rules);
  for (const x of a.participants ?? []) {
    put('participants', norm(x.name), x.rules);
    for (const r of x.roles ?? []) put('participant_roles', `${norm(x.name)}/${r}`, x.rules);
  }
  const r = a.activity?.rules;
  for (const d of a.activity?.districts ?? []) put('districts', norm(d), r?.districts?.[d]);
  for (const o of a.activity?.organizers ?? []) put('organizers', resolveOrg(o), r?.organizers?.[o]);
  put('activity_kind', String(a.activity?.kind), r?.kind);
  put('activity_date', String(a.activity?.date ?? null), r?.date);
  put('article', norm(a.headline ?? ''), a.rules);
  return out;
}

/** The rules behind what the system article has and the gold lacks: extra facts, a wrong kind or date. */
function rulesOfMiss(diff: Record<string, unknown>, sa: ScoredArticle, resolveOrg: (n: string) => string): Record<string, Record<string, string[]>> {
  const all = factRules(sa, resolveOrg);
  const out: Record<string, Record<string, string[]>> = {};
  for (const [field, d] of Object.entries(diff)) {
    const keys = field === 'activity_kind' || field === 'activity_date' ? [String((d as { sys: unknown }).sys)]
      : (d as { extra?: string[] }).extra ?? [];
    for (const k of keys) if (all[field]?.[k]) (out[field] ??= {})[k] = all[field]![k]!;
  }
  return out;
}

/** A gold article whose activity carries a `date` key (null included) is scored on it. */
const datedGold = (a: ScoredArticle): a is ScoredArticle & { activity: { date: string | null } } =>
  a.activity !== undefined && 'date' in a.activity;

/** `000_9ff4.txt` or `dir/000_9ff4.json` -> `000_9ff4.json`, the name score.mjs pairs pages by. */
export const pageKey = (file: string): string => `${file.replace(/^.*[\\/]/, '').replace(/\.(txt|json)$/i, '')}.json`;

/**
 * Scores system pages against gold pages, paired by file name. Every gold page
 * counts (a missing system page finds nothing); system pages with no gold are ignored.
 */
export function scorePages(gold: ScoredPage[], sys: ScoredPage[], opts: { rules?: boolean } = {}): ScoreReport {
  const T = Object.fromEntries(SET_FIELDS.map((k) => [k, new Tally()])) as Record<(typeof SET_FIELDS)[number], Tally>;
  const A = { headline: new Acc(), activity_kind: new Acc(), org_kind: new Acc(), activity_date: new Acc(), issue_date: new Acc() };
  const misses: Miss[] = [];
  const sysByKey = new Map(sys.map((p) => [pageKey(p.file), asSimplified(p)]));
  const golds = [...gold].sort((a, b) => (pageKey(a.file) < pageKey(b.file) ? -1 : pageKey(a.file) > pageKey(b.file) ? 1 : 0));

  for (const gp of golds) {
    const gf = pageKey(gp.file);
    const sp = sysByKey.get(gf);
    const sysArts = sp?.articles ?? [];
    const used = new Set<number>();
    // Dates are scored only where the gold gives them (a key present, null included): GUIDELINE.md, "Dates".
    if ('issue_date' in gp) A.issue_date.add((sp?.issue_date ?? null) === gp.issue_date);
    for (const [gi, ga] of (gp.articles ?? []).entries()) {
      const anchor = norm(ga.anchor);
      const si = sysArts.findIndex((s, k) => !used.has(k)
        && norm([s.headline, ...(s.alt_titles ?? []), s.body].join('\n')).includes(anchor));
      const sa = si >= 0 ? sysArts[si] : null;
      if (si >= 0) used.add(si);
      const resolve = orgResolver(ga);
      const g = facts(ga, resolve), s = facts(sa, resolve);
      T.articles.tp += sa ? 1 : 0;
      T.articles.fn += sa ? 0 : 1;
      for (const k of Object.keys(g) as FactField[]) T[k].add(g[k], s[k]);
      if (sa) {
        const titles = [ga.headline, ...(ga.alt_titles ?? [])].filter(Boolean).map(norm);
        A.headline.add(ga.headline === null ? !sa.headline || titles.includes(norm(sa.headline))
          : titles.includes(norm(sa.headline)));
        A.activity_kind.add(sa.activity?.kind === ga.activity?.kind);
        if (datedGold(ga)) A.activity_date.add((sa.activity?.date ?? null) === ga.activity.date);
        const kinds = new Map((sa.organizations ?? []).map((o) => [resolve(o.name), o.kind]));
        for (const o of ga.organizations ?? []) if (kinds.has(norm(o.name))) A.org_kind.add(kinds.get(norm(o.name)) === o.kind);
      }
      const diff: Record<string, unknown> = {};
      for (const k of Object.keys(g) as FactField[]) {
        const gs = new Set(g[k]), ss = new Set(s[k]);
        const miss = [...gs].filter((x) => !ss.has(x)), extra = [...ss].filter((x) => !gs.has(x));
        if (miss.length || extra.length) diff[k] = { missing: miss, extra };
      }
      if (!sa) diff.article = 'not found';
      else if (sa.activity?.kind !== ga.activity?.kind) diff.activity_kind = { gold: ga.activity?.kind, sys: sa.activity?.kind };
      if (sa && datedGold(ga) && (sa.activity?.date ?? null) !== ga.activity.date) {
        diff.activity_date = { gold: ga.activity.date, sys: sa.activity?.date ?? null };
      }
      if (Object.keys(diff).length) {
        const because = opts.rules && sa ? rulesOfMiss(diff, sa, resolve) : {};
        misses.push({ page: gf, article: gi + 1, headline: ga.headline ?? null, diff, ...(Object.keys(because).length ? { rules: because } : {}) });
      }
    }
    for (const [k, sa] of sysArts.entries()) {
      if (used.has(k)) continue;
      T.articles.fp++;
      const s = facts(sa, orgResolver(null));
      for (const key of Object.keys(s) as FactField[]) T[key].add([], s[key]);
      // an article no gold article claims: every fact of it is a false positive, and so is the split that made it
      if (opts.rules) misses.push({ page: gf, article: 0, headline: sa.headline ?? null, diff: { article: 'spurious' }, rules: factRules(sa, orgResolver(null)) });
    }
  }

  const fields = SET_FIELDS.map((k) => ({ field: k, p: T[k].p, r: T[k].r, f1: T[k].f, tp: T[k].tp, fp: T[k].fp, fn: T[k].fn }));
  // Date accuracies appear only where some gold gives dates; they are not part of `overall`.
  const accuracy = Object.entries(A).filter(([k, a]) => a.n > 0 || !k.endsWith('_date'))
    .map(([k, a]) => ({ field: k, accuracy: a.v, n: a.n }));
  const overall = (OVERALL_FIELDS.reduce((x, k) => x + T[k].f, 0) + A.headline.v + A.activity_kind.v) / (OVERALL_FIELDS.length + 2);
  return { overall, fields, accuracy, misses };
}

/** The report as score.mjs prints it: a table, or JSON with `--json`; misses only with `detail`. */
export function formatReport(r: ScoreReport, opts: { json?: boolean; detail?: boolean } = {}): string {
  if (opts.json) {
    return JSON.stringify({ overall: r.overall, fields: r.fields, accuracy: r.accuracy, misses: opts.detail ? r.misses : undefined }, null, 2);
  }
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const out = ['field               P      R      F1     tp   fp   fn'];
  for (const f of r.fields) {
    out.push(`${f.field.padEnd(18)}${pct(f.p)} ${pct(f.r)} ${pct(f.f1)}  ${String(f.tp).padStart(4)} ${String(f.fp).padStart(4)} ${String(f.fn).padStart(4)}`);
  }
  for (const a of r.accuracy) out.push(`${a.field.padEnd(18)} accuracy ${pct(a.accuracy)}  (n=${a.n})`);
  if (opts.detail) for (const m of r.misses) out.push(JSON.stringify(m));
  out.push(`overall ${(100 * r.overall).toFixed(1)}`);
  return out.join('\n');
}
