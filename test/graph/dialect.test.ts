// Statement shapes, checked without a database: the schema each dialect gets,
// the shortest-path syntax, and that every Cypher text the ingester and the
// exporter send names only labels and types of the closed vocabulary.
import { describe, expect, it } from 'vitest';
import { schemaStatements, shortestPathMatch, STRUCTURAL_RELS } from '../../src/graph/dialect.ts';
import { EXPORT_QUERIES } from '../../src/graph/export.ts';
import { NODE_LABELS, NODES, RELS } from '../../src/graph/model.ts';
import { planPage, REL_ORDER } from '../../src/graph/plan.ts';
import * as S from '../../src/graph/statements.ts';
import { goldPages } from './fixtures.ts';

describe('schema', () => {
  it('declares every label and relationship type on LadybugDB, with provenance on facts', () => {
    const ddl = schemaStatements('ladybug');
    for (const n of NODES) {
      const stmt = ddl.find((s) => s.startsWith(`CREATE NODE TABLE IF NOT EXISTS ${n.label}(`));
      expect(stmt, n.label).toContain('id STRING PRIMARY KEY');
      for (const [p, t] of Object.entries(n.props)) expect(stmt).toContain(`${p} ${t}`);
    }
    for (const r of RELS) {
      const stmt = ddl.find((s) => s.startsWith(`CREATE REL TABLE IF NOT EXISTS ${r.type}(FROM ${r.from} TO ${r.to}`));
      expect(stmt, r.type).toBeDefined();
      expect(stmt!.includes('article STRING'), r.type).toBe(!STRUCTURAL_RELS.has(r.type));
    }
  });

  it('gives Neo4j a uniqueness constraint per label and an index on every fact\'s provenance', () => {
    const ddl = schemaStatements('neo4j');
    for (const label of NODE_LABELS) expect(ddl).toContain(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    for (const r of RELS.filter((x) => !STRUCTURAL_RELS.has(x.type))) {
      expect(ddl.some((s) => s.includes(`[r:${r.type}]-() ON (r.article)`)), r.type).toBe(true);
    }
    expect(ddl.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });
});

describe('shortestPathMatch', () => {
  const o = { path: 'p', from: '(a {id: $from})', to: '(b {id: $to})', maxHops: 4 };
  it.each([
    ['ladybug', {}, 'MATCH p = (a {id: $from})-[* SHORTEST 1..4]-(b {id: $to})'],
    ['ladybug', { all: true }, 'MATCH p = (a {id: $from})-[* ALL SHORTEST 1..4]-(b {id: $to})'],
    ['neo4j', {}, 'MATCH p = shortestPath((a {id: $from})-[*1..4]-(b {id: $to}))'],
    ['neo4j', { all: true }, 'MATCH p = allShortestPaths((a {id: $from})-[*1..4]-(b {id: $to}))'],
    ['ladybug', { via: ['HOLDS_POSITION', 'ORGANIZED'] }, 'MATCH p = (a {id: $from})-[:HOLDS_POSITION|:ORGANIZED* SHORTEST 1..4]-(b {id: $to})'],
    ['neo4j', { via: ['HOLDS_POSITION', 'ORGANIZED'] }, 'MATCH p = shortestPath((a {id: $from})-[:HOLDS_POSITION|ORGANIZED*1..4]-(b {id: $to}))'],
    // Ladybug binds no parameter inside the recursive pattern: the ids are escaped literals.
    ['ladybug', { avoid: ['org:北京市总工会', "x'y\\z"] }, "MATCH p = (a {id: $from})-[* SHORTEST 1..4 (r, n | WHERE NOT n.id IN ['org:北京市总工会', 'x\\'y\\\\z'])]-(b {id: $to})"],
    ['neo4j', { avoid: ['org:北京市总工会'] }, 'MATCH p = shortestPath((a {id: $from})-[*1..4]-(b {id: $to})) WHERE none(n IN nodes(p)[1..-1] WHERE n.id IN $avoid)'],
  ] as const)('%s %o', (dialect, extra, expected) => {
    expect(shortestPathMatch(dialect, { ...o, ...extra })).toBe(expected);
  });
});

describe('shortestPathMatch refuses', () => {
  it('a relationship type outside the closed list', () => {
    expect(() => shortestPathMatch('ladybug', { path: 'p', from: '(a)', to: '(b)', maxHops: 2, via: ['KNOWS]-() DETACH DELETE n //'] })).toThrow(/unknown relationship type/);
  });
  it('a control character in an id to avoid', () => {
    expect(() => shortestPathMatch('ladybug', { path: 'p', from: '(a)', to: '(b)', maxHops: 2, avoid: ['a\nb'] })).toThrow(/control character/);
  });
});

describe('the closed vocabulary', () => {
  const labels = new Set<string>(NODE_LABELS);
  const types = new Set<string>(RELS.map((r) => r.type));
  const named = (cypher: string) => ({
    labels: [...cypher.matchAll(/\(\w*:(\w+)/g)].map((m) => m[1]),
    types: [...cypher.matchAll(/\[\w*:(\w+)/g)].map((m) => m[1]),
  });

  it('is all that ingest and export statements name', () => {
    const plan = planPage(goldPages()[1]);
    const texts = [
      ...Object.values(EXPORT_QUERIES), S.PAGE_HASH, S.PAGE_HASHES, S.PAGE_ARTICLES, S.EXISTING_ENTITIES, S.UPDATE_PAGES, S.TOUCHED_BY_ARTICLES,
      S.ORG_TALLIES, S.ORG_MENTIONS, S.ARTICLE_ORG_MENTIONS, S.setOrgSummaries([]).cypher, S.setOrgSummaries([], 'ladybug').cypher,
      S.PEOPLE_BY_ID, S.setPersonProfiles([]).cypher,
      ...S.ENTITY_LABELS.flatMap((l) => [S.deleteOrphans(l, ['x'], []).cypher]),
      ...S.deletePageFacts(['a']).map((s) => s.cypher),
      ...NODE_LABELS.map((l) => S.createNodes(l, []).cypher),
      ...REL_ORDER.map((t) => S.createRels(t, plan.rels[t]).cypher),
    ];
    for (const t of texts) {
      const n = named(t);
      for (const l of n.labels) expect(labels.has(l), `${l} in ${t}`).toBe(true);
      for (const ty of n.types) expect(types.has(ty), `${ty} in ${t}`).toBe(true);
      expect(t, 'values are parameters, not text').not.toMatch(/'[^']*'/);
    }
  });

  it('plans every fact of a page as a row with its provenance and position', () => {
    const page = goldPages()[1];
    const plan = planPage(page);
    const a = page.articles;
    expect(plan.rels.AUTHORED).toHaveLength(a.reduce((n, x) => n + x.authors.length, 0));
    expect(plan.rels.PARTICIPATED_IN).toHaveLength(a.reduce((n, x) => n + x.participants.length, 0));
    expect(plan.rels.HOLDS_POSITION).toHaveLength(a.reduce((n, x) => n + x.positions.length, 0));
    for (const t of REL_ORDER.filter((x) => !STRUCTURAL_RELS.has(x))) {
      for (const row of plan.rels[t]) expect(row.article, t).toMatch(/^article:001_7dcc9af707f72cfe\.txt#\d+$/);
    }
  });
});
