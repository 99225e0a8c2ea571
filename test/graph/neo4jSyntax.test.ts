// Every statement the project sends, as Neo4j 5 gets it: checked without a
// server for the LadybugDB-only syntax that Neo4j rejects (list_transform,
// rels(), label(), SHORTEST, table DDL) and for the forms Neo4j 5 removed.
import { describe, expect, it } from 'vitest';
import { neo4jStatements } from './neo4jStatements.ts';
import { FULLTEXT_INDEX, fulltextIndexStatements, fulltextSearch, luceneQuery } from '../../src/graph/search/neo4jSearch.ts';
import { schemaStatements } from '../../src/graph/dialect.ts';

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

describe('search on Neo4j', () => {
  it('has a full-text index with the cjk analyzer for every kind, made with the schema', () => {
    const ddl = schemaStatements('neo4j');
    for (const statement of fulltextIndexStatements()) expect(ddl).toContain(statement);
    expect(fulltextIndexStatements()).toEqual([
      "CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.headline, n.body] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      "CREATE FULLTEXT INDEX person_text IF NOT EXISTS FOR (n:Person) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      "CREATE FULLTEXT INDEX organization_text IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      "CREATE FULLTEXT INDEX place_text IF NOT EXISTS FOR (n:Place) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ]);
  });

  it('queries the index through db.index.fulltext.queryNodes, the query and the index as parameters', () => {
    const s = fulltextSearch('PERSON', '趙麗君', 5);
    expect(s.cypher).toBe('CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score RETURN node.id AS id, score ORDER BY score DESC, id');
    expect(s.params).toEqual({ index: FULLTEXT_INDEX.PERSON, query: '("赵丽君" OR "趙麗君")', limit: 5 });
  });

  it.each([
    ['赵丽君', '"赵丽君"'],
    ['趙麗君 出席', '("赵丽君" OR "趙麗君") AND "出席"'],
    ['工会"大会\\', '"工会\\"大会\\\\"'],
    ['AND OR', '"and" AND "or"'],
  ])('reads %s as the Lucene query %s: each part a phrase, every part required, quotes escaped', (typed, lucene) => {
    expect(luceneQuery(typed)).toBe(lucene);
  });
});
