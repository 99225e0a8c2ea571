// The shapes the resolvers pass around: one per node label (the node's
// properties as stored) and one per relationship list item.
export interface PageNode {
  id: string; file: string; hash: string | null; ingestedAt: string | null;
  issueDate: string | null; number: string | null; name: string | null;
}
export interface ArticleNode {
  id: string; page: string | null; index: number | null; headline: string | null;
  altTitles: string[] | null; section: string | null; body: string | null; date: string | null;
}
export interface ActivityNode {
  id: string; kind: string; article: string | null;
  /** The stored date (see graph/model.ts): the article's day or month, or its issue's day. */
  date: string | null; datePrecision: string | null; dateSource: string | null; dateText: string | null;
}
export interface PersonNode {
  id: string; name: string;
  /** How mentions of the name were resolved to this person (null for a person stored before resolution). */
  context?: string[]; mentions?: number | null; reason?: string | null; score?: number | null; mergedFrom?: string[];
}
export interface OrganizationNode { id: string; name: string; kind: string | null; aliases: string[] | null }
export interface DistrictNode { id: string; name: string }
export interface PlaceNode { id: string; name: string }

/**
 * A fact relationship's evidence as stored (EVIDENCE_PROPS in graph/model.ts): a span of its article's
 * body, or the line itself (`text`) where it is not in the body. Null for facts stored without it.
 */
export interface EvidenceRow { article: string | null; start: number; end: number; text: string | null; rules: string[] }

/** HOLDS_POSITION as stored: one article's statement, dated by its issue. */
export interface PositionStatement {
  person: string; organization: string; titles: string[]; article: string | null; date: string | null; evidence: EvidenceRow | null;
}
/** HOLDS_POSITION, merged over the articles that state the same titles, with the first and last day stated
 *  and the evidence of the first statement. */
export interface PositionRow {
  person: string; organization: string; titles: string[]; articles: string[];
  firstSeen: string | null; lastSeen: string | null; evidence: EvidenceRow | null;
}
/** PARTICIPATED_IN. */
export interface ParticipationRow { person: string; activity: string; roles: string[]; article: string | null; evidence: EvidenceRow | null }
/** AUTHORED. */
export interface AuthorshipRow { person: string; article: string; role: string; evidence: EvidenceRow | null }
/** A person connected to another one, with what they share. */
export interface AssociateRow { person: string; activities: string[]; organizations: string[] }

/** Rows of a batched statement grouped by their `parent` column, in the order of `keys`. */
export function groupBy<T>(keys: readonly string[], rows: Record<string, unknown>[], map: (row: Record<string, unknown>) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(String(row.parent))?.push(map(row));
  return keys.map((k) => groups.get(k) ?? []);
}

export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The evidence columns (`evStart`, `evEnd`, `evText`, `rules`) of a row; null where the fact has none stored. */
export function evidenceOf(row: Record<string, unknown>, article: string | null): EvidenceRow | null {
  const start = Number(row.evStart ?? 0), end = Number(row.evEnd ?? 0), text = str(row.evText), rules = strs(row.rules);
  // stored before evidence was kept, or written without it (facts given as gold files): an empty span and nothing else
  if (start === end && text === null && rules.length === 0) return null;
  return { article, start, end, text, rules };
}
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
