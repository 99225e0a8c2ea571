// What a client gets when something is wrong: its own mistakes get a clear
// error with `extensions.code`; the server's get "Unexpected error." and the
// cause goes to the log only.
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { handleIngestRequest } from '../../src/graph/remoteIngest.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/app.ts';
import { gql } from './http.ts';
import { countingStore, useSeededApp } from './seeded.ts';

/** The real store, except that reads matching `when` fail with `error`. */
function failingStore(store: GraphStore, when: RegExp, error: () => Error): GraphStore {
  return {
    ...countingStore(store),
    read: (cypher, params) => (when.test(cypher) ? Promise.reject(error()) : store.read(cypher, params)),
    readEach: (cypher, sets) => (when.test(cypher) ? Promise.reject(error()) : store.readEach!(cypher, sets)),
  };
}

const seeds = useSeededApp('gold');

describe('unexpected errors are masked', () => {
  it.each([
    ['a plain exception', () => new Error('connection pool exhausted at 10.0.0.7 (secret)')],
    ['a statement the store rejected', () => new KgError('STORE_ERROR', 'store error: Binder exception (secret)', { cypher: 'MATCH (secret)' })],
  ])('%s: "Unexpected error.", the cause only in the log', async (_what, error) => {
    const logged: unknown[] = [];
    const broken = createApp({
      store: failingStore(seeds.seeded.store, /HOLDS_POSITION/, error),
      config: { ingestToken: null },
      errors: { log: (e) => logged.push(e) },
    });
    const res = await gql(broken, '{ person(name: "赵丽君") { name positions { titles } } }');
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toBe('Unexpected error.');
    expect(res.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(String(logged[0])).toContain('secret');
  });

  it.each([
    ['busy', new KgError('STORE_BUSY', 'the store at /srv/secret/graph.lbug is in use by another process'), 'The graph store is busy; try again shortly.'],
    ['unreachable', new KgError('STORE_UNAVAILABLE', 'cannot reach Neo4j at bolt://secret-host:7687: connection refused'), 'The graph store cannot be reached; try again later.'],
  ])('a store that is %s is answered with its code and a fixed message; where it is goes to the log only', async (_what, error, message) => {
    const logged: unknown[] = [];
    const down = createApp({ store: failingStore(seeds.seeded.store, /./, () => error), config: { ingestToken: null }, errors: { log: (e) => logged.push(e) } });
    const res = await gql(down, '{ person(name: "赵丽君") { name } }');
    expect(res.errors![0]).toMatchObject({ message, extensions: { code: error.code } });
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(logged).toEqual([error]);
  });
});

describe('limits', () => {
  it('refuses `first` over 100 before touching the store', async () => {
    const store = countingStore(seeds.seeded.store);
    const limited = createApp({ store, config: { ingestToken: null } });
    for (const query of ['{ activities(first: 101) { edges { node { kind } } } }', '{ person(name: "赵丽君") { associates(first: 500) { count } } }']) {
      const res = await gql(limited, query);
      expect(res.errors![0].extensions?.code).toBe('BAD_REQUEST');
      expect(res.errors![0].message).toMatch(/"first" must be at most 100/);
    }
    const viaVariable = await gql(limited, 'query($n: Int) { people(first: $n) { totalCount } }', { n: 1000 });
    expect(viaVariable.errors![0].message).toMatch(/"first" must be at most 100, got 1000/);
    expect(store.reads).toBe(0);
  });

  it('refuses `nodes(ids:)` with more than 100 ids before touching the store, and takes 100', async () => {
    const store = countingStore(seeds.seeded.store);
    const limited = createApp({ store, config: { ingestToken: null } });
    const ids = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'person:赵丽君' : `person:nobody-${i}`));
    const over = await gql(limited, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(101) });
    expect(over.errors![0]).toMatchObject({ message: '"ids" may list at most 100 ids, got 101', extensions: { code: 'BAD_REQUEST', limit: 100 } });
    expect(store.reads).toBe(0);
    const at = await gql(limited, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(100) });
    expect(at.errors).toBeUndefined();
    expect(at.data.nodes).toHaveLength(100);
    expect(at.data.nodes.filter(Boolean)).toEqual([{ id: 'person:赵丽君' }]);
  });

  it('refuses a query whose estimated cost is over the limit, saying the cost', async () => {
    const res = await gql(seeds.app, `{ activities(first: 100) { edges { node { participants { person {
      participations { activity { participants { person { positions { organization { name } } } } } } } } } } } }`);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 5000 });
    expect(res.errors![0].extensions!.cost).toBeGreaterThan(5000);
    expect(res.errors![0].message).toMatch(/too expensive: estimated cost \d+, the limit is 5000/);
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a query nested too deep', async () => {
    const res = await gql(seeds.app, `{ person(name: "赵丽君") { participations { activity { participants { person { participations { activity {
      participants { person { participations { activity { participants { person { name } } } } } } } } } } } } } }`);
    expect(res.errors![0].extensions?.code).toBe('BAD_REQUEST');
    expect(res.errors![0].message).toMatch(/nested \d+ levels deep; the limit is 12/);
  });

  it('refuses fragments that each spread the next twice (2^24 fields from under 1 KB) quickly, and /health still answers', async () => {
    const n = 24;
    const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Stats { ${i === n - 1 ? 'activityCount' : `...F${i + 1} ...F${i + 1}`} }`);
    const query = `{ stats { ...F0 } }\n${fragments.join('\n')}`;
    expect(query.length).toBeLessThan(1024);
    const started = performance.now();
    const res = await gql(seeds.app, query);
    expect(performance.now() - started).toBeLessThan(500);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_REQUEST', limit: 1000 } });
    expect(res.errors![0].message).toMatch(/selects more than 1000 fields and fragments/);
    expect((await seeds.app.fetch('http://api.test/health')).status).toBe(200);
  });

  it.each([
    ['100 aliased stats', `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { activityCount }`).join(' ')} }`, 'Aliases limit of 15 exceeded, found 100', 15],
    ['11 directives', `{ stats { ${Array.from({ length: 11 }, () => 'activityCount @include(if: true)').join(' ')} } }`, 'Directives limit of 10 exceeded, found 11', 10],
    ['a selection 10 000 levels deep', `{ ${'stats { '.repeat(10_000)}activityCount${' }'.repeat(10_000)} }`, 'Token limit of 2000 exceeded', 2000],
    ['a list literal of 100 000 ids', `{ nodes(ids: [${Array(100_000).fill('"x"').join(',')}]) { id } }`, 'Token limit of 2000 exceeded', 2000],
  ])('refuses %s as a BAD_REQUEST naming the limit, 400 to a client that accepts graphql-response+json, before the store', async (_what, query, message, limit) => {
    const store = countingStore(seeds.seeded.store);
    // A body limit that lets the deep selection (80 KB) and the list (400 KB) through: the token limit refuses them too.
    const limited = createApp({ store, config: { ingestToken: null }, bodyLimit: { maxBytes: 1024 * 1024 } });
    const res = await gql(limited, query);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toContain(message);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_REQUEST', limit });
    const spec = await limited.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    expect(spec.status).toBe(400);
    expect(store.reads).toBe(0);
  });

  it('answers a 10 MB body with 413 saying the limit (64 KB), declared or streamed, and takes one just under it', async () => {
    const query = `{ stats { activityCount } } #${'x'.repeat(10 * 1024 * 1024)}`;
    const post = (body: string, stream: boolean) => seeds.app.fetch(new Request('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(stream ? {} : { 'content-length': String(Buffer.byteLength(body)) }) },
      body: stream ? new Blob([body]).stream() : body, ...(stream ? { duplex: 'half' } : {}),
    } as RequestInit));
    for (const stream of [false, true]) {
      const started = performance.now();
      const res = await post(JSON.stringify({ query }), stream);
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ errors: [{
        message: 'The request body is over 65536 bytes: send a shorter query or smaller variables',
        extensions: { code: 'BAD_REQUEST', limit: 65536 },
      }] });
      expect(performance.now() - started).toBeLessThan(500);
    }
    const under = JSON.stringify({ query: `{ stats { activityCount } } #${'x'.repeat(60 * 1024)}` });
    const res = await post(under, true);
    expect(res.status).toBe(200);
    expect((await res.json()).data.stats.activityCount).toBeGreaterThan(0);
    expect((await seeds.app.fetch('http://api.test/health')).status).toBe(200);
  });

  it('lets the README examples through, and a wide query that bounds its lists', async () => {
    for (const e of EXAMPLE_QUERIES) expect((await gql(seeds.app, e.query)).errors, e.title).toBeUndefined();
    // 100 activities × 5 participants × 10 positions (their default first) is over the limit; two positions each is not.
    const wide = (positions: string) => `{ activities(first: 100) { edges { node { participants { person { ${positions} { organization { name } } } } } } } }`;
    expect((await gql(seeds.app, wide('positions'))).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect((await gql(seeds.app, wide('positions(first: 2)'))).errors).toBeUndefined();
  });
});

describe('bad input', () => {
  it.each([
    ['a malformed id', '{ node(id: "赵丽君") { id } }', /Malformed id "赵丽君"/],
    ['too few hops', '{ path(from: "person:赵丽君", to: "person:王敬东", via: [ORGANIZED], maxHops: 0) { length } }', /"maxHops" must be from 1 to 6, got 0/],
    ['an unknown district', '{ district(name: "东城县") { name } }', /Unknown district "东城县"/],
    ['an unknown district in a filter', '{ activities(filter: { district: "火星" }) { totalCount } }', /Unknown district "火星"/],
    ['a bad cursor', '{ activities(first: 2, after: "not-a-cursor") { totalCount } }', /cursor/i],
    ['an offset cursor of the earlier API', `{ people(first: 2, after: "${Buffer.from('OffsetConnection:2').toString('base64')}") { totalCount } }`, /Invalid cursor .* in "after": an offset cursor .* first page/],
    ['too many hops', '{ path(from: "person:赵丽君", to: "person:王敬东", maxHops: 9) { length } }', /"maxHops" must be from 1 to 6/],
  ])('%s is a BAD_REQUEST that says what is wrong', async (_what, query, message) => {
    const res = await gql(seeds.app, query);
    expect(res.errors![0].extensions?.code).toBe('BAD_REQUEST');
    expect(res.errors![0].message).toMatch(message);
  });

  const long = '工'.repeat(101);
  it.each([
    ['person(name:)', `{ person(name: "${long}") { name } }`, '"name" must be at most 100 characters, got 101'],
    ['organization(name:)', `{ organization(name: "${long}") { name } }`, '"name" must be at most 100 characters, got 101'],
    ['district(name:)', `{ district(name: "${long}") { name } }`, '"name" must be at most 100 characters, got 101'],
    ['people(search:)', `{ people(search: "${long}") { totalCount } }`, '"search" must be at most 100 characters, got 101'],
    ['organizations(search:)', `{ organizations(search: "${long}") { totalCount } }`, '"search" must be at most 100 characters, got 101'],
    ['an activity filter', `{ activities(filter: { organizer: "${long}" }) { totalCount } }`, '"filter.organizer" must be at most 100 characters, got 101'],
    ['an article filter', `{ articles(filter: { district: "${long}" }) { totalCount } }`, '"filter.district" must be at most 100 characters, got 101'],
    ['node(id:)', `{ node(id: "person:${'工'.repeat(200)}") { id } }`, 'An id must be at most 200 characters, got 207'],
    ['a path end', `{ path(from: "person:赵丽君", to: "org:${'工'.repeat(200)}") { length } }`, 'An id must be at most 200 characters, got 204'],
  ])('a string too long for %s is a BAD_REQUEST naming the limit, and the store is not read', async (_what, query, message) => {
    const store = countingStore(seeds.seeded.store);
    const res = await gql(createApp({ store, config: { ingestToken: null } }), query);
    expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_REQUEST' } });
    expect(store.reads).toBe(0);
  });

  it('a name of 100 characters is still looked up, and surrounding spaces do not count', async () => {
    const res = await gql(seeds.app, `{ person(name: "${'工'.repeat(100)}") { name } found: person(name: " 赵丽君 ") { name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ person: null, found: { name: '赵丽君' } });
  });

  it('a client\'s mistake is not logged as a server error; a masked one is', async () => {
    const lines: { level: number; err?: { message: string } }[] = [];
    const logDestination = { write: (l: string) => { lines.push(JSON.parse(l)); } };
    const errorLines = () => lines.filter((l) => l.level >= 50);
    const fine = createApp({ store: seeds.seeded.store, config: { ingestToken: null, logLevel: 'info' }, logDestination });
    const bad = await gql(fine, '{ district(name: "东城县") { name } path(from: "person:赵丽君", to: "person:无此人") { length } }');
    expect(bad.errors!.map((e) => e.extensions?.code).sort()).toEqual(['BAD_REQUEST', 'NOT_FOUND']);
    expect(bad.errors!.find((e) => e.extensions?.code === 'BAD_REQUEST')!.extensions).toEqual({ code: 'BAD_REQUEST', district: '东城县' });
    expect(lines).toHaveLength(1);
    expect(errorLines()).toEqual([]);
    const broken = createApp({
      store: failingStore(seeds.seeded.store, /HOLDS_POSITION/, () => new Error('disk on fire')), config: { ingestToken: null, logLevel: 'info' }, logDestination,
    });
    expect((await gql(broken, '{ person(name: "赵丽君") { positions { titles } } }')).errors![0].message).toBe('Unexpected error.');
    // Once: the server's logger, with the cause.
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0].err?.message).toBe('disk on fire');
  });

  it('GraphQL\'s own validation errors come through as they are', async () => {
    const res = await gql(seeds.app, '{ person(name: "赵丽君") { salary } }');
    expect(res.errors![0].message).toMatch(/Cannot query field "salary" on type "Person"/);
  });
});

describe('health, readiness, ingest', () => {
  it('/health is 200; /ready is 200 while the store answers, 503 when it does not', async () => {
    expect((await seeds.app.fetch('http://api.test/health')).status).toBe(200);
    expect((await seeds.app.fetch('http://api.test/ready')).status).toBe(200);
    const down = createApp({
      store: failingStore(seeds.seeded.store, /./, () => new KgError('STORE_UNAVAILABLE', 'cannot reach the store')),
      config: { ingestToken: null },
    });
    const res = await down.fetch('http://api.test/ready');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('cannot reach the store');
  });

  it('/ingest refuses a body over its size limit with 413, before parsing or writing anything', async () => {
    const pages = async () => Number((await seeds.seeded.store.read('MATCH (p:Page) RETURN count(p) AS n'))[0].n);
    const before = await pages();
    const page = { file: 'big.txt', content: Buffer.from('北京市总工会'.repeat(100)).toString('base64') };
    const body = JSON.stringify({ pages: [page] });
    const post = (stream: boolean) => new Request('http://api.test/ingest', {
      method: 'POST', headers: { authorization: 'Bearer secret-token' },
      // A streamed body declares no length: the limit holds while reading too.
      body: stream ? new Blob([body]).stream() : body, ...(stream ? { duplex: 'half' } : {}),
    } as RequestInit);
    for (const stream of [false, true]) {
      const res = await handleIngestRequest(seeds.seeded.store, 'secret-token', post(stream), { maxBodyBytes: body.length - 1 });
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: `the request is over ${body.length - 1} bytes: send fewer pages at a time` } });
    }
    expect(await pages()).toBe(before);
    const fits = await handleIngestRequest(seeds.seeded.store, 'secret-token', new Request('http://api.test/ingest', { method: 'POST', headers: { authorization: 'Bearer secret-token' }, body: '{"pages": []}' }), { maxBodyBytes: 100 });
    expect(fits.status).toBe(200);
  });

  it('/ingest refuses (400) a request with a page name that names no file inside its folder, and writes nothing', async () => {
    const pages = async () => Number((await seeds.seeded.store.read('MATCH (p:Page) RETURN count(p) AS n'))[0].n);
    const before = await pages();
    const content = Buffer.from('## 区总工会慰问职工\n\n本报讯（记者 孙立）近日，区总工会走访慰问一线职工。').toString('base64');
    for (const bad of ['', '.', '..', '../x.txt', 'a\u0000b.txt']) {
      const res = await handleIngestRequest(seeds.seeded.store, 'secret-token', new Request('http://api.test/ingest', {
        method: 'POST', headers: { authorization: 'Bearer secret-token' },
        body: JSON.stringify({ pages: [{ file: 'fine.txt', content }, { file: bad, content }] }),
      }));
      expect(res.status, JSON.stringify(bad)).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toContain(`pages[1].file ${JSON.stringify(bad)} is no page name`);
    }
    expect(await pages()).toBe(before);
  });

  it('/ingest is off without a token, and refuses a wrong one', async () => {
    expect((await seeds.app.fetch('http://api.test/ingest', { method: 'POST', body: '{}' })).status).toBe(404);
    const open = createApp({ store: seeds.seeded.store, config: { ingestToken: 'secret-token' } });
    const res = await open.fetch('http://api.test/ingest', { method: 'POST', headers: { authorization: 'Bearer wrong' }, body: '{"pages": []}' });
    expect(res.status).toBe(401);
  });
});
