// Turns one page's extraction into the rows the ingester writes: nodes by
// label and relationships by type, each fact with its provenance (`article`)
// and its `position` in the article's list. Pure: no store, no clock.
import type { Evidence, PageExtraction } from '../extract/types.ts';
import { activityId, articleId, districtId, orgId, pageId, personId, placeId } from './ids.ts';
import type { EntityLabel } from './statements.ts';

type Rows = Record<string, unknown>[];

export interface PagePlan {
  page: string;
  /** The page node's issue date, number and name (null where unknown). */
  pageProps: { issueDate: string | null; number: string | null; name: string | null };
  /** Article and Activity rows (always new: the page's old ones are deleted first). */
  articles: Rows;
  activities: Rows;
  /** Entity rows by label, one per id (first occurrence wins). */
  entities: Record<EntityLabel, Map<string, Record<string, unknown>>>;
  /** Relationship rows by type, in a fixed order. */
  rels: Record<string, Rows>;
}

/** The person node a name of an article is (PeopleResolver's decision); by default the node of the name. */
export type PersonOf = (article: number, name: string) => string;

export function planPage(extraction: PageExtraction, personOf: PersonOf = (_a, name) => personId(name)): PagePlan {
  const file = extraction.file;
  const issueDate = extraction.issue_date ?? null;
  const plan: PagePlan = {
    page: pageId(file),
    pageProps: { issueDate, number: extraction.page_number ?? null, name: extraction.page_name ?? null },
    articles: [],
    activities: [],
    entities: { Person: new Map(), Organization: new Map(), District: new Map(), Place: new Map() },
    rels: Object.fromEntries(REL_ORDER.map((t) => [t, [] as Rows])),
  };
  let index = 0;
  const person = (name: string) => add(plan, 'Person', personOf(index, name), { name });
  const org = (name: string, kind: string | null = null, aliases: string[] = []) =>
    add(plan, 'Organization', orgId(name), { name, kind, aliases });
  const district = (name: string) => add(plan, 'District', districtId(name), { name });
  const place = (name: string) => add(plan, 'Place', placeId(name), { name });
  const rel = (type: string, row: Record<string, unknown>) => plan.rels[type].push(row);

  extraction.articles.forEach((a, i) => {
    index = i;
    const article = articleId(file, index);
    const activity = activityId(file, index);
    plan.articles.push({
      id: article, page: plan.page, position: index, headline: a.headline, altTitles: a.alt_titles,
      section: a.section, body: a.body ?? '', date: issueDate,
    });
    plan.activities.push({ id: activity, kind: a.activity.kind, article, ...activityDate(a.activity.date ?? null, a.activity.date_text ?? null, issueDate) });
    rel('HAS_ARTICLE', { from: plan.page, to: article });
    rel('REPORTS', { from: article, to: activity });
    const ev = (x: { evidence?: Evidence; rules?: readonly string[] }) => evidenceProps(x.evidence, x.rules);
    const act = a.activity;
    a.authors.forEach((x, position) =>
      rel('AUTHORED', { from: person(x.name), to: article, article, role: x.role, position, ...ev(x) }));
    a.people.forEach((x, position) =>
      rel('MENTIONS_PERSON', { from: article, to: person(x.name), article, occupation: x.occupation, position, ...ev(x) }));
    a.organizations.forEach((x, position) =>
      rel('MENTIONS_ORG', { from: article, to: org(x.name, x.kind, x.aliases), article, aliases: x.aliases, kind: x.kind, position, ...ev(x) }));
    (a.places ?? []).forEach((x, position) => {
      const id = place(x.name);
      rel('MENTIONS_PLACE', { from: article, to: id, article, position, ...ev(x) });
      if (x.district !== null) rel('IN_DISTRICT', { from: id, to: district(x.district), article, position, ...ev(x) });
    });
    // One relationship per pair (a name listed twice is one fact): the dashboard counts relationships.
    once(a.participants, (x) => x.name).forEach((x, position) =>
      rel('PARTICIPATED_IN', { from: person(x.name), to: activity, article, roles: x.roles, position, ...ev(x) }));
    once(act.organizers, (x) => x).forEach((name, position) =>
      rel('ORGANIZED', { from: org(name), to: activity, article, position, ...evidenceProps(act.evidence?.organizers[name], act.rules?.organizers[name]) }));
    once(act.districts, (x) => x).forEach((name, position) =>
      rel('TOOK_PLACE_IN', { from: activity, to: district(name), article, position, ...evidenceProps(act.evidence?.districts[name], act.rules?.districts[name]) }));
    a.positions.forEach((x, position) =>
      rel('HOLDS_POSITION', { from: person(x.name), to: org(x.organization), article, titles: x.titles, position, date: issueDate, ...ev(x) }));
    const present = new Set(a.participants.map((x) => x.name));
    const involved = new Set([...a.activity.organizers, ...a.positions.filter((x) => present.has(x.name)).map((x) => x.organization)]);
    for (const name of involved) rel('INVOLVED_IN', { from: orgId(name), to: activity, article });
  });
  return plan;
}

/**
 * An activity's stored date: the day or month the article gives (`2024-01`
 * is kept as its first day with precision `month`), else the issue date,
 * marked as such, else none.
 */
export function activityDate(date: string | null, text: string | null, issueDate: string | null) {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return { date, datePrecision: 'day', dateSource: 'article', dateText: text };
  if (date && /^\d{4}-\d{2}$/.test(date)) return { date: `${date}-01`, datePrecision: 'month', dateSource: 'article', dateText: text };
  if (issueDate) return { date: issueDate, datePrecision: 'day', dateSource: 'issue', dateText: null };
  return { date: null, datePrecision: null, dateSource: null, dateText: null };
}

export const REL_ORDER = [
  'HAS_ARTICLE', 'REPORTS', 'AUTHORED', 'MENTIONS_PERSON', 'MENTIONS_ORG', 'MENTIONS_PLACE',
  'IN_DISTRICT', 'PARTICIPATED_IN', 'ORGANIZED', 'TOOK_PLACE_IN', 'HOLDS_POSITION', 'INVOLVED_IN',
] as const;

/** A fact's evidence as relationship properties (EVIDENCE_PROPS in model.ts): its span of the body, or an
 *  empty span and the line itself where it is not in the body; an empty span alone for a fact given
 *  without evidence. (Offsets are never null: the embedded store cannot type a batch of null integers.) */
export function evidenceProps(e: Evidence | undefined, rules: readonly string[] | undefined) {
  const inBody = e !== undefined && e.start !== null;
  return {
    evStart: inBody ? e.start : 0, evEnd: inBody ? e.end : 0,
    evText: e && !inBody ? e.text : null,
    rules: rules ? [...rules] : [],
  };
}

/** The items with a key not seen before, in order. */
const once = <T>(items: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(key(x)) && seen.add(key(x)) !== undefined);
};

/** Adds an entity once; a later, fuller mention (an organization with a kind) fills in what the first lacked. */
function add(plan: PagePlan, label: EntityLabel, id: string, props: Record<string, unknown>): string {
  const seen = plan.entities[label].get(id);
  if (!seen) plan.entities[label].set(id, { id, ...props });
  else if (label === 'Organization' && seen.kind === null && props.kind !== null) seen.kind = props.kind;
  return id;
}

/** Several pages' plans as one write: rows concatenated, each entity once (as `add` does within a page). */
export function mergePlans(plans: PagePlan[]): PagePlan {
  const out: PagePlan = {
    page: plans.map((p) => p.page).join(' '),
    pageProps: { issueDate: null, number: null, name: null },
    articles: plans.flatMap((p) => p.articles),
    activities: plans.flatMap((p) => p.activities),
    entities: { Person: new Map(), Organization: new Map(), District: new Map(), Place: new Map() },
    rels: Object.fromEntries(REL_ORDER.map((t) => [t, plans.flatMap((p) => p.rels[t])])),
  };
  for (const p of plans) {
    for (const [label, rows] of Object.entries(p.entities) as [EntityLabel, Map<string, Record<string, unknown>>][]) {
      for (const [id, row] of rows) add(out, label, id, { ...row });
    }
  }
  return out;
}

/** Every entity id the plan needs, whatever its label. */
export const plannedIds = (plan: PagePlan): string[] =>
  Object.values(plan.entities).flatMap((m) => [...m.keys()]);
