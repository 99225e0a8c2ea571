// The server's JSON log, read back from a stream the test gives the app: a
// line per request with its id (the client's when sane, else a new one, echoed
// either way), a warn line for a slow one, and masked errors under the id of
// the request they came from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogLevel } from '../../src/config.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/app.ts';
import { requestIdFrom } from '../../src/server/log.ts';
import { openSeededStore, type SeededStore } from './seeded.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Line = Record<string, any>;

let seeded: SeededStore;
beforeAll(async () => { seeded = await openSeededStore('gold'); });
afterAll(() => seeded.close());

/** An app whose log lines land, parsed, in `lines`. */
function logged(options: { level?: LogLevel; slowMs?: number; store?: GraphStore } = {}) {
  const lines: Line[] = [];
  const app = createApp({
    store: options.store ?? seeded.store,
    config: { ingestToken: null, logLevel: options.level ?? 'info', slowMs: options.slowMs ?? 60_000 },
    logDestination: { write: (s: string) => { for (const l of s.split('\n')) if (l) lines.push(JSON.parse(l)); } },
  });
  const ask = (query: string, headers: Record<string, string> = {}) => app.fetch('http://api.test/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }),
  });
  return { app, lines, ask };
}

const requests = (lines: Line[]) => lines.filter((l) => l.msg === 'request');

describe('a log line per request', () => {
  it('says method, path, status, time, operation and the id the client sent, which the answer echoes', async () => {
    const { lines, ask } = logged();
    const res = await ask('query PeopleCount { people { totalCount } }', { 'x-request-id': 'edge-7f3a:2024' });
    expect(res.headers.get('x-request-id')).toBe('edge-7f3a:2024');
    const [line] = requests(lines);
    expect(line).toMatchObject({ level: 30, reqId: 'edge-7f3a:2024', method: 'POST', path: '/graphql', status: 200, operation: 'PeopleCount' });
    expect(line.ms).toBeGreaterThan(0);
    expect(line.ms).toBeLessThan(30_000);
    expect(Date.parse(line.time)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('makes an id when none is sent, a new one per request', async () => {
    const { lines, ask, app } = logged();
    const a = (await ask('{ people { totalCount } }')).headers.get('x-request-id');
    const b = (await app.fetch('http://api.test/health')).headers.get('x-request-id');
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
    expect(requests(lines).map((l) => [l.reqId, l.path, l.status])).toEqual([[a, '/graphql', 200], [b, '/health', 200]]);
    // The anonymous query and the health check have no operation name to give.
    expect(requests(lines).every((l) => !('operation' in l))).toBe(true);
  });

  it.each([
    ['10 KB long', 'a'.repeat(10_000)],
    ['with spaces and markup', 'id <script>alert(1)</script>'],
    ['with quotes and a semicolon', '"x";drop'],
  ])('replaces an id %s, and neither echoes nor logs it', async (_what, bad) => {
    const { lines, ask } = logged();
    const res = await ask('{ people { totalCount } }', { 'x-request-id': bad });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(requests(lines)[0].reqId).toBe(id);
    expect(JSON.stringify(lines)).not.toContain(bad.slice(0, 20));
  });

  it('takes only sane ids: what no HTTP header can carry (a newline) is replaced too', () => {
    // A newline cannot reach the app through fetch's Headers or Node's parser; the check does not rely on that.
    for (const bad of ['abc\ndef', 'abc\r\nset-cookie: x=1', '', ' leading-space', 'x'.repeat(129), '中文']) expect(requestIdFrom(bad), JSON.stringify(bad)).toMatch(UUID);
    for (const good of ['abc', 'x'.repeat(128), '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'f4c1d5e0-2b7a-4c3e-9f51-6a0d2c8e7b19']) expect(requestIdFrom(good)).toBe(good);
  });
});

describe('slow requests', () => {
  it('get a warn line with the operation name when over KG_SLOW_MS (0 here), none when under', async () => {
    const slow = logged({ slowMs: 0 });
    await slow.ask('query Dashboard { stats { activityCount } }', { 'x-request-id': 'slow-1' });
    const warn = slow.lines.filter((l) => l.msg === 'slow request');
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ level: 40, reqId: 'slow-1', operation: 'Dashboard', slowMs: 0, status: 200 });
    const quick = logged({ slowMs: 60_000 });
    await quick.ask('query Dashboard { stats { activityCount } }');
    expect(quick.lines.filter((l) => l.msg === 'slow request')).toEqual([]);
    expect(requests(quick.lines)).toHaveLength(1);
  });

  it('still show at level warn, where the request lines do not', async () => {
    const { lines, ask } = logged({ level: 'warn', slowMs: 0 });
    await ask('query Dashboard { stats { activityCount } }');
    expect(lines.map((l) => l.msg)).toEqual(['slow request']);
  });

  it('nothing at all at level silent', async () => {
    const { lines, ask } = logged({ level: 'silent', slowMs: 0 });
    await ask('query Dashboard { stats { activityCount } }');
    expect(lines).toEqual([]);
  });
});

describe('masked errors', () => {
  it('are logged with their cause under the id of the request they came from', async () => {
    const failing: GraphStore = { ...seeded.store, dialect: seeded.store.dialect, read: () => Promise.reject(new Error('pool exhausted at 10.0.0.7')) };
    const { lines, ask } = logged({ store: failing });
    const res = await ask('query Who { person(name: "赵丽君") { name } }', { 'x-request-id': 'req-err-1' });
    expect(((await res.json()) as any).errors[0].message).toBe('Unexpected error.');
    const error = lines.find((l) => l.level === 50);
    expect(error).toMatchObject({ reqId: 'req-err-1', path: 'person', err: { message: 'pool exhausted at 10.0.0.7' } });
    expect(error!.err.stack).toContain('pool exhausted');
    expect(requests(lines)[0]).toMatchObject({ reqId: 'req-err-1', operation: 'Who' });
  });
});
