// The Neo4j store's use of the driver, checked without a server: the driver
// is replaced by a fake that records what it is asked and answers like the
// real one (Integer values, errors with Neo4j codes).
import neo4j from 'neo4j-driver';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Call { cypher: string; params: Record<string, unknown>; mode: string; via: 'read' | 'write' }
const calls: Call[] = [];
let closed = 0;
let answer: (cypher: string) => Record<string, unknown>[] = () => [];
let closeFails = false;

vi.mock('neo4j-driver', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof neo4j }).default;
  const driver = () => ({
    verifyConnectivity: async () => ({}),
    close: async () => undefined,
    session: ({ defaultAccessMode }: { defaultAccessMode: string }) => {
      const tx = (via: Call['via']) => ({
        run: async (cypher: string, params: Record<string, unknown>) => {
          calls.push({ cypher, params, mode: defaultAccessMode, via });
          return { records: answer(cypher).map((o) => ({ toObject: () => o })) };
        },
      });
      return {
        executeRead: (work: (t: unknown) => unknown) => work(tx('read')),
        executeWrite: (work: (t: unknown) => unknown) => work(tx('write')),
        close: async () => { closed++; if (closeFails) throw new Error('connection reset'); },
      };
    },
  });
  return { default: { ...real, driver } };
});

const { Neo4jStore } = await import('../../src/graph/neo4j.ts');
const open = () => Neo4jStore.open({ uri: 'bolt://graph.test:7687', user: 'neo4j', password: 'x', database: undefined });

beforeEach(() => { calls.length = 0; closed = 0; answer = () => []; closeFails = false; });

describe('Neo4jStore over the driver', () => {
  it('reads in a READ session through executeRead, sends integral numbers as Integers and closes the session', async () => {
    const store = await open();
    answer = () => [{ n: neo4j.int(42), ids: [neo4j.int(1), 'a'], name: 'x' }];
    const rows = await store.read('MATCH (p:Person) RETURN count(p) AS n SKIP $offset LIMIT $limit', { offset: 0, limit: 20, name: 'x', ratio: 0.5 });
    expect(rows).toEqual([{ n: 42, ids: [1, 'a'], name: 'x' }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ mode: neo4j.session.READ, via: 'read' });
    expect(neo4j.isInt(calls[0].params.limit)).toBe(true);
    expect(neo4j.isInt(calls[0].params.offset)).toBe(true);
    expect(calls[0].params.ratio).toBe(0.5);
    expect(closed).toBe(1);
    await store.close();
  });

  it('writes several statements in one executeWrite, integers inside rows too', async () => {
    const store = await open();
    await store.write([{ cypher: 'UNWIND $rows AS r CREATE (n:Article {id: r.id, position: r.position})', params: { rows: [{ id: 'a', position: 3 }] } }, { cypher: 'RETURN 1' }]);
    expect(calls.map((c) => [c.mode, c.via])).toEqual([[neo4j.session.WRITE, 'write'], [neo4j.session.WRITE, 'write']]);
    expect(neo4j.isInt((calls[0].params.rows as { position: unknown }[])[0].position)).toBe(true);
    expect(closed).toBe(1);
    await store.close();
  });

  it.each([
    ['a rejected statement', 'Neo.ClientError.Statement.SyntaxError', 'STORE_ERROR'],
    ['a lost server', 'ServiceUnavailable', 'STORE_UNAVAILABLE'],
    ['refused credentials', 'Neo.ClientError.Security.Unauthorized', 'STORE_UNAVAILABLE'],
    ['a database that is not available yet', 'Neo.TransientError.General.DatabaseUnavailable', 'STORE_UNAVAILABLE'],
  ])('maps %s to the project error, even when closing the session fails too', async (_what, code, expected) => {
    const store = await open();
    closeFails = true;
    answer = () => { throw Object.assign(new Error(`${code} happened\nat line 2`), { code }); };
    await expect(store.read('RETURN 1')).rejects.toMatchObject({ name: 'KgError', code: expected });
    expect(closed).toBe(1);
    await store.close();
  });

  it('still answers when only closing the session fails', async () => {
    const store = await open();
    closeFails = true;
    answer = () => [{ ok: neo4j.int(1) }];
    expect(await store.read('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
    await store.close();
  });
});
