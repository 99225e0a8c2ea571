// What the graph holds, in counts: `kg stats`. Every statement only reads,
// so it runs on a store opened read-only, beside a server that holds it.
import { SPELLING } from './export.ts';
import type { GraphStore } from './store.ts';

export const STATS_QUERIES = {
  // count(p.issueDate) counts the dated pages only; min and max skip the undated.
  pages: 'MATCH (p:Page) RETURN count(p) AS pages, count(p.issueDate) AS dated, min(p.issueDate) AS first, max(p.issueDate) AS last',
  articles: 'MATCH (a:Article) RETURN count(a) AS n',
  people: 'MATCH (x:Person) RETURN count(x) AS n',
  organizations: 'MATCH (x:Organization) RETURN count(x) AS n',
  activities: 'MATCH (v:Activity) RETURN v.kind AS kind, count(v) AS n ORDER BY kind',
} as const;

export interface GraphStats {
  pages: number;
  /** Pages with an issue date, and the first and last of those dates (`YYYY-MM-DD`; null when none is dated). */
  datedPages: number;
  issueDates: { first: string; last: string } | null;
  articles: number;
  people: number;
  organizations: number;
  /** Activities, one per article, and how many of each kind (spelled as in `kg export`, most first). */
  activities: { total: number; byKind: Record<string, number> };
}

export async function graphStats(store: GraphStore): Promise<GraphStats> {
  const one = async (q: string) => Number((await store.read(q))[0]?.n ?? 0);
  const [p] = await store.read(STATS_QUERIES.pages);
  const byKind = new Map<string, number>();
  for (const r of await store.read(STATS_QUERIES.activities)) {
    const kind = r.kind == null ? 'none' : SPELLING.activityKind(r.kind);
    byKind.set(kind, (byKind.get(kind) ?? 0) + Number(r.n));
  }
  const kinds = [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const first = p?.first, last = p?.last;
  return {
    pages: Number(p?.pages ?? 0),
    datedPages: Number(p?.dated ?? 0),
    issueDates: typeof first === 'string' && typeof last === 'string' ? { first, last } : null,
    articles: await one(STATS_QUERIES.articles),
    people: await one(STATS_QUERIES.people),
    organizations: await one(STATS_QUERIES.organizations),
    activities: { total: kinds.reduce((n, [, k]) => n + k, 0), byKind: Object.fromEntries(kinds) },
  };
}

/** The plain lines of `kg stats`. */
export function formatStats(s: GraphStats): string[] {
  const dates = s.issueDates ? `, issues ${s.issueDates.first} .. ${s.issueDates.last}` : '';
  const width = Math.max(0, ...Object.keys(s.activities.byKind).map((k) => k.length));
  return [
    `pages: ${s.pages} (${s.datedPages} with an issue date${dates})`,
    `articles: ${s.articles}`,
    `people: ${s.people}`,
    `organizations: ${s.organizations}`,
    `activities: ${s.activities.total}`,
    ...Object.entries(s.activities.byKind).map(([kind, n]) => `  ${kind.padEnd(width)}  ${n}`),
  ];
}
