// Every statement the project sends, as Neo4j 5 gets it: checked without a
// server for the LadybugDB-only syntax that Neo4j rejects (list_transform,
// rels(), label(), SHORTEST, table DDL) and for the forms Neo4j 5 removed.
import { describe, expect, it } from 'vitest';
import * as activities from '../../src/api/queries/activities.ts';
import * as articles from '../../src/api/queries/articles.ts';
import { associatesOfPeople, shortestPath } from '../../src/api/queries/connections.ts';
import { nodesById, organizationsByName, pagesByName } from '../../src/api/queries/nodes.ts';
import * as relations from '../../src/api/queries/relations.ts';
import { schemaStatements } from '../../src/graph/dialect.ts';
import { EXPORT_QUERIES } from '../../src/graph/export.ts';
import { NODE_LABELS, RELS } from '../../src/graph/model.ts';
import * as S from '../../src/graph/statements.ts';
import { FULLTEXT_INDEX, fulltextIndexStatements, fulltextSearch, luceneQuery } from '../../src/graph/search/neo4jSearch.ts';
import { SEARCH_KIND_NAMES } from '../../src/graph/search/searchIndex.ts';

const ALL = { kind: 'VISIT', district: 'district:东城区', place: 'place:中关村', organizer: '市总工会', participant: '赵丽君', role: 'LED' };
const ARTICLE = { page: 'page:a.txt', person: '赵丽君', organization: '市总工会', district: 'district:东城区' };

function neo4jStatements(): [string, string][] {
  const out: [string, string][] = [];
  const add = (name: string, cypher: string) => out.push([name, cypher]);
  add('activitiesPage', activities.activitiesPage(ALL, 0, 20).cypher);
  add('activitiesCount', activities.activitiesCount(ALL).cypher);
  for (const by of ['kind', 'district', 'organizer', 'person', 'involved'] as const) add(`breakdown ${by}`, activities.activityBreakdown(ALL, by, 5).cypher);
  add('articlesPage', articles.articlesPage(ARTICLE, 0, 20).cypher);
  add('articlesCount', articles.articlesCount(ARTICLE).cypher);
  add('peoplePage', articles.peoplePage('赵', 0, 20).cypher);
  add('organizationsPage', articles.organizationsPage('工会', 0, 20).cypher);
  add('pagesPage', articles.pagesPage(0, 20).cypher);
  add('pagesCount', articles.pagesCount().cypher);
  add('districtsAll', articles.districtsAll().cypher);
  for (const label of NODE_LABELS) add(`nodesById ${label}`, nodesById(label, ['x']).cypher);
  add('organizationsByName', organizationsByName('x').cypher);
  add('pagesByName', pagesByName(['p1.txt']).cypher);
  add('associatesOfPeople', associatesOfPeople(['x']).cypher);
  add('shortestPath', shortestPath('neo4j', { id: 'person:a', label: 'Person' }, { id: 'org:b', label: 'Organization' }, 4).cypher);
  for (const [name, build] of Object.entries(relations)) add(name, build(['x']).cypher);
  for (const [name, cypher] of Object.entries(EXPORT_QUERIES)) add(`export ${name}`, cypher);
  for (const name of ['PAGE_HASH', 'PAGE_HASHES', 'PAGE_ARTICLES', 'EXISTING_ENTITIES', 'TOUCHED_BY_ARTICLES', 'UPDATE_PAGES', 'ORG_TALLIES', 'ORG_MENTIONS', 'ARTICLE_ORG_MENTIONS', 'COUNT_NODES', 'COUNT_RELS'] as const) add(name, S[name]);
  for (const s of S.deletePageFacts(['a'])) add('deletePageFacts', s.cypher);
  for (const label of S.ENTITY_LABELS) add(`deleteOrphans ${label}`, S.deleteOrphans(label, ['x'], []).cypher);
  for (const label of NODE_LABELS) add(`createNodes ${label}`, S.createNodes(label, []).cypher);
  for (const r of RELS) add(`createRels ${r.type}`, S.createRels(r.type, []).cypher);
  add('setOrgSummaries', S.setOrgSummaries([]).cypher);
  for (const ddl of schemaStatements('neo4j')) add('schema', ddl);
  for (const kind of SEARCH_KIND_NAMES) add(`fulltextSearch ${kind}`, fulltextSearch(kind, '赵丽君', 20).cypher);
  return out;
}

describe('statements as Neo4j 5 gets them', () => {
  const statements = neo4jStatements();

  it('covers the read, write, export and schema statements', () => {
    expect(statements.length).toBeGreaterThan(60);
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
