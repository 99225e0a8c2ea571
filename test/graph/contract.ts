// The store contract: the same suite for every GraphStore. Each test gets an
// empty, migrated store from the factory. Everything here is plain Cypher
// from the project (or dialect.ts), so it passes on Neo4j as on LadybugDB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.ts';
import { exportPages } from '../../src/graph/export.ts';
import { withoutHash } from './asStored.ts';
import { labelOf, mapList, pathRels, shortestPathMatch, typeOf } from '../../src/graph/dialect.ts';
import { writeExtraction, writeExtractions } from '../../src/graph/ingest.ts';
import { COUNT_NODES, COUNT_RELS } from '../../src/graph/statements.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import type { PageExtraction } from '../../src/extract/types.ts';
import { goldPages } from './fixtures.ts';

export interface StoreHandle { store: GraphStore; dispose(): Promise<void> }

export const counts = async (store: GraphStore) => ({
  nodes: Number((await store.read(COUNT_NODES))[0].n),
  rels: Number((await store.read(COUNT_RELS))[0].n),
});

export function storeContract(name: string, open: () => Promise<StoreHandle>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let h: StoreHandle;
    beforeEach(async () => { h = await open(); });
    afterEach(async () => { await h.dispose(); });

    it('migrates again without error and starts empty', async () => {
      await h.store.migrate();
      expect(await counts(h.store)).toEqual({ nodes: 0, rels: 0 });
    });

    it('stores strings, string lists, nulls and integers and reads them back as plain values', async () => {
      await h.store.write([{
        cypher: 'CREATE (o:Organization {id: $id, name: $name, kind: $kind, aliases: $aliases})',
        params: { id: 'org:甲', name: '甲', kind: null, aliases: ['甲方', '甲单位'] },
      }, {
        cypher: 'CREATE (a:Article {id: $id, position: $position, altTitles: $alt})',
        params: { id: 'article:x#3', position: 3, alt: [] },
      }]);
      const [org] = await h.store.read('MATCH (o:Organization {id: $id}) RETURN o.name AS name, o.kind AS kind, o.aliases AS aliases', { id: 'org:甲' });
      expect(org).toEqual({ name: '甲', kind: null, aliases: ['甲方', '甲单位'] });
      const [art] = await h.store.read('MATCH (a:Article) RETURN a.position AS position, a.altTitles AS alt');
      expect(art.position).toBe(3);
      expect(typeof art.position).toBe('number');
      expect(art.alt).toEqual([]);
    });

    it('takes integer parameters where Cypher needs integers (LIMIT)', async () => {
      await h.store.write([{ cypher: 'UNWIND $rows AS r CREATE (:Person {id: r.id, name: r.name})', params: { rows: [1, 2, 3].map((i) => ({ id: `person:${i}`, name: `人${i}` })) } }]);
      const rows = await h.store.read('MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $n', { n: 2 });
      expect(rows.map((r) => r.name)).toEqual(['人1', '人2']);
    });

    it('returns every row of a large result, in order', async () => {
      const rows = await h.store.read('UNWIND range(1, $n) AS i RETURN i, i * 2 AS twice', { n: 20_000 });
      expect(rows).toHaveLength(20_000);
      expect(rows[0]).toEqual({ i: 1, twice: 2 });
      expect(rows[4095]).toEqual({ i: 4096, twice: 8192 });
      expect(rows[4096]).toEqual({ i: 4097, twice: 8194 });
      expect(rows.every((r, k) => r.i === k + 1)).toBe(true);
    });

    it('reads one statement for several parameter sets, each set\'s rows in the order given', async () => {
      await h.store.write([{ cypher: 'UNWIND $rows AS r CREATE (:Person {id: r.id, name: r.name})', params: { rows: [1, 2].map((i) => ({ id: `person:${i}`, name: `人${i}` })) } }]);
      const rows = await h.store.readEach!('MATCH (p:Person {id: $id}) RETURN p.name AS name', [{ id: 'person:2' }, { id: 'person:9' }, { id: 'person:1' }]);
      expect(rows).toEqual([[{ name: '人2' }], [], [{ name: '人1' }]]);
      expect(await h.store.readEach!('MATCH (p:Person {id: $id}) RETURN p.name AS name', [])).toEqual([]);
    });

    it('returns each statement\'s rows from a write', async () => {
      const out = await h.store.write([
        { cypher: 'UNWIND $rows AS r CREATE (:District {id: r.id, name: r.name}) RETURN count(*) AS created', params: { rows: [{ id: 'district:西城区', name: '西城区' }, { id: 'district:东城区', name: '东城区' }] } },
        { cypher: 'MATCH (d:District) RETURN d.name AS name ORDER BY name' },
      ]);
      expect(out[0]).toEqual([{ created: 2 }]);
      expect(out[1].map((r) => r.name).sort()).toEqual(['东城区', '西城区']);
    });

    it('applies all statements of a write or none', async () => {
      await h.store.write([{ cypher: 'CREATE (:Person {id: $id, name: $id})', params: { id: 'person:甲' } }]);
      const err = await h.store.write([
        { cypher: 'CREATE (:Person {id: $id, name: $id})', params: { id: 'person:乙' } },
        { cypher: 'CREATE (:Person {id: $id, name: $id})', params: { id: 'person:甲' } }, // duplicate id
      ]).catch((e: unknown) => e);
      expect(isKgError(err) && err.code).toBe('STORE_ERROR');
      const rows = await h.store.read('MATCH (p:Person) RETURN p.id AS id');
      expect(rows.map((r) => r.id)).toEqual(['person:甲']);
      // The store is usable after a failed transaction.
      await h.store.write([{ cypher: 'CREATE (:Person {id: $id, name: $id})', params: { id: 'person:丙' } }]);
      expect((await counts(h.store)).nodes).toBe(2);
    });

    it('returns nodes as plain objects with their label, and labels/types through the dialect', async () => {
      await h.store.write([{ cypher: 'CREATE (:Person {id: $p, name: $n})', params: { p: 'person:甲', n: '甲' } }]);
      const [row] = await h.store.read(`MATCH (n {id: $id}) RETURN n, ${labelOf(h.store.dialect, 'n')} AS label`, { id: 'person:甲' });
      expect(row.label).toBe('Person');
      expect(row.n).toMatchObject({ _label: 'Person', id: 'person:甲', name: '甲' });
    });

    it('finds a shortest path with the dialect\'s syntax', async () => {
      const page = goldPages()[0];
      await writeExtraction(h.store, page, 'h');
      const d = h.store.dialect;
      // 张晶 wrote an article that mentions 北京市总工会: Person-Article-Organization.
      const rows = await h.store.read(
        `${shortestPathMatch(d, { path: 'p', from: '(a:Person {id: $from})', to: '(b:Organization {id: $to})', maxHops: 4 })} ` +
        `RETURN length(p) AS hops, ${mapList(d, 'nodes(p)', 'x', 'x.id')} AS ids, ${mapList(d, pathRels(d, 'p'), 'y', typeOf(d, 'y'))} AS types`,
        { from: 'person:张晶', to: 'org:北京市总工会' },
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].hops).toBe(2);
      expect((rows[0].ids as string[])[1]).toMatch(/^article:/);
      expect(rows[0].types).toEqual(['AUTHORED', 'MENTIONS_ORG']);
    });

    it('gives back what was ingested, fact for fact (round trip)', async () => {
      const pages = goldPages();
      for (const p of pages) await writeExtraction(h.store, p, 'h');
      expect(withoutHash(await exportPages(h.store))).toEqual(pages);
    });

    it('leaves node and relationship counts unchanged when pages are ingested again', async () => {
      const pages = goldPages();
      for (const p of pages) expect((await writeExtraction(h.store, p, 'h')).status).toBe('ingested');
      const before = await counts(h.store);
      for (const p of pages) expect((await writeExtraction(h.store, p, 'h')).status).toBe('unchanged');
      expect(await counts(h.store)).toEqual(before);
      // A new hash rewrites every page; the graph is the same graph.
      for (const p of pages) expect((await writeExtraction(h.store, p, 'h2')).status).toBe('replaced');
      expect(await counts(h.store)).toEqual(before);
      expect(withoutHash(await exportPages(h.store))).toEqual(pages);
    });

    it('writes pages that share new entities concurrently without conflict', async () => {
      const pages = goldPages();
      const results = await Promise.all(pages.map((p) => writeExtraction(h.store, p, 'h')));
      expect(results.map((r) => r.status)).toEqual(pages.map(() => 'ingested'));
      expect(withoutHash(await exportPages(h.store))).toEqual(pages);
    });

    it('writes several pages in one transaction as it writes them one by one', async () => {
      const pages = goldPages();
      await writeExtraction(h.store, pages[0], 'h');
      await writeExtraction(h.store, pages[1], 'h');
      const changed = { ...structuredClone(pages[1]), articles: structuredClone(pages[1].articles.slice(1)) };
      const results = await writeExtractions(h.store, [
        { extraction: pages[0], hash: 'h' }, { extraction: changed, hash: 'h2' },
        ...pages.slice(2).map((extraction) => ({ extraction, hash: 'h' })),
      ]);
      expect(results.map((r) => r.status)).toEqual(['unchanged', 'replaced', ...pages.slice(2).map(() => 'ingested')]);
      const expected = [pages[0], changed, ...pages.slice(2)];
      expect(withoutHash(await exportPages(h.store))).toEqual(expected);
      const fresh = await open();
      try {
        for (const p of expected) await writeExtraction(fresh.store, p, 'h');
        expect(await counts(h.store)).toEqual(await counts(fresh.store));
      } finally { await fresh.dispose(); }
    });

    it('writes none of the pages of a transaction that fails', async () => {
      const pages = goldPages();
      await writeExtraction(h.store, pages[0], 'h');
      const before = { counts: await counts(h.store), pages: await exportPages(h.store) };
      // A store whose transactions fail halfway: a statement in the middle breaks the uniqueness of ids.
      const failing: GraphStore = {
        dialect: h.store.dialect,
        migrate: () => h.store.migrate(),
        close: () => h.store.close(),
        read: (c, p) => h.store.read(c, p),
        write: (st) => h.store.write([...st.slice(0, st.length >> 1), { cypher: 'UNWIND $rows AS r CREATE (:Person {id: r, name: r})', params: { rows: ['person:重复', 'person:重复'] } }, ...st.slice(st.length >> 1)]),
      };
      const changed = { ...structuredClone(pages[0]), articles: [] };
      await expect(writeExtractions(failing, [{ extraction: pages[1], hash: 'h' }, { extraction: changed, hash: 'h2' }, { extraction: pages[2], hash: 'h' }]))
        .rejects.toMatchObject({ code: 'STORE_ERROR' });
      expect(await counts(h.store)).toEqual(before.counts);
      expect(await exportPages(h.store)).toEqual(before.pages);
      // A batch naming one page twice is refused before anything is written.
      await expect(writeExtractions(h.store, [{ extraction: pages[1], hash: 'h' }, { extraction: pages[1], hash: 'h' }])).rejects.toThrow(/twice/);
      expect(await counts(h.store)).toEqual(before.counts);
    });

    it('gives an organization the aliases of all its mentions and the kind most of them give', async () => {
      const page = (file: string, kinds: string[], aliases: string[][]): PageExtraction => ({
        file,
        issue_date: null,
        articles: kinds.map((kind, i) => ({
          headline: `标题${i}`, alt_titles: [], section: null, authors: [], participants: [], positions: [], people: [], places: [], body: '正文',
          activity: { kind: 'other', districts: [], organizers: [], date: null },
          organizations: [{ name: '测试集团', aliases: aliases[i], kind: kind as never }],
        })),
      });
      const org = async () => (await h.store.read('MATCH (o:Organization {id: $id}) RETURN o.kind AS kind, o.aliases AS aliases', { id: 'org:测试集团' }))[0];
      await writeExtraction(h.store, page('a.txt', ['other'], [['集团']]), 'h');
      expect(await org()).toEqual({ kind: 'other', aliases: ['集团'] });
      await writeExtraction(h.store, page('b.txt', ['company', 'company'], [[], ['测试']]), 'h');
      const after = await org();
      expect(after.kind).toBe('company');
      expect([...(after.aliases as string[])].sort()).toEqual(['测试', '集团']);
      await writeExtraction(h.store, page('b.txt', ['company'], [[]]), 'h2'); // a tie: the first kind alphabetically
      expect(await org()).toEqual({ kind: 'company', aliases: ['集团'] });
      await writeExtraction(h.store, page('b.txt', [], []), 'h3');
      expect(await org()).toEqual({ kind: 'other', aliases: ['集团'] });
      // A node stored without its tally (an older store) is counted from all its mentions on its next write.
      await writeExtraction(h.store, page('c.txt', ['company', 'company'], [['测试'], []]), 'h');
      await h.store.write([{ cypher: 'MATCH (o:Organization {id: $id}) SET o.aliasCounts = NULL, o.kindCounts = NULL, o.kindNames = NULL, o.aliases = [], o.kind = NULL', params: { id: 'org:测试集团' } }]);
      await writeExtraction(h.store, page('d.txt', ['company'], [['集团']]), 'h');
      expect(await h.store.read('MATCH (o:Organization {id: $id}) RETURN o.kind AS kind, o.aliases AS aliases, o.aliasCounts AS n', { id: 'org:测试集团' }))
        .toEqual([{ kind: 'company', aliases: ['测试', '集团'], n: [1, 2] }]);
    });

    it('replaces only the changed page\'s facts; entities other pages share survive', async () => {
      const pages = goldPages();
      for (const p of pages) await writeExtraction(h.store, p, 'h');
      const changed = structuredClone(pages[0]);
      changed.articles = changed.articles.slice(0, 1); // the page now holds only its first article
      changed.articles[0].people.push({ name: '新人物', occupation: null });
      expect((await writeExtraction(h.store, changed, 'h-new')).status).toBe('replaced');
      const out = withoutHash(await exportPages(h.store));
      expect(out).toEqual([changed, ...pages.slice(1)]);
      // 北京市总工会 is named on other pages too: still one node.
      const org = await h.store.read('MATCH (o:Organization {id: $id}) RETURN o.id AS id', { id: 'org:北京市总工会' });
      expect(org).toHaveLength(1);
      // Entities only the removed articles named are gone: a fresh store with the same pages has the same counts.
      const fresh = await open();
      try {
        for (const p of [changed, ...pages.slice(1)]) await writeExtraction(fresh.store, p, 'h');
        expect(await counts(h.store)).toEqual(await counts(fresh.store));
      } finally { await fresh.dispose(); }
    });
  });
}
