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
export interface PersonNode { id: string; name: string }
export interface OrganizationNode { id: string; name: string; kind: string | null; aliases: string[] | null }
export interface DistrictNode { id: string; name: string }
export interface PlaceNode { id: string; name: string }

/** HOLDS_POSITION as stored: one article's statement, dated by its issue. */
export interface PositionStatement { person: string; organization: string; titles: string[]; article: string | null; date: string | null }
/** HOLDS_POSITION, merged over the articles that state the same titles, with the first and last day stated. */
export interface PositionRow {
  person: string; organization: string; titles: string[]; articles: string[];
  firstSeen: string | null; lastSeen: string | null;
}
/** PARTICIPATED_IN. */
export interface ParticipationRow { person: string; activity: string; roles: string[]; article: string | null }
/** AUTHORED. */
export interface AuthorshipRow { person: string; article: string; role: string }
/** A person connected to another one, with what they share. */
export interface AssociateRow { person: string; activities: string[]; organizations: string[] }

/** Rows of a batched statement grouped by their `parent` column, in the order of `keys`. */
export function groupBy<T>(keys: readonly string[], rows: Record<string, unknown>[], map: (row: Record<string, unknown>) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(String(row.parent))?.push(map(row));
  return keys.map((k) => groups.get(k) ?? []);
}

export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
