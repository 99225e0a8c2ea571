// What a field costs the query-cost limit (src/server/plugins/queryLimits.ts),
// per time it is resolved, when it costs more than a look-up. Every other
// object field costs 1 and every other leaf 0: a record loaded by id, or a
// value already on it. A field here runs its own statement whose work grows
// with the archive (a scan, an aggregate over every activity, a graph search),
// so a few hundred of them through aliases cost what they cost the store.
//
// Weights are in look-ups: 10 is a statement about ten times a look-up's work
// on the seed archive, and grows with the archive where a look-up does not.
import { DEFAULT_PATH_HOPS, MAX_PATH_HOPS } from './limits.ts';

/** The arguments of one selection, as far as they are known before the query runs. */
export interface CostArgs {
  /** An integer argument given inline or as a variable; null when absent. */
  int(name: string): number | null;
  /** Whether the argument is given at all. */
  has(name: string): boolean;
}

export interface FieldCost {
  /** `Type.field`, as the schema names them. */
  field: string;
  /** Cost per time the field is resolved. */
  cost(args: CostArgs): number;
  why: string;
}

/** A shortest-path search at `maxHops`: the neighbourhood it may visit doubles, or more, with each hop. */
export const pathCost = (maxHops: number) => 25 * 2 ** (maxHops - 1);

const AGGREGATE = 10;
const BREAKDOWN = 20;
const SERIES = 50;
const SCAN = 10;
const FILTERED = 5;

export const FIELD_COSTS: readonly FieldCost[] = [
  // Hops past the ceiling are priced at it: the resolver refuses them, saying what the ceiling is.
  { field: 'Query.path', cost: (a) => pathCost(Math.min(a.int('maxHops') ?? DEFAULT_PATH_HOPS, MAX_PATH_HOPS)),
    why: `a variable-length search from both ends: with no path it visits every node within maxHops, which roughly doubles per hop (${pathCost(4)} at the default 4 hops, ${pathCost(6)} at 6)` },
  { field: 'Query.stats', cost: () => 1, why: 'only the filter: each count below is its own statement' },
  { field: 'Stats.activityCount', cost: () => AGGREGATE, why: 'counts every activity the filter selects' },
  { field: 'Stats.byKind', cost: () => BREAKDOWN, why: 'groups every activity the filter selects' },
  { field: 'Stats.byDistrict', cost: () => BREAKDOWN, why: 'groups every activity the filter selects by its districts' },
  { field: 'Stats.byOrganizer', cost: () => BREAKDOWN, why: 'groups every selected activity by its organizers, a join' },
  { field: 'Stats.topPeople', cost: () => BREAKDOWN, why: 'groups every selected activity by its participants, a join' },
  { field: 'Stats.topOrganizations', cost: () => BREAKDOWN, why: 'groups every selected activity by the organizations involved, a join' },
  { field: 'Stats.series', cost: () => SERIES, why: 'groups every selected activity by interval and line, then fills the empty intervals' },
  { field: 'Person.associates', cost: () => AGGREGATE, why: 'two hops out: every activity and organization of the person, and everyone else in them' },
  { field: 'Query.people', cost: (a) => (a.has('search') ? SCAN : 1), why: 'a search tests every name (CONTAINS has no index)' },
  { field: 'Query.organizations', cost: (a) => (a.has('search') ? SCAN : 1), why: 'a search tests every name and alias (CONTAINS has no index)' },
  { field: 'Query.activities', cost: (a) => (a.has('filter') ? FILTERED : 1), why: 'a filter reads past the activities it does not keep, and counts what it keeps' },
  { field: 'Query.articles', cost: (a) => (a.has('filter') ? FILTERED : 1), why: 'a filter reads past the articles it does not keep' },
];

const BY_FIELD = new Map(FIELD_COSTS.map((c) => [c.field, c]));

/** What resolving `type.field` once costs: its weight, else 1 for an object and 0 for a leaf. */
export function fieldCost(type: string, field: string, leaf: boolean, args: CostArgs): number {
  const rule = BY_FIELD.get(`${type}.${field}`);
  return rule ? rule.cost(args) : leaf ? 0 : 1;
}
