// Every statement the project sends, checked by Neo4j's own Cypher 5 parser
// and semantic analysis (the language server's build of them) without a
// server: syntax, unbound variables, types, scope, function names and
// signatures, parameters the caller does not pass, labels and types outside
// the model.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELS } from '../../src/graph/model.ts';
import type { Params } from '../../src/graph/store.ts';
import { distinctStatements, neo4jStatements } from './neo4jStatements.ts';

// The package's ES build imports its files without extensions, which Node's loader refuses: its CommonJS build is used.
type Diagnostic = { severity?: number; message: string };
type Neo4jFunction = { name: string; isBuiltIn: boolean };
const cypher = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, schema: object): Diagnostic[];
  testData: { mockSchema: { functions: Record<string, Record<string, Neo4jFunction>>; procedures: Record<string, Record<string, object>> } };
};

const VERSION = 'CYPHER 5';
// Neo4j 5's built-in functions, as the package lists them from a server (without the APOC library it lists too).
const FUNCTIONS = Object.fromEntries(Object.entries(cypher.testData.mockSchema.functions[VERSION]).filter(([, f]) => f.isBuiltIn));
// The procedures the project calls (the full-text search), as the package lists them from a server.
const CALLED = ['db.index.fulltext.queryNodes'];
const PROCEDURES = Object.fromEntries(CALLED.map((name) => [name, cypher.testData.mockSchema.procedures[VERSION][name]]));
const ERROR = 1;

/** What Neo4j 5 reports on a statement sent with these parameters to a store of the project's model. */
function analyse(query: string, params: Params): Diagnostic[] {
  return cypher.lintCypherQuery(query, {
    defaultLanguage: VERSION,
    functions: { [VERSION]: FUNCTIONS },
    procedures: { [VERSION]: PROCEDURES },
    labels: [...NODE_LABELS],
    relationshipTypes: RELS.map((r) => r.type),
    parameters: params,
  });
}

/**
 * Notifications (not errors) a statement may carry, each for a reason. The
 * path search matches its two ends by id in one MATCH, which Neo4j notes as
 * a cartesian product: each end is a key look-up of one node, so the product
 * is one row.
 */
const ACCEPTED_NOTES: [RegExp, string][] = [
  [/^shortestPath /, 'build a cartesian product'],
];
const accepted = (name: string, d: Diagnostic) =>
  d.severity !== ERROR && ACCEPTED_NOTES.some(([which, note]) => which.test(name) && d.message.includes(note));

describe("Neo4j's Cypher 5 semantic analysis", () => {
  it.each([
    ['an unbound variable', 'MATCH (p:Person) RETURN q.name AS name', {}, 'Variable `q` not defined'],
    ['a variable out of scope after WITH', 'MATCH (p:Person)-[:AUTHORED]->(a:Article) WITH a RETURN p.name AS name', {}, 'Variable `p` not defined'],
    ['a type error', 'MATCH (p:Person) RETURN toUpper(1) AS name', {}, 'Type mismatch'],
    ['a procedure the project does not call (only those it calls are known)', 'CALL db.index.fulltext.queryRelationships($i, $q) YIELD relationship RETURN relationship', { i: 'x', q: 'y' }, 'is not present in the database'],
    ['a function Neo4j does not have', 'MATCH (p:Person) RETURN list_transform([1], x -> x) AS l', {}, ''],
    ['a wrong function name', 'MATCH (p:Person) RETURN rels(p) AS r', {}, 'Function rels is not present'],
    ['a removed function', 'MATCH (n:Person) WHERE exists(n.name) RETURN n.id AS id', {}, 'no longer supported'],
    ['a parameter the caller does not pass', 'MATCH (p:Person {id: $id}) RETURN p.name AS name', {}, 'Parameter $id is not defined'],
    ['an aggregate in WHERE', 'MATCH (p:Person) WHERE count(p) > 1 RETURN p.id AS id', {}, 'Invalid use of aggregating function'],
    ['a UNION of different columns', 'MATCH (p:Person) RETURN p.id AS id UNION MATCH (o:Organization) RETURN o.id AS org', {}, 'same return column names'],
    ['a clause of Cypher 25 only', 'MATCH (p:Person) FILTER p.name = $n RETURN p.id AS id', { n: 'x' }, "Invalid input 'FILTER'"],
  ] as [string, string, Params, string][])('reports %s', (_what, query, params, message) => {
    const errors = analyse(query, params).filter((d) => d.severity === ERROR);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((d) => d.message).join('\n')).toContain(message);
  });

  it('reports a label outside the model', () => {
    expect(analyse('MATCH (p:Persn) RETURN p.id AS id', {}).map((d) => d.message).join('\n')).toContain('Label Persn is not present');
  });

  const statements = distinctStatements(neo4jStatements());

  it(`finds nothing wrong in the project's ${statements.length} distinct statements`, () => {
    // The filter, order and label combinations of the list and count statements, the ingest, export, stats and schema statements.
    expect(statements.length).toBeGreaterThan(200);
    const reported = statements.flatMap(({ name, cypher: q, params }) =>
      analyse(q, params).filter((d) => !accepted(name, d)).map((d) => `${name}: ${d.message}\n  ${q}`));
    expect(reported).toEqual([]);
  }, 600_000);
});
