// What the request deadline and the limits do to hostile requests, in figures
// (npm run bench:deadline [-- --pages 300 --timeout 150]): a generated archive
// in a temp dir, one read connection, 15 aliased 6-hop path searches run to
// their end and cut at the deadline, the look-up after each, and the status
// and time of the requests the limits refuse.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './gen-corpus.ts';
import { ingestPaths } from '../src/graph/ingestFiles.ts';
import { LadybugStore } from '../src/graph/ladybug.ts';
import { createApp, type App } from '../src/server/app.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const pages = arg('pages', 300);
const timeoutMs = arg('timeout', 150);

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-deadline-'));
const store = await LadybugStore.open(join(dir, 'store'), { readConnections: 1, bufferPoolMb: 256 });
try {
  writeCorpus(join(dir, 'pages'), pages, 1);
  await store.migrate();
  await ingestPaths(store, [join(dir, 'pages')]);
  const people = (await store.read('MATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 40')).map((r) => String(r.id));
  const slow = `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: path(from: "${people[i]}", to: "${people[39 - i]}", maxHops: 6) { length }`).join(' ')} }`;
  const lookup = `{ node(id: "${people[0]}") { ... on Person { name } } }`;

  const ask = async (app: App, query: string, accept = 'application/graphql-response+json') => {
    const t0 = performance.now();
    const res = await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? 'ok', ms: performance.now() - t0 };
  };
  const show = (what: string, r: { status: number; code: string; ms: number }) => console.log(`${what.padEnd(64)} ${r.status} ${r.code.padEnd(11)} ${r.ms.toFixed(0).padStart(6)} ms`);

  console.log(`${pages} generated pages, one read connection; deadline ${timeoutMs} ms`);
  const limits = { maxCost: 1_000_000 };
  const patient = createApp({ store, config: { ingestToken: null, requestTimeoutMs: 60_000 }, limits });
  const hurried = createApp({ store, config: { ingestToken: null, requestTimeoutMs: timeoutMs }, limits });
  show('15 aliased 6-hop paths, no deadline (cost limit off)', await ask(patient, slow));
  show('the look-up after it', await ask(patient, lookup));
  show(`15 aliased 6-hop paths, ${timeoutMs} ms deadline (cost limit off)`, await ask(hurried, slow));
  show('the look-up after it', await ask(hurried, lookup));

  const app = createApp({ store, config: { ingestToken: null } });
  const aliased = (n: number, f: (i: number) => string) => `{${Array.from({ length: n }, (_, i) => `a${i}:${f(i)}`).join(' ')}}`;
  show('15 aliased 6-hop paths, default limits', await ask(app, slow));
  show('1000 aliased 6-hop paths', await ask(app, aliased(1000, () => 'path(from:"person:a",to:"org:b",maxHops:6){length}')));
  show('4900 aliased stats', await ask(app, aliased(4900, () => 'stats{activityCount}')));
  show('fragment explosion, 26 fragments each spreading the next twice', await ask(app, `query { stats { ...F0 } } ${Array.from({ length: 26 }, (_, i) => `fragment F${i} on Stats { activityCount${i < 25 ? ` ...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`));
  show('a 10 000-deep selection', await ask(app, `${'{ a '.repeat(10_000)}${'}'.repeat(10_000)}`));
  show('a 10 MB query', await ask(app, `{ ${'f'.padEnd(10 * 1024 * 1024, 'x')} }`));
  show('15 aliased 6-hop paths, application/json only', await ask(app, slow, 'application/json'));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
