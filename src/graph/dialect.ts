// The few places where Neo4j's Cypher and LadybugDB's Cypher differ. Every
// other statement of the project is written once and runs on both stores.
//
//   schema          Ladybug declares typed node/rel tables (the primary key is
//                   the uniqueness constraint); Neo4j is schema-free and gets
//                   uniqueness constraints plus indexes instead.
//   shortest path   Ladybug: (a)-[:T|:U* SHORTEST 1..4 (r, n | WHERE NOT n.id IN [...])]-(b)
//                   Neo4j:   shortestPath((a)-[:T|U*1..4]-(b)) WHERE none(n IN nodes(p)[1..-1] WHERE n.id IN $avoid)
//                   Ladybug binds no parameter inside a recursive pattern's
//                   predicate, so the ids to avoid are written as string
//                   literals there (escaped; the API passes only ids of nodes
//                   it has loaded).
//   path parts      Ladybug: rels(p);  Neo4j: relationships(p)
//   label / type    Ladybug: label(n), label(r);  Neo4j: labels(n)[0], type(r)
//   integers        Ladybug INT64 comes back as a JS number; Neo4j values come
//                   back as numbers because the driver runs with
//                   disableLosslessIntegers, and integral JS numbers are sent
//                   as Neo4j integers (see neo4j.ts), so `LIMIT $n` works.
//   list mapping    Ladybug has no list comprehension: list_transform(l, x -> e);
//                   Neo4j: [x IN l | e].
//   typed lists     Ladybug: CAST(l AS INT64[]) where a batch may hold only empty lists.
//   dates           Ladybug: date_trunc('month', d);  Neo4j: date.truncate('month', d).
import { DERIVED_RELS, EVIDENCE_PROPS, NODES, RELS, type PropType } from './model.ts';
import { fulltextIndexStatements } from './search/neo4jSearch.ts';
import type { GraphStore } from './store.ts';

export type Dialect = GraphStore['dialect'];

/** DDL statements that create the schema if missing; each is safe to run again. */
export function schemaStatements(dialect: Dialect): string[] {
  if (dialect === 'ladybug') {
    const col = ([name, type]: [string, PropType]) => `${name} ${type}`;
    return [
      ...NODES.map((n) => `CREATE NODE TABLE IF NOT EXISTS ${n.label}(id STRING PRIMARY KEY${Object.entries(n.props).map((p) => ', ' + col(p)).join('')})`),
      ...RELS.map((r) => `CREATE REL TABLE IF NOT EXISTS ${r.type}(FROM ${r.from} TO ${r.to}${Object.entries(relProps(r.type)).map((p) => ', ' + col(p)).join('')})`),
      // A store made before a property existed gains its column (null on every old row).
      ...NODES.flatMap((n) => Object.entries(n.props).map((p) => `ALTER TABLE ${n.label} ADD IF NOT EXISTS ${col(p)}`)),
      ...RELS.flatMap((r) => Object.entries(relProps(r.type)).map((p) => `ALTER TABLE ${r.type} ADD IF NOT EXISTS ${col(p)}`)),
    ];
  }
  return [
    ...NODES.map((n) => `CREATE CONSTRAINT ${n.label.toLowerCase()}_id IF NOT EXISTS FOR (n:${n.label}) REQUIRE n.id IS UNIQUE`),
    // Page replacement finds old facts by their provenance.
    ...RELS.filter((r) => 'article' in relProps(r.type)).map((r) => `CREATE INDEX ${r.type.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${r.type}]-() ON (r.article)`),
    'CREATE INDEX article_page IF NOT EXISTS FOR (a:Article) ON (a.page)',
    'CREATE INDEX activity_article IF NOT EXISTS FOR (v:Activity) ON (v.article)',
    'CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)',
    'CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name)',
    // Time filters and series read these ranges.
    'CREATE INDEX activity_date IF NOT EXISTS FOR (v:Activity) ON (v.date)',
    'CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)',
    'CREATE INDEX page_issue_date IF NOT EXISTS FOR (p:Page) ON (p.issueDate)',
    // search (neo4jSearch.ts)
    ...fulltextIndexStatements(),
  ];
}

/** A relationship type's properties, with the provenance every fact carries and the evidence of one read from an article. */
export function relProps(type: string): Record<string, PropType> {
  const spec = RELS.find((r) => r.type === type);
  if (!spec) throw new Error(`unknown relationship type ${type}`);
  if (STRUCTURAL_RELS.has(type)) return { ...spec.props };
  return DERIVED_RELS.has(type) ? { article: 'STRING', ...spec.props } : { article: 'STRING', ...spec.props, ...EVIDENCE_PROPS };
}

/** Relationships that are page structure, not facts read from an article: no provenance. */
export const STRUCTURAL_RELS: ReadonlySet<string> = new Set(['HAS_ARTICLE', 'REPORTS']);

export interface ShortestPathOptions {
  /** Name of the path variable, e.g. `p`. */
  path: string;
  /** Pattern of the start node, e.g. `(a {id: $from})`. */
  from: string;
  /** Pattern of the end node, e.g. `(b {id: $to})`. */
  to: string;
  maxHops: number;
  /** All shortest paths instead of one. */
  all?: boolean;
  /** Only these relationship types (from the closed list); every type when absent or empty. */
  via?: readonly string[];
  /** Ids of nodes the path may not pass through (its two ends excepted). On Neo4j they are read from `$avoid`: see shortestPathParams. */
  avoid?: readonly string[];
}

/** `MATCH` clause binding a shortest undirected path between two node patterns. */
export function shortestPathMatch(dialect: Dialect, o: ShortestPathOptions): string {
  const hops = Math.max(1, Math.floor(o.maxHops));
  const via = (o.via ?? []).map((type) => {
    if (!RELS.some((r) => r.type === type)) throw new Error(`unknown relationship type ${type}`);
    return type;
  });
  const avoid = o.avoid ?? [];
  if (dialect === 'ladybug') {
    const types = via.length ? `:${via.join('|:')}` : '';
    const filter = avoid.length ? ` (r, n | WHERE NOT n.id IN [${avoid.map(cypherString).join(', ')}])` : '';
    return `MATCH ${o.path} = ${o.from}-[${types}* ${o.all ? 'ALL SHORTEST' : 'SHORTEST'} 1..${hops}${filter}]-${o.to}`;
  }
  const types = via.length ? `:${via.join('|')}` : '';
  const where = avoid.length ? ` WHERE none(n IN nodes(${o.path})[1..-1] WHERE n.id IN $avoid)` : '';
  return `MATCH ${o.path} = ${o.all ? 'allShortestPaths' : 'shortestPath'}(${o.from}-[${types}*1..${hops}]-${o.to})${where}`;
}

/** The parameters shortestPathMatch's clause reads: Neo4j's `$avoid` (Ladybug's ids are in the clause). */
export function shortestPathParams(dialect: Dialect, o: Pick<ShortestPathOptions, 'avoid'>): Record<string, unknown> {
  return dialect === 'neo4j' && o.avoid?.length ? { avoid: [...o.avoid] } : {};
}

/** A Cypher string literal: backslash and quote escaped, control characters refused. */
export function cypherString(value: string): string {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new Error('a control character in a string literal');
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A list parameter stored as `INT64[]`. Ladybug types a batch of lists by its values, and a batch
 *  whose lists are all empty (no organization of the write has an alias) is not one of integers. */
export const intList = (dialect: Dialect, expr: string): string =>
  dialect === 'ladybug' ? `CAST(${expr} AS INT64[])` : expr;

/** The columns of a batch of rows a write unwinds, and the type each is stored as (a `DATE` travels as text). */
export type RowColumns = Readonly<Record<string, PropType>>;

const isEmptyList = (v: unknown): boolean => Array.isArray(v) && v.length === 0;

/**
 * `UNWIND … AS r` over the rows of a batch write, and the parameters it reads.
 * Neo4j takes the rows as one list of maps: `UNWIND $rows AS r`. LadybugDB
 * converts a list of maps value by value, several times slower than one list
 * per column, so there each column travels as a list of its own
 * (`$c0`, `$c1`, …) and the statement puts each row back together:
 * `UNWIND range(1, $n) AS i WITH {id: $c0[i], …} AS r` (its lists count from
 * 1). A column null in every row, or an empty list in every row, is written
 * as a typed literal instead (LadybugDB cannot type a list of only those);
 * one mixing the two goes as a list of maps, as on Neo4j.
 */
export function unwindRows(dialect: Dialect, rows: readonly Record<string, unknown>[], columns: RowColumns): { clause: string; params: Record<string, unknown> } {
  const asMaps = { clause: 'UNWIND $rows AS r', params: { rows } };
  if (dialect !== 'ladybug') return asMaps;
  const fields: string[] = [];
  const params: Record<string, unknown> = { n: rows.length };
  for (const [name, type] of Object.entries(columns)) {
    const values = rows.map((r) => r[name] ?? null);
    const stored = type === 'DATE' ? 'STRING' : type;
    let value: string;
    if (values.every((v) => v === null)) value = `CAST(NULL AS ${stored})`;
    else if (values.every(isEmptyList)) value = `CAST([] AS ${stored})`;
    else if (values.every((v) => v === null || isEmptyList(v))) return asMaps;
    else {
      const key = `c${fields.length}`;
      params[key] = values;
      value = `$${key}[i]`;
    }
    fields.push(`${name}: ${value}`);
  }
  return { clause: `UNWIND range(1, $n) AS i WITH {${fields.join(', ')}} AS r`, params };
}

/** The first day of the week (Monday), month or year a `DATE` expression falls in; the day itself for `day`. */
export function truncateDate(dialect: Dialect, unit: 'day' | 'week' | 'month' | 'year', expr: string): string {
  if (unit === 'day') return expr;
  return dialect === 'ladybug' ? `date_trunc('${unit}', ${expr})` : `date.truncate('${unit}', ${expr})`;
}

/** The relationships of a path variable. */
export const pathRels = (dialect: Dialect, path: string): string =>
  dialect === 'ladybug' ? `rels(${path})` : `relationships(${path})`;

/** The label of a node variable (each node has exactly one). */
export const labelOf = (dialect: Dialect, node: string): string =>
  dialect === 'ladybug' ? `label(${node})` : `labels(${node})[0]`;

/** The type of a relationship variable. */
export const typeOf = (dialect: Dialect, rel: string): string =>
  dialect === 'ladybug' ? `label(${rel})` : `type(${rel})`;

/** Maps each element of a list expression: `mapList(d, 'nodes(p)', 'x', 'x.id')`. */
export const mapList = (dialect: Dialect, list: string, x: string, expr: string): string =>
  dialect === 'ladybug' ? `list_transform(${list}, ${x} -> ${expr})` : `[${x} IN ${list} | ${expr}]`;
