// The cost estimate and limits, on parsed queries, without a store.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import { schema } from '../../src/api/schema.ts';
import { isObjectType } from 'graphql';
import { FIELD_COSTS, pathCost } from '../../src/api/cost.ts';
import { checkQueryLimits } from '../../src/server/plugins/queryLimits.ts';

const check = (query: string, variables: Record<string, unknown> = {}, options = {}) =>
  checkQueryLimits(schema, parse(query), variables, null, options);

describe('checkQueryLimits', () => {
  it('lets the README examples through', () => {
    for (const e of EXAMPLE_QUERIES) expect(check(e.query)).toBeNull();
  });

  it('estimates example 1 with each person\'s positions at their default first (10), and at what first asks for', () => {
    const q = EXAMPLE_QUERIES[0].query;
    // 20 activities × 5 participants (a plain list) × 10 positions = 1000 organizations, plus the levels
    // above: 280, plus the filtered list itself (5, src/api/cost.ts).
    expect(check(q, {}, { maxCost: 700 })?.details.cost).toBe(1285);
    expect(check(q.replace('positions {', 'positions(first: 1) {'), {}, { maxCost: 300 })?.details.cost).toBe(385);
    // Five times the activities is five times the cost, over the default limit.
    expect(check(q.replace('first: 20', 'first: 100'))?.details.cost).toBe(6405);
  });

  it('reads `first` from variables and fragments', () => {
    const q = 'query($n: Int) { ...A } fragment A on Query { activities(first: $n) { edges { node { participants { person { name } } } } } }';
    expect(check(q, { n: 100 }, { maxCost: 10 })?.details).toMatchObject({ limit: 10 });
    expect(check(q, { n: 1 })).toBeNull();
    expect(check(q, { n: 101 })?.message).toBe('"first" must be at most 100, got 101');
  });

  it('counts a list looked up by ids as that many items, given inline or as a variable', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `person:p${i}`);
    const body = '{ ... on Person { participations { activity { participants { person { positions { organization { name } } } } } } } }';
    const inline = check(`{ nodes(ids: ${JSON.stringify(ids)}) ${body} }`);
    expect(inline?.details).toMatchObject({ limit: 5000 });
    expect(inline!.details.cost as number).toBeGreaterThan(5000);
    expect(check(`query($ids: [ID!]!) { nodes(ids: $ids) ${body} }`, { ids })?.details.cost).toBe(inline!.details.cost);
    expect(check(`query($ids: [ID!]!) { nodes(ids: $ids) ${body} }`, { ids: ids.slice(0, 2) })).toBeNull();
  });

  it('counts depth through inline fragments', () => {
    const q = '{ node(id: "person:x") { ... on Person { participations { activity { participants { person { name } } } } } } }';
    expect(check(q, {}, { maxDepth: 5 })?.message).toMatch(/nested 6 levels deep; the limit is 5/);
    expect(check(q, {}, { maxDepth: 6 })).toBeNull();
  });
});

describe('selections', () => {
  it('counts a fragment every time it is spread, and stops at the limit', () => {
    const q = '{ stats { ...A ...A } } fragment A on Stats { ...B ...B } fragment B on Stats { activityCount }';
    // 2 spreads of A, 4 of B, 4 fields, and stats: 11.
    expect(check(q, {}, { maxSelections: 11 })).toBeNull();
    expect(check(q, {}, { maxSelections: 10 })).toMatchObject({ details: { limit: 10 } });
  });
});

describe('fields that cost what they cost (src/api/cost.ts)', () => {
  const cost = (query: string, variables = {}) => check(query, variables, { maxCost: 0 })?.details.cost;
  const aliased = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

  it('names real fields, each with its reason', () => {
    for (const c of FIELD_COSTS) {
      const [type, field] = c.field.split('.');
      const t = schema.getType(type);
      expect(t && isObjectType(t) && t.getFields()[field], c.field).toBeTruthy();
      expect(c.why.length, c.field).toBeGreaterThan(20);
    }
  });

  it('prices a path by its hops: twice per hop, the default 4 hops when not given', () => {
    expect(pathCost(4)).toBe(200);
    expect(pathCost(6)).toBe(800);
    // path 800 + length (a leaf, 0).
    expect(cost('{ path(from: "person:a", to: "person:b", maxHops: 6) { length } }')).toBe(800);
    // Past the ceiling (6) it is priced at the ceiling: the resolver's BAD_REQUEST says what the ceiling is.
    expect(cost('{ path(from: "person:a", to: "person:b", maxHops: 9) { length } }')).toBe(800);
    expect(cost('query($h: Int) { path(from: "person:a", to: "person:b", maxHops: $h) { length } }', { h: 2 })).toBe(50);
    // The default 4 hops: 200, and hops { type } (a plain list, 1).
    expect(cost('{ path(from: "person:a", to: "person:b") { hops { type } } }')).toBe(201);
  });

  it('refuses 15 aliased 6-hop paths by cost, naming the limit; a few pass', () => {
    const many = check(aliased(15, (i) => `path(from: "person:a${i}", to: "person:b", maxHops: 6) { length }`));
    expect(many?.details).toEqual({ cost: 15 * 800, limit: 5000 });
    expect(many?.message).toMatch(/estimated cost 12000, the limit is 5000/);
    expect(check(aliased(6, (i) => `path(from: "person:a${i}", to: "person:b", maxHops: 6) { length }`))).toBeNull();
  });

  it('counts each dashboard count as its own statement over every activity', () => {
    // stats 1 + activityCount 10 + byKind 20 + series 50 (their items' fields are leaves: 0).
    expect(cost('{ stats { activityCount byKind { count } series(interval: YEAR) { total } } }')).toBe(81);
    const all = '{ activityCount byKind { count } byDistrict { count } byOrganizer { count } topPeople { count } topOrganizations { count } series(interval: YEAR) { total } }';
    // A full dashboard is 1 + 10 + 5 × 20 + 50 = 161; 15 aliased (the alias limit) are within the limit, 32 are not.
    expect(cost(aliased(15, () => `stats ${all}`))).toBe(15 * 161);
    expect(check(aliased(32, () => `stats ${all}`))?.details).toEqual({ cost: 32 * 161, limit: 5000 });
  });

  it('prices searches, filtered lists and associates above a look-up', () => {
    // The list 1, its edges 1 and each node 1: 3; a search makes the list 10, a filter 5.
    expect(cost('{ people(first: 1) { edges { node { name } } } }')).toBe(3);
    expect(cost('{ people(first: 1, search: "王") { edges { node { name } } } }')).toBe(12);
    expect(cost('query($s: String) { people(first: 1, search: $s) { edges { node { name } } } }', { s: null })).toBe(3);
    expect(cost('{ organizations(first: 1, search: "工会") { edges { node { name } } } }')).toBe(12);
    expect(cost('{ activities(first: 1, filter: { district: "东城区" }) { edges { node { id } } } }')).toBe(7);
    expect(cost('{ articles(first: 1, filter: { district: "东城区" }) { edges { node { id } } } }')).toBe(7);
    // person 1 + associates 10 + 2 associates × person 1.
    expect(cost('{ person(name: "赵丽君") { associates(first: 2) { person { name } } } }')).toBe(13);
  });
});
