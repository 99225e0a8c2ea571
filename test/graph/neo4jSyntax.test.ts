// Every statement the project sends, as Neo4j 5 gets it: checked without a
// server for the LadybugDB-only syntax that Neo4j rejects (list_transform,
// rels(), label(), SHORTEST, table DDL) and for the forms Neo4j 5 removed.
import { describe, expect, it } from 'vitest';
import { neo4jStatements } from './neo4jStatements.ts';

describe('statements as Neo4j 5 gets them', () => {
  const statements = neo4jStatements().map(({ name, cypher }) => [name, cypher] as const);

  it(`covers the read, write, export and schema statements (${statements.length})`, () => {
    expect(statements.length).toBeGreaterThan(200);
  });

  it.each([
    ['list_transform (Neo4j: [x IN l | e])', /\blist_\w+\(/],
    ['rels(p) (Neo4j: relationships(p))', /(?<![\w.])rels\(/],
    ['label(x) (Neo4j: labels(x)[0] or type(r))', /(?<![\w.])label\(/],
    ['SHORTEST in a pattern (Neo4j: shortestPath(...))', /\[\*\s*(ALL\s+)?SHORTEST/],
    ['table DDL', /CREATE (NODE|REL) TABLE/],
    ['explicit transactions', /\b(BEGIN TRANSACTION|COMMIT|ROLLBACK)\b/],
    ['the exists(...) function Neo4j 5 removed (EXISTS { ... } is the subquery form)', /\bEXISTS\s*\(/i],
    ['the id() function Neo4j 5 deprecates', /(?<![\w.$])id\(/],
    ['a literal SKIP or LIMIT (values travel as parameters)', /\b(SKIP|LIMIT)\s+(?!\$|1\b)/],
  ])('none uses %s', (_what, pattern) => {
    const offending = statements.filter(([, cypher]) => pattern.test(cypher)).map(([name, cypher]) => `${name}: ${cypher}`);
    expect(offending).toEqual([]);
  });
});
