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

const ALL = { kind: 'VISIT', district: 'district:东城区', organizer: '市总工会', participant: '赵丽君', role: 'LED' };
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
  add('shortestPath via avoid', shortestPath('neo4j', { id: 'person:a', label: 'Person' }, { id: 'org:b', label: 'Organization' }, 4, { via: ['PARTICIPATED_IN', 'ORGANIZED'], avoid: ['org:c'] }).cypher);
  for (const [name, build] of Object.entries(relations)) add(name, build(['x']).cypher);
  for (const [name, cypher] of Object.entries(EXPORT_QUERIES)) add(`export ${name}`, cypher);
  for (const name of ['PAGE_HASH', 'PAGE_HASHES', 'PAGE_ARTICLES', 'EXISTING_ENTITIES', 'TOUCHED_BY_ARTICLES', 'UPDATE_PAGES', 'ORG_TALLIES', 'ORG_MENTIONS', 'ARTICLE_ORG_MENTIONS', 'COUNT_NODES', 'COUNT_RELS'] as const) add(name, S[name]);
  for (const s of S.deletePageFacts(['a'])) add('deletePageFacts', s.cypher);
  for (const label of S.ENTITY_LABELS) add(`deleteOrphans ${label}`, S.deleteOrphans(label, ['x'], []).cypher);
  for (const label of NODE_LABELS) add(`createNodes ${label}`, S.createNodes(label, []).cypher);
  for (const r of RELS) add(`createRels ${r.type}`, S.createRels(r.type, []).cypher);
  add('setOrgSummaries', S.setOrgSummaries([]).cypher);
  add('PEOPLE_NAMED', S.PEOPLE_NAMED);
  add('setPersonProfiles', S.setPersonProfiles([]).cypher);
  for (const ddl of schemaStatements('neo4j')) add('schema', ddl);
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
