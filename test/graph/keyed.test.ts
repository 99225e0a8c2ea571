// Statements batched over ids, read one key at a time on the embedded store:
// on the seed pages every loader statement gives exactly the rows the batched
// statement gives, the per-key form starts at the node's primary key where
// the batched one scans a relationship table, and what cannot start at a
// node is left as one read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { associatesOfPeople } from '../../src/api/queries/connections.ts';
import * as relations from '../../src/api/queries/relations.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { perKey, readKeyed, readsPerKey } from '../../src/graph/keyed.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import type { Row, Statement } from '../../src/graph/store.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
let tmp: string;
let store: LadybugStore;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-keyed-'));
  store = await LadybugStore.open(tmp);
  await store.migrate();
  await ingestPaths(store, [SEEDS]);
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

/** Every id of the label the statement starts from, and one that is not stored. */
async function keysFor(s: Statement): Promise<string[]> {
  const label = /\(\w+:(\w+) \{id: key\}\)/.exec(s.cypher)![1];
  const ids = (await store.read(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((r) => String(r.id));
  return [...ids, `${label.toLowerCase()}:不存在`];
}

const builders: [string, (ids: readonly string[]) => Statement][] = [
  ...Object.entries(relations).filter(([name]) => name !== 'peopleNamed' && name !== 'firstPositionHolders' && name !== 'positionsOfHolders') as [string, (ids: readonly string[]) => Statement][],
  ['positionsOfHolders at 北京市总工会', (ids) => relations.positionsOfHolders('org:北京市总工会', ids)],
  ['associatesOfPeople', (ids) => associatesOfPeople(ids)],
  ['associatesOfPeople in 2024', (ids) => associatesOfPeople(ids, { from: '2024-01-01', to: '2024-12-31' })],
];

describe('readKeyed', () => {
  const keyed = builders.filter(([, b]) => readsPerKey({ dialect: 'ladybug' }, b(['x'])));

  it('reads every node-rooted loader statement per key, and leaves a statement that matches by property as one read', () => {
    expect(keyed.map(([name]) => name)).toEqual(expect.arrayContaining(['participationsOfPeople', 'participantsOfActivities', 'positionsOfPeople', 'associatesOfPeople']));
    expect(keyed.map(([name]) => name)).not.toContain('positionsInArticles');
    expect(readsPerKey({ dialect: 'neo4j' }, relations.participationsOfPeople(['person:x']))).toBe(false);
  });

  it.each(builders.map(([name, b]) => [name, b] as const))('%s: the same rows as the batched statement, on every stored key', async (_name, build) => {
    const s = build(['x']);
    if (!readsPerKey(store, s)) return;
    const all = build(await keysFor(s));
    const batched = await store.read(all.cypher, all.params);
    const each = await readKeyed(store, all);
    expect(sorted(each)).toEqual(sorted(batched));
  });

  it('finds rows on the seeds for the lists the API shows most', async () => {
    for (const b of [relations.participationsOfPeople, relations.participantsOfActivities, relations.positionsOfPeople, relations.peopleInArticles]) {
      const s = b(await keysFor(b(['x'])));
      expect((await readKeyed(store, s)).length).toBeGreaterThan(10);
    }
  });

  it('gives each key its own rows, in the order the keys were asked', async () => {
    const people = (await store.read('MATCH (p:Person)-[:PARTICIPATED_IN]->() RETURN DISTINCT p.id AS id ORDER BY id DESC LIMIT 3')).map((r) => String(r.id));
    const rows = await readKeyed(store, relations.participationsOfPeople(people));
    const parents = rows.map((r) => String(r.parent));
    expect([...new Set(parents)]).toEqual(people);
    for (const p of people) {
      const one = await store.read(`MATCH (p:Person {id: $id})-[:PARTICIPATED_IN]->(a:Activity) RETURN a.id AS id`, { id: p });
      expect(rows.filter((r) => r.parent === p).map((r) => r.activity).sort()).toEqual(one.map((r) => r.id).sort());
    }
  });

  it('starts the per-key read at the node\'s primary key; the batched one joins a scan of the relationship table', async () => {
    const s = relations.participationsOfPeople(['person:张三']);
    const plan = async (st: Statement) => (await store.read(`EXPLAIN ${st.cypher}`, st.params)).map((r) => Object.values(r).join('\n')).join('\n');
    const one = await plan(perKey(s, 'person:张三'));
    expect(one).toMatch(/PRIMARY_KEY_SCAN_NODE_TABLE/);
    expect(await plan(s)).not.toMatch(/PRIMARY_KEY_SCAN_NODE_TABLE/);
  });

  it('is one store call on the embedded store, and one batched read on a store without readEach', async () => {
    const people = (await store.read('MATCH (p:Person)-[:PARTICIPATED_IN]->() RETURN DISTINCT p.id AS id ORDER BY id LIMIT 4')).map((r) => String(r.id));
    const s = relations.participationsOfPeople(people);
    const calls: string[] = [];
    const watched = {
      dialect: store.dialect, migrate: () => store.migrate(), write: store.write.bind(store), close: async () => {},
      read: (c: string, p?: Record<string, unknown>) => { calls.push('read'); return store.read(c, p); },
      readEach: (c: string, sets: Record<string, unknown>[]) => { calls.push(`readEach ${sets.length}`); return store.readEach(c, sets); },
    };
    const each = await readKeyed(watched, s);
    expect(calls).toEqual(['readEach 4']);
    const { readEach: _, ...plain } = watched;
    calls.length = 0;
    const batched = await readKeyed(plain, s);
    expect(calls).toEqual(['read']);
    expect(sorted(each)).toEqual(sorted(batched));
    expect(each.length).toBeGreaterThanOrEqual(4);
  });
});

describe('LadybugStore.readEach', () => {
  it('gives each parameter set its rows, in the order given', async () => {
    const ids = (await store.read('MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 3')).map((r) => String(r.id));
    const asked = [ids[2], 'person:不存在', ids[0]];
    const rows = await store.readEach('MATCH (p:Person {id: $id}) RETURN p.id AS id', asked.map((id) => ({ id })));
    expect(rows).toEqual([[{ id: ids[2] }], [], [{ id: ids[0] }]]);
    expect(await store.readEach('MATCH (p:Person {id: $id}) RETURN p.id AS id', [])).toEqual([]);
  });

  it('stops at the deadline like a read', async () => {
    await expect(store.readEach('MATCH (p:Person {id: $id}) RETURN p.id AS id', [{ id: 'x' }], { deadline: Date.now() - 1 }))
      .rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
