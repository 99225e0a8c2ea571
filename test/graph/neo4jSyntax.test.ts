// Every statement the project sends, as Neo4j 5 gets it: checked without a
// server for the LadybugDB-only syntax that Neo4j rejects (list_transform,
// rels(), label(), SHORTEST, table DDL) and for the forms Neo4j 5 removed.
import { describe, expect, it } from 'vitest';
import * as activities from '../../src/api/queries/activities.ts';
import * as articles from '../../src/api/queries/articles.ts';
import { associatesOfPeople, shortestPath } from '../../src/api/queries/connections.ts';
import { nodesById, organizationsByName, pagesByName } from '../../src/api/queries/nodes.ts';
import * as relations from '../../src/api/queries/relations.ts';
import type { KeysetPage } from '../../src/api/keyset.ts';
import { activitiesOrder, articlesOrder } from '../../src/api/orders.ts';
import { schemaStatements } from '../../src/graph/dialect.ts';
import { EXPORT_QUERIES } from '../../src/graph/export.ts';
import { NODE_LABELS, RELS } from '../../src/graph/model.ts';
import * as S from '../../src/graph/statements.ts';

const ALL = { kind: 'VISIT', district: 'district:东城区', organizer: '市总工会', participant: '赵丽君', role: 'LED' };
const ARTICLE = { page: 'page:a.txt', person: '赵丽君', organization: '市总工会', district: 'district:东城区' };
// A first page, a page after a dated and an undated cursor, and one read back from before a cursor.
const PAGES: [string, KeysetPage][] = [
  ['first', { after: null, before: null, backward: false, limit: 21 }],
  ['after', { after: ['2024-01-01', 'page:a.txt', 1, 'x'], before: null, backward: false, limit: 21 }],
  ['after undated', { after: [null, 'page:a.txt', 1, 'x'], before: null, backward: false, limit: 21 }],
  ['before', { after: null, before: ['2024-01-01', 'page:a.txt', 1, 'x'], backward: true, limit: 21 }],
];
const ORDERS = [{ field: 'PAGE', direction: 'ASC' }, { field: 'DATE', direction: 'DESC' }] as const;

function neo4jStatements(): [string, string][] {
  const out: [string, string][] = [];
  const add = (name: string, cypher: string) => out.push([name, cypher]);
  for (const order of ORDERS) {
    for (const [name, page] of PAGES) {
      // a page order's key has no date: the same cursor without it
      const p = order.field === 'PAGE' ? { ...page, after: page.after?.slice(1) ?? null, before: page.before?.slice(1) ?? null } : page;
      add(`activitiesPage ${order.field} ${name}`, activities.activitiesPage(ALL, activitiesOrder(order), p).cypher);
      add(`articlesPage ${order.field} ${name}`, articles.articlesPage(ARTICLE, articlesOrder(order), p).cypher);
    }
  }
  for (const [name, page] of PAGES) {
    const p = { ...page, after: page.after?.slice(2) ?? null, before: page.before?.slice(2) ?? null };
    add(`peoplePage ${name}`, articles.peoplePage('赵', p).cypher);
    add(`organizationsPage ${name}`, articles.organizationsPage('工会', p).cypher);
    add(`pagesPage ${name}`, articles.pagesPage(p).cypher);
  }
  add('activitiesCount', activities.activitiesCount(ALL).cypher);
  for (const by of ['kind', 'district', 'organizer', 'person', 'involved'] as const) add(`breakdown ${by}`, activities.activityBreakdown(ALL, by, 5).cypher);
  add('articlesCount', articles.articlesCount(ARTICLE).cypher);
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
