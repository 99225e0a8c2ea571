// Reads the graph back out as page extractions (the format of `kg extract`):
// the facts of each article from the relationships that carry its id as
// provenance, each list in its stored `position` order, with the evidence and
// rules each relationship keeps, and each page's hash.
//
// Kinds and roles are written in the one spelling of the extraction's files,
// the one the scorer compares exactly: activity kinds, organization kinds and
// author roles lower case (`visit`, `union`, `reporter`), participant roles
// upper case (`LED`, `ATTENDED`), whatever case the store holds them in (the
// API's enums are all upper case; a store filled by other means may be too).
import {
  ACTIVITY_KINDS, AUTHOR_ROLES, ORG_KINDS, PARTICIPANT_ROLES,
  type ActivityKind, type ArticleFacts, type AuthorRole, type Evidence, type OrgKind, type PageExtraction, type ParticipantRole,
} from '../extract/types.ts';
import type { RuleId } from '../extract/rules.ts';
import type { GraphStore, Row } from './store.ts';

export const EXPORT_QUERIES = {
  pages: 'MATCH (p:Page) RETURN p.id AS id, p.file AS file, p.hash AS hash, p.issueDate AS issueDate, p.number AS number, p.name AS name ORDER BY file',
  articles: 'MATCH (a:Article) RETURN a.id AS id, a.page AS page, a.position AS position, a.headline AS headline, a.altTitles AS altTitles, a.section AS section, a.body AS body',
  activities: 'MATCH (v:Activity) RETURN v.article AS article, v.kind AS kind, v.date AS date, v.datePrecision AS precision, v.dateSource AS source, v.dateText AS dateText',
  authors: 'MATCH (x:Person)-[r:AUTHORED]->(:Article) RETURN r.article AS article, r.position AS position, x.name AS name, r.role AS role, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
  people: 'MATCH (:Article)-[r:MENTIONS_PERSON]->(x:Person) RETURN r.article AS article, r.position AS position, x.name AS name, r.occupation AS occupation, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
  organizations: 'MATCH (:Article)-[r:MENTIONS_ORG]->(x:Organization) RETURN r.article AS article, r.position AS position, x.name AS name, r.aliases AS aliases, r.kind AS kind, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
  places: 'MATCH (:Article)-[r:MENTIONS_PLACE]->(x:Place) RETURN r.article AS article, r.position AS position, x.name AS name, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
  placeDistricts: 'MATCH (:Place)-[r:IN_DISTRICT]->(d:District) RETURN r.article AS article, r.position AS position, d.name AS name',
  participants: 'MATCH (x:Person)-[r:PARTICIPATED_IN]->(:Activity) RETURN r.article AS article, r.position AS position, x.name AS name, r.roles AS roles, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
  organizers: 'MATCH (x:Organization)-[r:ORGANIZED]->(:Activity) RETURN r.article AS article, r.position AS position, x.name AS name, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
  districts: 'MATCH (:Activity)-[r:TOOK_PLACE_IN]->(d:District) RETURN r.article AS article, r.position AS position, d.name AS name, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
  positions: 'MATCH (x:Person)-[r:HOLDS_POSITION]->(o:Organization) RETURN r.article AS article, r.position AS position, x.name AS name, o.name AS organization, r.titles AS titles, r.evStart AS evStart, r.evEnd AS evEnd, r.evText AS evText, r.rules AS rules',
} as const;

/** Every page in the graph (or only the named files), ordered by file name. */
export async function exportPages(store: GraphStore, files?: string[]): Promise<PageExtraction[]> {
  const rows = {} as Record<keyof typeof EXPORT_QUERIES, Row[]>;
  for (const [k, q] of Object.entries(EXPORT_QUERIES)) rows[k as keyof typeof EXPORT_QUERIES] = await store.read(q);
  const byArticle = (list: Row[]) => {
    const m = new Map<string, Row[]>();
    for (const r of [...list].sort((a, b) => Number(a.position) - Number(b.position))) {
      const key = String(r.article);
      if (!m.has(key)) m.set(key, []);
      m.get(key)!.push(r);
    }
    return (article: string) => m.get(article) ?? [];
  };
  const authors = byArticle(rows.authors), people = byArticle(rows.people), orgs = byArticle(rows.organizations);
  const places = byArticle(rows.places), placeDistricts = byArticle(rows.placeDistricts);
  const participants = byArticle(rows.participants), organizers = byArticle(rows.organizers);
  const districts = byArticle(rows.districts), positions = byArticle(rows.positions);
  const activityOf = new Map(rows.activities.map((r) => [String(r.article), r]));

  const articlesOf = new Map<string, Row[]>();
  for (const a of [...rows.articles].sort((x, y) => Number(x.position) - Number(y.position))) {
    const page = String(a.page);
    if (!articlesOf.has(page)) articlesOf.set(page, []);
    articlesOf.get(page)!.push(a);
  }
  const wanted = files && new Set(files);
  return rows.pages.filter((p) => !wanted || wanted.has(String(p.file))).map((p) => ({
    file: String(p.file),
    ...(typeof p.hash === 'string' ? { hash: p.hash } : {}),
    issue_date: (p.issueDate as string | null) ?? null,
    ...present({ page_number: p.number as string | null, page_name: p.name as string | null }),
    articles: (articlesOf.get(String(p.id)) ?? []).map((a): ArticleFacts => {
      const id = String(a.id);
      const districtAt = new Map(placeDistricts(id).map((d) => [Number(d.position), String(d.name)]));
      const body = (a.body as string | null) ?? '';
      const ev = (r: Row) => traced(r, body);
      const byName = (list: Row[], part: 'rules' | 'evidence') => Object.fromEntries(list.flatMap((r) => {
        const t = ev(r)[part];
        return t ? [[String(r.name), t]] : [];
      }));
      const actDistricts = districts(id), actOrganizers = organizers(id);
      const stated = [...actDistricts, ...actOrganizers].some((r) => ev(r).rules);
      return {
        headline: a.headline as string | null,
        alt_titles: (a.altTitles as string[] | null) ?? [],
        section: a.section as string | null,
        authors: authors(id).map((r) => ({ name: String(r.name), role: SPELLING.authorRole(r.role), ...ev(r) })),
        activity: {
          kind: SPELLING.activityKind(activityOf.get(id)?.kind),
          districts: actDistricts.map((r) => String(r.name)),
          organizers: actOrganizers.map((r) => String(r.name)),
          // the store keeps the evidence and rules of each district and organizer, not those of the kind and date
          ...(stated ? {
            rules: { districts: byName(actDistricts, 'rules'), organizers: byName(actOrganizers, 'rules') },
            evidence: { districts: byName(actDistricts, 'evidence'), organizers: byName(actOrganizers, 'evidence') },
          } : {}),
          ...articleDate(activityOf.get(id)),
        } as ArticleFacts['activity'],
        participants: participants(id).map((r) => ({ name: String(r.name), roles: ((r.roles as unknown[] | null) ?? []).map(SPELLING.participantRole), ...ev(r) })),
        positions: positions(id).map((r) => ({ name: String(r.name), organization: String(r.organization), titles: (r.titles as string[]) ?? [], ...ev(r) })),
        people: people(id).map((r) => ({ name: String(r.name), occupation: (r.occupation as string | null) ?? null, ...ev(r) })),
        organizations: orgs(id).map((r) => ({ name: String(r.name), aliases: (r.aliases as string[]) ?? [], kind: SPELLING.orgKind(r.kind), ...ev(r) })),
        places: places(id).map((r) => ({ name: String(r.name), district: districtAt.get(Number(r.position)) ?? null, ...ev(r) })),
        body,
      };
    }),
  }));
}

/** A relationship's stored rules and evidence as the extraction writes them (its text read from the body);
 *  nothing for a fact stored without them. */
export function traced(r: Row, body: string): { rules?: RuleId[]; evidence?: Evidence } {
  const rules = Array.isArray(r.rules) ? (r.rules as RuleId[]) : [];
  const start = Number(r.evStart ?? 0), end = Number(r.evEnd ?? 0);
  const text = typeof r.evText === 'string' ? r.evText : null;
  if (!rules.length && text === null && start === end) return {};
  const evidence: Evidence = text !== null ? { text, start: null, end: null } : { text: body.slice(start, end), start, end };
  return { rules, evidence };
}

/** A closed list's own spelling of a value in any case; a value the list does not hold is given back as it is. */
function spelledAs<T extends string>(list: readonly T[]): (v: unknown) => T {
  const byLower = new Map(list.map((x) => [x.toLowerCase(), x]));
  return (v) => (typeof v === 'string' ? byLower.get(v.toLowerCase()) ?? v : v) as T;
}

export const SPELLING = {
  activityKind: spelledAs<ActivityKind>(ACTIVITY_KINDS),
  orgKind: spelledAs<OrgKind>(ORG_KINDS),
  authorRole: spelledAs<AuthorRole>(AUTHOR_ROLES),
  participantRole: spelledAs<ParticipantRole>(PARTICIPANT_ROLES),
};

/** The fields whose value is known: a store that has no date for a page or an activity leaves its key out. */
function present<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** The date as the article gave it: a day, or a month (`YYYY-MM`); a date taken from the issue is no date of the article's. */
function articleDate(r: Row | undefined): { date: string | null; date_text?: string } {
  if (!r || r.source !== 'article' || typeof r.date !== 'string') return { date: null };
  const date = r.precision === 'month' ? r.date.slice(0, 7) : r.date;
  return typeof r.dateText === 'string' ? { date, date_text: r.dateText } : { date };
}
