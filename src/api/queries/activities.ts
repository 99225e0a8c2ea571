// Filtered, paged lists of activities and the dashboard's counts over them.
// A filter only adds the conditions it sets; values are parameters.
import { truncateDate, type Dialect } from '../../graph/dialect.ts';
import type { Statement } from '../../graph/store.ts';
import { personId } from '../ids.ts';
import { keysetClauses, type KeyOrder, type KeysetPage } from '../keyset.ts';
import type { DateRange } from '../types/dates.ts';

export interface ActivityFilter {
  kind?: string | null;
  /** District id (`district:东城区`), already resolved from what the user typed. */
  district?: string | null;
  /** Place id (`place:中关村`): the activity's article names that place. */
  place?: string | null;
  /** Organizer's canonical name or alias. */
  organizer?: string | null;
  /** Participant's name. */
  participant?: string | null;
  /** A participant role (`LED`); with `participant`, that person's role. */
  role?: string | null;
  /** Days of the activity (its own date, or its issue's where the article gives none), both ends included. */
  date?: DateRange | null;
}

/**
 * The activity variable is `a`, its article `src`. A filter on a district,
 * organizer or participant starts the match from that node and walks to its
 * activities (a key look-up and its relationships), instead of reading every
 * activity and testing each: the cost follows the answer, not the archive.
 */
const ARTICLE_STEP = ' MATCH (src:Article)-[:REPORTS]->(a)';

/**
 * Each EXISTS condition is its own `WITH … WHERE` step: the embedded store gives
 * wrong rows for a property test ANDed with an EXISTS subquery in one WHERE
 * (kind + district matched every visit), and the steps read the same on Neo4j.
 */
export const whereSteps = (vars: string, conds: string[]): string => conds.map((c) => ` WITH ${vars} WHERE ${c}`).join('');

/**
 * The first MATCH with the property tests in its own WHERE (`where`: the
 * MATCH's own condition, if any). The embedded store filters there as it
 * scans; a test in a later `WITH … WHERE` step is applied to rows already
 * carried, and cost three to four times as much: the organizers of two years'
 * activities over 10,000 pages took 58 ms that way and 18 ms in the MATCH.
 */
export function matchWhere(match: string, where: string | null, tests: string[]): string {
  const all = where ? [tests.length ? `(${where})` : where, ...tests] : tests;
  return all.length ? `${match} WHERE ${all.join(' AND ')}` : match;
}

/** `withArticle`: also bind the activity's article as `src` (a list orders by it; counts need no article); `also`: property tests of the caller's. */
export function activityConditions(f: ActivityFilter, withArticle = true, also: readonly string[] = []): { where: string; params: Record<string, unknown> } {
  const conds: string[] = [];
  const tests: string[] = [...also];
  const params: Record<string, unknown> = {};
  let start: { match: string; where: string | null } | null = null;
  // Inside EXISTS a value is tested in WHERE: the embedded store fails on a parameter in a subquery's node pattern.
  const from = (match: string, where: string | null, exists: string) => { if (start === null) start = { match, where }; else conds.push(exists); };
  if (f.participant || f.role) {
    const who = [...(f.participant ? ['fp.id = $participant'] : []), ...(f.role ? ['$role IN fr.roles'] : [])].join(' AND ');
    from(f.participant
      ? 'MATCH (fp:Person {id: $participant})-[fr:PARTICIPATED_IN]->(a:Activity)'
      : 'MATCH (fp:Person)-[fr:PARTICIPATED_IN]->(a:Activity)',
    f.role ? '$role IN fr.roles' : null,
    `EXISTS { MATCH (fp:Person)-[fr:PARTICIPATED_IN]->(a) WHERE ${who} }`);
    if (f.participant) params.participant = personId(f.participant);
    if (f.role) params.role = f.role;
  }
  if (f.organizer) {
    const named = 'fo.name = $organizer OR $organizer IN fo.aliases';
    from('MATCH (fo:Organization)-[:ORGANIZED]->(a:Activity)', named, `EXISTS { MATCH (fo:Organization)-[:ORGANIZED]->(a) WHERE ${named} }`);
    params.organizer = f.organizer;
  }
  if (f.district) {
    from('MATCH (fd:District {id: $district})<-[:TOOK_PLACE_IN]-(a:Activity)', null, 'EXISTS { MATCH (a)-[:TOOK_PLACE_IN]->(fd:District) WHERE fd.id = $district }');
    params.district = f.district;
  }
  if (f.place) {
    // An article reports one activity: each activity once per place its article names.
    from('MATCH (fpl:Place {id: $place})<-[:MENTIONS_PLACE]-(:Article)-[:REPORTS]->(a:Activity)', null,
      'EXISTS { MATCH (a)<-[:REPORTS]-(:Article)-[:MENTIONS_PLACE]->(fpl:Place) WHERE fpl.id = $place }');
    params.place = f.place;
  }
  if (f.kind) { tests.push('a.kind = $kind'); params.kind = f.kind; }
  dateConditions('a.date', f.date, tests, params);
  const first: { match: string; where: string | null } = start ?? { match: 'MATCH (a:Activity)', where: null };
  // A role alone matches an activity once per participant in that role, an alias once per organization that has it.
  const distinct = (!f.participant && f.role) || (f.organizer && !f.participant && !f.role) ? ' WITH DISTINCT a' : '';
  return { where: `${matchWhere(first.match, first.where, tests)}${distinct}${withArticle ? ARTICLE_STEP : ''}${whereSteps(withArticle ? 'src, a' : 'a', conds)}`, params };
}

/** `v.date` within the range: each end a parameter compared as a date, so the store can use its date index. */
export function dateConditions(v: string, range: DateRange | null | undefined, conds: string[], params: Record<string, unknown>): void {
  if (range?.from) { conds.push(`${v} >= date($dateFrom)`); params.dateFrom = range.from; }
  if (range?.to) { conds.push(`${v} <= date($dateTo)`); params.dateTo = range.to; }
}

/** One keyset page of activities, in the list's order (orders.ts). */
export const ACTIVITY = 'a.id AS id, a.kind AS kind, a.article AS article, a.date AS date, a.datePrecision AS datePrecision, a.dateSource AS dateSource, a.dateText AS dateText';

export function activitiesPage(f: ActivityFilter, order: KeyOrder, page: KeysetPage): Statement {
  const { where, params } = activityConditions(f);
  const k = keysetClauses(order.keys, page, 'src, a');
  return { cypher: `${where}${k.where} RETURN ${ACTIVITY}${k.returns}${k.tail}`, params: { ...params, ...k.params } };
}

/** The filter starts from one node (a district, participant, organizer or place): its matches are at most that node's relationships. */
export const startsFromNode = (f: ActivityFilter): boolean => Boolean(f.district || f.participant || f.organizer || f.place);

/**
 * The ids of the matching activities, each once and unordered: a list in page
 * order is sorted from them (an activity's page and place are in its id,
 * pagePlace), without the store joining every match to its article to sort
 * it. Over 10,000 pages a district's first page this way read 6,861 ids in
 * about 17 ms; sorted by the store through the articles it took 33–49 ms.
 */
export function activityIds(f: ActivityFilter): Statement {
  const { where, params } = activityConditions(f, false);
  return { cypher: `${where} RETURN DISTINCT a.id AS id`, params };
}

export function activitiesCount(f: ActivityFilter): Statement {
  const { where, params } = activityConditions(f, false);
  return { cypher: `${where} RETURN count(a) AS n`, params };
}

/** The store's own grouping of days for a series: each count is then one of the interval's first day. */
export type SeriesUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Matching activities per day (undated ones left out), for a time series; with
 * `by`, per key too. With an interval, per interval, each under its first day:
 * the store groups them, so ten years by kind is a few hundred rows, not one
 * per day and kind. Rows are counted as they come, as in activityBreakdown
 * (each key and activity is one row); a distinct count of the ids took three
 * times as long on the embedded store (a year by kind over 10,000 pages:
 * 32 ms, counted 11 ms, the same counts).
 */
export function activitiesPerDay(f: ActivityFilter, by?: Exclude<Breakdown, 'person' | 'involved'>, interval: SeriesUnit = 'day', dialect: Dialect = 'neo4j'): Statement {
  const { where, params } = activityConditions(f, false, ['a.date IS NOT NULL']);
  const day = truncateDate(dialect, interval, 'a.date');
  const step = by ? `${BREAKDOWN_STEP(by)}, ${day} AS day` : `WITH ${day} AS day`;
  return {
    cypher: `${where} ${step} RETURN ${by ? 'key, ' : ''}day, count(*) AS n ORDER BY ${by ? 'key, ' : ''}day`,
    params,
  };
}

/** `involved`: organizations an activity involves (organizer, or a participant's title there in the same article). */
export type Breakdown = 'kind' | 'district' | 'organizer' | 'person' | 'involved';

/** What each breakdown counts: the pattern from a bound activity `a`, and its key. */
const BREAKDOWN: Record<Breakdown, { pattern: string; key: string }> = {
  kind: { pattern: '', key: 'a.kind' },
  district: { pattern: '(a)-[:TOOK_PLACE_IN]->(d:District)', key: 'd.id' },
  organizer: { pattern: '(o:Organization)-[:ORGANIZED]->(a)', key: 'o.id' },
  person: { pattern: '(p:Person)-[:PARTICIPATED_IN]->(a)', key: 'p.id' },
  involved: { pattern: '(o:Organization)-[:INVOLVED_IN]->(a)', key: 'o.id' },
};
/** Only the key goes on: carrying `a` too made the store's grouping a fifth slower (by kind over 10,000 pages: 16 ms, 13 without). */
const BREAKDOWN_STEP = (by: Breakdown): string => `${BREAKDOWN[by].pattern ? `MATCH ${BREAKDOWN[by].pattern} ` : ''}WITH ${BREAKDOWN[by].key} AS key`;

const unfiltered = (f: ActivityFilter): boolean => !f.kind && !f.district && !f.place && !f.organizer && !f.participant && !f.role && !f.date?.from && !f.date?.to;

/**
 * `key, n` from bound `a`s: grouped by the node the key is of, then keyed. A
 * store groups nodes by their identity; grouped by the id string, the
 * participants of 62,000 activities (100,000 people) took 420 ms on the
 * embedded store, by the node 70 ms, for the same rows.
 */
function countBy(by: Breakdown): string {
  const { pattern, key } = BREAKDOWN[by];
  if (!pattern) return `WITH ${key} AS key, count(*) AS n`;
  const node = key.split('.')[0];
  return `MATCH ${pattern} WITH ${node}, count(*) AS n WITH ${key} AS key, n`;
}

/**
 * Number of matching activities per kind, district, organizer or participant;
 * largest first. Each (key, activity) pair is one relationship (plan.ts writes
 * a pair once, and a filter that could repeat an activity makes it distinct),
 * so rows are counted as they come; with no filter the pattern alone is read.
 */
export function activityBreakdown(f: ActivityFilter, by: Breakdown, limit: number): Statement {
  const { where, params } = unfiltered(f) ? { where: 'MATCH (a:Activity)', params: {} } : activityConditions(f, false);
  return {
    cypher: `${where} ${countBy(by)} RETURN key, n ORDER BY n DESC, key LIMIT $limit`,
    params: { ...params, limit },
  };
}
