// Positions as statements in time. Each HOLDS_POSITION is one article's
// statement of a person's titles in an organization, dated by its issue.
//   all statements      -> each title set once, with the first and last day stated
//   as of a day         -> per person and organization, what the latest statement
//                          on or before that day says (undated statements cannot be placed)
import type { PositionRow, PositionStatement } from './rows.ts';

const key = (s: PositionStatement) => JSON.stringify([s.person, s.organization, [...s.titles].sort()]);
const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** The same titles in the same organization, stated by several articles, are one position. */
export function mergePositions(statements: readonly PositionStatement[]): PositionRow[] {
  const byKey = new Map<string, PositionRow>();
  for (const s of statements) {
    const seen = byKey.get(key(s));
    if (!seen) {
      byKey.set(key(s), { person: s.person, organization: s.organization, titles: [...s.titles], articles: s.article ? [s.article] : [], firstSeen: s.date, lastSeen: s.date, evidence: s.evidence });
      continue;
    }
    if (s.article && !seen.articles.includes(s.article)) seen.articles.push(s.article);
    seen.firstSeen = min(seen.firstSeen, s.date);
    seen.lastSeen = max(seen.lastSeen, s.date);
  }
  return [...byKey.values()];
}

/**
 * What was true on `asOf`: for each person and organization, the titles of the
 * latest dated statement on or before that day (several on that day: all their
 * titles), with when that title set was first and last stated up to then.
 *   赵丽君 副主席 (2023-03-01), 赵丽君 主席 (2024-01-10): as of 2023-12-31 -> 副主席; as of 2024-06-01 -> 主席
 */
export function positionsAsOf(statements: readonly PositionStatement[], asOf: string): PositionRow[] {
  const dated = statements.filter((s) => s.date !== null && s.date <= asOf);
  const latest = new Map<string, string>();
  for (const s of dated) {
    const pair = JSON.stringify([s.person, s.organization]);
    latest.set(pair, max(latest.get(pair) ?? null, s.date)!);
  }
  const out: PositionRow[] = [];
  const byPair = new Map<string, PositionRow>();
  for (const s of dated) {
    const pair = JSON.stringify([s.person, s.organization]);
    if (s.date !== latest.get(pair)) continue;
    let row = byPair.get(pair);
    if (!row) {
      row = { person: s.person, organization: s.organization, titles: [], articles: [], firstSeen: s.date, lastSeen: s.date, evidence: s.evidence };
      byPair.set(pair, row);
      out.push(row);
    }
    for (const t of s.titles) if (!row.titles.includes(t)) row.titles.push(t);
    if (s.article && !row.articles.includes(s.article)) row.articles.push(s.article);
  }
  // How long the same titles had been stated: earlier statements of exactly these titles.
  for (const row of out) {
    const same = JSON.stringify([...row.titles].sort());
    for (const s of dated) {
      if (s.person !== row.person || s.organization !== row.organization || JSON.stringify([...s.titles].sort()) !== same) continue;
      row.firstSeen = min(row.firstSeen, s.date);
      if (s.article && !row.articles.includes(s.article)) row.articles.push(s.article);
    }
  }
  return out;
}
