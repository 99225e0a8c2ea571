// Who is connected to whom: associates (shared activities and organizations)
// and the shortest explained chain between two nodes.
import { NODE_LABELS, RELS, type NodeLabel } from '../../graph/model.ts';
import type { Statement } from '../../graph/store.ts';
import type { DateRange } from '../types/dates.ts';
import { dateConditions } from './activities.ts';
import { mapList, pathRels, relProps, shortestPathMatch, shortestPathParams, typeOf, type Dialect } from '../../graph/dialect.ts';

/**
 * For each person: the other people sharing an activity or an organization,
 * one row per associate and kind of tie, with the shared ids (the store groups them). With a date range, only activities on those days
 * and positions both stated by articles of those days count.
 */
export function associatesOfPeople(ids: readonly string[], range: DateRange | null = null): Statement {
  const params: Record<string, unknown> = { ids: [...ids] };
  const onDays = (v: string) => {
    const conds: string[] = [];
    dateConditions(v, range, conds, params);
    return conds.map((c) => ` AND ${c}`).join('');
  };
  return {
    cypher: `UNWIND $ids AS key MATCH (p:Person {id: key})-[:PARTICIPATED_IN]->(a:Activity)<-[:PARTICIPATED_IN]-(q:Person) WHERE q.id <> key${onDays('a.date')}`
      + " RETURN key AS parent, q.id AS person, 'activity' AS via, collect(DISTINCT a.id) AS shared"
      + ` UNION ALL UNWIND $ids AS key MATCH (p:Person {id: key})-[h:HOLDS_POSITION]->(o:Organization)<-[k:HOLDS_POSITION]-(q:Person) WHERE q.id <> key${onDays('h.date')}${onDays('k.date')}`
      + " RETURN key AS parent, q.id AS person, 'organization' AS via, collect(DISTINCT o.id) AS shared",
    params,
  };
}

/** A path end: its id and label (known from the id's prefix). */
export interface Endpoint { id: string; label: NodeLabel }

/** Labels come from the closed list, never from input text. */
function label(e: Endpoint): NodeLabel {
  if (!NODE_LABELS.includes(e.label)) throw new Error(`unknown label ${e.label}`);
  return e.label;
}

/** What a path may go through: some relationship types only, and no node of `avoid` between its ends. */
export interface PathFilter { via?: readonly string[]; avoid?: readonly string[] }

/**
 * The shortest undirected path between two nodes, as parallel lists: the node
 * ids, and for each hop its type, provenance and the properties a hop can have.
 * `maxHops` is a validated integer: neither store takes it as a parameter.
 */
export function shortestPath(dialect: Dialect, from: Endpoint, to: Endpoint, maxHops: number, filter: PathFilter = {}): Statement {
  const rels = pathRels(dialect, 'p');
  // A property no allowed type has is null for the whole path: Ladybug will not
  // read a property its relationship tables lack.
  const types = filter.via?.length ? filter.via : RELS.map((r) => r.type);
  const held = new Set(types.flatMap((type) => Object.keys(relProps(type))));
  const each = (prop: string) => (held.has(prop) ? mapList(dialect, rels, 'r', `r.${prop}`) : 'NULL');
  const match = shortestPathMatch(dialect, { path: 'p', from: '(a)', to: '(b)', maxHops, ...filter });
  return {
    cypher: `MATCH (a:${label(from)} {id: $from}), (b:${label(to)} {id: $to}) ${match}`
      + ` RETURN ${mapList(dialect, 'nodes(p)', 'n', 'n.id')} AS nodes, ${mapList(dialect, rels, 'r', typeOf(dialect, 'r'))} AS types,`
      + ` ${each('article')} AS articles, ${each('roles')} AS roles, ${each('titles')} AS titles,`
      + ` ${each('role')} AS role, ${each('occupation')} AS occupation,`
      + ` ${each('evStart')} AS evStart, ${each('evEnd')} AS evEnd, ${each('evText')} AS evText, ${each('rules')} AS rules LIMIT 1`,
    params: { from: from.id, to: to.id, ...shortestPathParams(dialect, filter) },
  };
}
