// path and paths: ends by id or by name, the k shortest chains, a relationship
// type filter and hubs to avoid, on the seed pages in a real store.
import { describe, expect, it } from 'vitest';
import { goldArticles } from './gold.ts';
import { gql } from './http.ts';
import { useSeededApp } from './seeded.ts';

const CHAIN = 'length nodes { id } hops { type from { id } to { id } titles roles article { id } evidence { text } }';

interface Chain { length: number; nodes: { id: string }[]; hops: { type: string; from: { id: string }; to: { id: string }; article: { id: string } | null; evidence: { text: string } | null }[] }

/** A chain is a walk: each hop joins the nodes before and after it, and no node comes twice. */
function expectChain(chain: Chain, from: string, to: string) {
  const ids = chain.nodes.map((n) => n.id);
  expect(ids[0]).toBe(from);
  expect(ids.at(-1)).toBe(to);
  expect(new Set(ids).size).toBe(ids.length);
  expect(chain.hops).toHaveLength(chain.length);
  chain.hops.forEach((hop, i) => expect(new Set([hop.from.id, hop.to.id])).toEqual(new Set([ids[i], ids[i + 1]])));
}

describe('paths over the seed pages', () => {
  const seeds = useSeededApp();

  it('takes names as well as ids, and gives the same chain', async () => {
    const byId = await gql(seeds.app, `{ path(from: "person:赵丽君", to: "person:王敬东") { ${CHAIN} } }`);
    const byName = await gql(seeds.app, `{ path(from: "赵丽君", to: "王敬东") { ${CHAIN} } }`);
    expect(byName.errors).toBeUndefined();
    expect(byName.data.path).toEqual(byId.data.path);
    // An alias names its organization, a short district name its district.
    const org = await gql(seeds.app, '{ path(from: "赵丽君", to: "市总工会") { nodes { id } } }');
    expect(org.data.path.nodes.map((n: { id: string }) => n.id)).toEqual(['person:赵丽君', 'org:北京市总工会']);
    const district = await gql(seeds.app, '{ path(from: "东城", to: "赵丽君", maxHops: 6) { nodes { id } } }');
    expect(district.errors).toBeUndefined();
    expect(district.data.path.nodes[0].id).toBe('district:东城区');
  });

  it('a name nothing has is NOT_FOUND naming it', async () => {
    const res = await gql(seeds.app, '{ path(from: "赵丽君", to: "无此人") { length } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(res.errors?.[0].message).toContain('name "无此人"');
  });

  it('paths gives the k shortest chains, shortest first, each a different walk', async () => {
    const res = await gql(seeds.app, `{ paths(from: "赵丽君", to: "王敬东", first: 4, maxHops: 4) { ${CHAIN} } }`);
    expect(res.errors).toBeUndefined();
    const chains: Chain[] = res.data.paths;
    expect(chains.length).toBeGreaterThan(1);
    expect(chains.length).toBeLessThanOrEqual(4);
    for (const chain of chains) expectChain(chain, 'person:赵丽君', 'person:王敬东');
    const lengths = chains.map((c) => c.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(new Set(chains.map((c) => c.nodes.map((n) => n.id).join(' '))).size).toBe(chains.length);
    // The first is path's chain: both hold positions at 北京市总工会 (gold 001#0, 001#1).
    expect(chains[0].nodes.map((n) => n.id)).toEqual(['person:赵丽君', 'org:北京市总工会', 'person:王敬东']);
  });

  it('via keeps to the relationship types asked for', async () => {
    const res = await gql(seeds.app, `{ paths(from: "赵丽君", to: "市总工会", first: 3, via: [PARTICIPATED_IN, ORGANIZED]) { ${CHAIN} } }`);
    expect(res.errors).toBeUndefined();
    const chains: Chain[] = res.data.paths;
    expect(chains.length).toBeGreaterThan(0);
    for (const chain of chains) {
      expectChain(chain, 'person:赵丽君', 'org:北京市总工会');
      for (const hop of chain.hops) expect(['PARTICIPATED_IN', 'ORGANIZED']).toContain(hop.type);
    }
    // She took part in an activity 北京市总工会 organized: the activity is a gold fact of the hop's article.
    const [first] = chains;
    expect(first.length).toBe(2);
    const article = goldArticles().find((a) => `article:${a.file}#${a.index}` === first.hops[0].article!.id)!;
    expect(JSON.stringify(article)).toContain('赵丽君');
    expect(first.hops.every((h) => h.evidence !== null)).toBe(true);
  });

  it('avoid keeps hubs out of every chain, and a chain through the hub alone is then not found', async () => {
    const through = await gql(seeds.app, `{ paths(from: "赵丽君", to: "王敬东", first: 5, avoid: ["北京市总工会"]) { ${CHAIN} } }`);
    expect(through.errors).toBeUndefined();
    for (const chain of through.data.paths as Chain[]) {
      expectChain(chain, 'person:赵丽君', 'person:王敬东');
      expect(chain.nodes.slice(1, -1).map((n) => n.id)).not.toContain('org:北京市总工会');
    }
    const direct = await gql(seeds.app, '{ path(from: "赵丽君", to: "市总工会", maxHops: 1, avoid: ["org:北京市总工会"]) { length } }');
    // An end is never avoided: the one-hop chain to it stays.
    expect(direct.data.path).toEqual({ length: 1 });
    const none = await gql(seeds.app, '{ path(from: "赵丽君", to: "王敬东", maxHops: 2, via: [HOLDS_POSITION], avoid: ["北京市总工会"]) { length } }');
    expect(none.errors).toBeUndefined();
    expect(none.data.path).toBeNull();
  });

  it('an id to avoid with quotes and backslashes is looked up, not written into the query', async () => {
    const res = await gql(seeds.app, String.raw`{ path(from: "赵丽君", to: "王敬东", avoid: ["person:x'] RETURN 1 //\\"]) { length } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(res.errors?.[0].message).toContain('to avoid');
  });

  it('refuses a first, an avoid list or hops beyond their limits', async () => {
    const tooMany = await gql(seeds.app, '{ paths(from: "赵丽君", to: "王敬东", first: 11) { length } }');
    expect(tooMany.errors?.[0]).toMatchObject({ message: '"first" must be from 1 to 10, got 11', extensions: { code: 'BAD_REQUEST' } });
    const avoid = JSON.stringify(Array.from({ length: 21 }, (_, i) => `person:p${i}`));
    const long = await gql(seeds.app, `{ paths(from: "赵丽君", to: "王敬东", avoid: ${avoid}) { length } }`);
    expect(long.errors?.[0].message).toBe('"avoid" takes at most 20 nodes, got 21');
  });
});
