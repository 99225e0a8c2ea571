// The cost estimate and limits, on parsed queries, without a store.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import { schema } from '../../src/api/schema.ts';
import { checkQueryLimits } from '../../src/server/plugins/queryLimits.ts';

const check = (query: string, variables: Record<string, unknown> = {}, options = {}) =>
  checkQueryLimits(schema, parse(query), variables, null, options);

describe('checkQueryLimits', () => {
  it('lets the README examples through', () => {
    for (const e of EXAMPLE_QUERIES) expect(check(e.query)).toBeNull();
  });

  it('estimates example 1 with each person\'s positions at their default first (10), and at what first asks for', () => {
    const q = EXAMPLE_QUERIES[0].query;
    // 20 activities × 5 participants (a plain list) × 10 positions = 1000 organizations, plus the levels above: 281.
    expect(check(q, {}, { maxCost: 700 })?.details.cost).toBe(1281);
    expect(check(q.replace('positions {', 'positions(first: 1) {'), {}, { maxCost: 300 })?.details.cost).toBe(381);
    // Five times the activities is five times the cost, over the default limit.
    expect(check(q.replace('first: 20', 'first: 100'))?.details.cost).toBe(6401);
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
