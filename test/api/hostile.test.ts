// Requests sent to stop or slow the server for everyone else: each is refused
// (or cut off) with a status and a code that say why, quickly, and the event
// loop keeps answering other clients while it is handled.
import { describe, expect, it } from 'vitest';
import { useSeededApp } from './seeded.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const seeds = useSeededApp('gold');

const SPEC = 'application/graphql-response+json';
/** Far above what a refused request takes (a few ms), far below the seconds an unbounded one holds the event loop for. */
const BLOCK_BOUND_MS = 750;

interface Outcome { status: number; body: any; ms: number; worstLagMs: number }

/**
 * Sends one request and, while it runs, measures the longest the event loop
 * went without turning (a 5 ms timer that should fire every 5 ms): what every
 * other client of the process waits for.
 */
async function whileHandled(send: () => Response | Promise<Response>): Promise<Outcome> {
  let last = performance.now();
  let worstLagMs = 0;
  const tick = setInterval(() => { const now = performance.now(); worstLagMs = Math.max(worstLagMs, now - last); last = now; }, 5);
  const t0 = performance.now();
  try {
    const res = await send();
    const text = await res.text();
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 10));
    return { status: res.status, body: text ? JSON.parse(text) : null, ms, worstLagMs };
  } finally {
    clearInterval(tick);
  }
}

const post = (query: string, accept = SPEC, variables?: Record<string, unknown>) => () => seeds.app.fetch('http://api.test/graphql', {
  method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query, variables }),
});

const aliased = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

/** The one error of a refused request: BAD_REQUEST, the limit it broke named. */
function expectRefused(o: Outcome, status = 400) {
  expect(o.status).toBe(status);
  expect(o.body.errors).toHaveLength(1);
  expect(o.body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', limit: expect.any(Number) });
  expect(o.body.data ?? null).toBeNull();
  expect(o.ms).toBeLessThan(BLOCK_BOUND_MS);
  expect(o.worstLagMs).toBeLessThan(BLOCK_BOUND_MS);
}

describe('a fragment explosion (each fragment spreads the next twice)', () => {
  const explosion = (n: number, body: (i: number) => string) =>
    `query { stats { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Stats { ${body(i)}${i < n - 1 ? ` ...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`;

  it.each([
    ['plain fields', (_i: number) => 'activityCount'],
    ['an alias in each', (_i: number) => 'a: activityCount'],
    ['a directive in each', (_i: number) => 'activityCount @include(if: true)'],
  ])('with %s is refused before it is expanded: 2^26 selections from under 2 KB', async (_what, body) => {
    const query = explosion(26, body);
    expect(query.length).toBeLessThan(2000);
    expectRefused(await whileHandled(post(query)));
  });
});

describe('many aliased expensive fields', () => {
  it('1000 aliased 6-hop paths (45 KB): refused by the token limit', async () => {
    const query = `{${Array.from({ length: 1000 }, (_, i) => `a${i}:path(from:"person:a",to:"org:b",maxHops:6){length}`).join(' ')}}`;
    expect(query.length).toBeLessThan(64 * 1024);
    const o = await whileHandled(post(query));
    expectRefused(o);
    expect(o.body.errors[0].message).toMatch(/Token limit of 2000/);
  });

  it('15 aliased 6-hop paths, under the token and alias limits: refused by cost', async () => {
    const o = await whileHandled(post(aliased(15, (i) => `path(from: "person:a${i}", to: "org:b", maxHops: 6) { length }`)));
    expectRefused(o);
    expect(o.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', cost: 12000, limit: 5000 });
  });

  it('4900 aliased stats: 413 by the body limit (as written, 125 KB), 2500 of them without aliases (52 KB) 400 by the token limit', async () => {
    const o = await whileHandled(post(`{${Array.from({ length: 4900 }, (_, i) => `a${i}:stats{activityCount}`).join(' ')}}`));
    expectRefused(o, 413);
    expect(o.body.errors[0].message).toMatch(/body is over 65536 bytes/);
    const short = await whileHandled(post(`{${Array.from({ length: 2500 }, () => 'stats{activityCount}').join(' ')}}`));
    expectRefused(short);
    expect(short.body.errors[0].message).toMatch(/Token limit of 2000/);
  });

  it('16 aliased stats: refused by the alias limit', async () => {
    const o = await whileHandled(post(aliased(16, () => 'stats { activityCount }')));
    expectRefused(o);
    expect(o.body.errors[0].message).toMatch(/Aliases limit of 15/);
  });
});

describe('large and deep queries', () => {
  it('40 distinct 10 MB queries: each 413 at once, and the process does not keep them', async () => {
    // What the process holds after a collection: RSS alone also counts pages the allocator has not given back.
    const held = () => { collect(); const m = process.memoryUsage(); return m.heapUsed + m.external; };
    const before = held();
    for (let i = 0; i < 40; i++) {
      const query = `{ ${`f${i}`.padEnd(10 * 1024 * 1024, 'x')} }`;
      const o = await whileHandled(post(query));
      expect(o.status).toBe(413);
      expect(o.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', limit: 64 * 1024 });
      expect(o.ms).toBeLessThan(BLOCK_BOUND_MS);
    }
    // 40 bodies kept would be 400 MB; one 10 MB string at a time is this test's own share.
    expect(held() - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('a 10 000-deep selection: 400 with the limit that refused it', async () => {
    const o = await whileHandled(post(`${'{ a '.repeat(10_000)}${'}'.repeat(10_000)}`));
    expectRefused(o);
    expect(o.body.errors[0].message).toMatch(/Token limit of 2000/);
  });

  it('a 100 000-element list literal: 413 by POST (over the body limit), 400 by GET (over the token limit)', async () => {
    const list = `{ nodes(ids: [${'1,'.repeat(100_000)}]) { id } }`;
    expectRefused(await whileHandled(post(list)), 413);
    const short = `{ nodes(ids: [${'1,'.repeat(5_000)}]) { id } }`;
    const o = await whileHandled(() => seeds.app.fetch(`http://api.test/graphql?query=${encodeURIComponent(short)}`, { headers: { accept: SPEC, 'graphql-require-preflight': '1' } }));
    expectRefused(o);
    expect(o.body.errors[0].message).toMatch(/Token limit of 2000/);
  });
});

describe('limit errors and the client\'s Accept header (GraphQL over HTTP)', () => {
  const deep = `{ node(id: "person:x") { ... on Person { ${'participations { activity { participants { person { '.repeat(3)} name ${'} } } } '.repeat(3)} } } }`;
  const costly = aliased(7, (i) => `path(from: "person:a${i}", to: "org:b", maxHops: 6) { length }`);
  const tokens = aliased(500, () => 'stats { activityCount }');
  const aliases = aliased(16, () => 'stats { activityCount }');

  it.each([
    ['depth', deep, /nested 13 levels deep; the limit is 12/],
    ['cost', costly, /estimated cost 5600, the limit is 5000/],
    ['tokens', tokens, /Token limit of 2000/],
    ['aliases', aliases, /Aliases limit of 15/],
  ])('%s: 400 to a client that accepts application/graphql-response+json, 200 to an application/json one', async (_limit, query, message) => {
    const spec = await whileHandled(post(query, SPEC));
    expectRefused(spec, 400);
    expect(spec.body.errors[0].message).toMatch(message);
    const json = await whileHandled(post(query, 'application/json'));
    expectRefused(json, 200);
    expect(json.body.errors[0].message).toMatch(message);
  });
});
