// Ingest of the seed pages through the real pipeline: round trip, idempotent
// re-ingest, one changed page, and a page whose write fails midway.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractPageFile } from '../../src/extract/pageFile.ts';
import { exportPages } from '../../src/graph/export.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import type { GraphStore, Statement } from '../../src/graph/store.ts';
import { counts } from './contract.ts';
import { asStored, withoutHash } from './asStored.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const seedFiles = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

let tmp: string;
let store: LadybugStore;
const openFresh = async (name: string) => {
  const s = await LadybugStore.open(join(tmp, name));
  await s.migrate();
  return s;
};

beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  mkdirSync(join(tmp, 'pages'));
  for (const f of seedFiles()) copyFileSync(join(SEEDS, f), join(tmp, 'pages', f));
  store = await openFresh('db');
});
afterEach(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Changes one page's text so that its facts change: a person is renamed throughout. */
function editPage(file: string): void {
  const path = join(tmp, 'pages', file);
  const text = readFileSync(path, 'utf8');
  const name = extractPageFile(path).articles.flatMap((a) => a.people.map((p) => p.name))[0];
  expect(name, 'the edited page names a person').toBeTruthy();
  writeFileSync(path, text.replaceAll(name, '欧阳新'));
}

describe('ingest of the seed pages', () => {
  it('exports exactly what extraction gives, fact for fact', async () => {
    const summary = await ingestPaths(store, [join(tmp, 'pages')]);
    expect(summary.failed).toEqual([]);
    const extracted = seedFiles().map((f) => extractPageFile(join(tmp, 'pages', f)));
    expect(summary.ingested).toBe(extracted.length);
    expect(withoutHash(await exportPages(store))).toEqual(asStored(extracted));
  });

  it('changes nothing when all pages are ingested again', async () => {
    const first = await ingestPaths(store, [join(tmp, 'pages')]);
    expect(first.nodesCreated).toBeGreaterThan(0);
    const before = await counts(store);
    const again = await ingestPaths(store, [join(tmp, 'pages')]);
    expect(again).toMatchObject({ read: first.read, ingested: 0, replaced: 0, unchanged: first.read, nodesCreated: 0, relsCreated: 0 });
    expect(await counts(store)).toEqual(before);
  });

  it('replaces only the facts of a page whose text changed', async () => {
    await ingestPaths(store, [join(tmp, 'pages')]);
    const before = await exportPages(store);
    const [changed, ...others] = seedFiles();
    editPage(changed);
    const summary = await ingestPaths(store, [join(tmp, 'pages')]);
    expect(summary).toMatchObject({ replaced: 1, unchanged: others.length, failed: [] });
    const after = await exportPages(store);
    expect(after.filter((p) => p.file !== changed)).toEqual(before.filter((p) => p.file !== changed));
    expect(withoutHash([after.find((p) => p.file === changed)!])[0]).toEqual(asStored(extractPageFile(join(tmp, 'pages', changed))));
    expect(JSON.stringify(after.find((p) => p.file === changed))).toContain('欧阳新');
    // Same graph as ingesting the edited corpus into an empty store: nothing stale is left behind.
    const fresh = await openFresh('fresh');
    try {
      await ingestPaths(fresh, [join(tmp, 'pages')]);
      expect(await counts(store)).toEqual(await counts(fresh));
    } finally { await fresh.close(); }
  });

  it('leaves the store exactly as before when a page fails in the middle of its write', async () => {
    await ingestPaths(store, [join(tmp, 'pages')]);
    const [changed] = seedFiles();
    editPage(changed);
    const hashes = await store.read('MATCH (p:Page) RETURN p.id AS id, p.hash AS hash ORDER BY id');
    const before = { counts: await counts(store), pages: await exportPages(store) };
    // A store whose transaction fails halfway: the statement in the middle
    // creates a page that exists already, which the uniqueness of ids refuses.
    let failing = 0;
    const broken: GraphStore = {
      dialect: store.dialect,
      migrate: () => store.migrate(),
      read: (c, p) => store.read(c, p),
      close: () => store.close(),
      write: (statements: Statement[]) => {
        failing++;
        const mid = Math.floor(statements.length / 2);
        const dup = { cypher: 'CREATE (:Page {id: $id})', params: { id: hashes[0].id } };
        return store.write([...statements.slice(0, mid), dup, ...statements.slice(mid)]);
      },
    };
    const summary = await ingestPaths(broken, [join(tmp, 'pages')]);
    expect(failing).toBe(1);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].code).toBe('STORE_ERROR');
    expect(await counts(store)).toEqual(before.counts);
    expect(await exportPages(store)).toEqual(before.pages);
    expect(await store.read('MATCH (p:Page) RETURN p.id AS id, p.hash AS hash ORDER BY id')).toEqual(hashes);
    // The page goes in on the next, working run.
    expect((await ingestPaths(store, [join(tmp, 'pages')])).replaced).toBe(1);
  });

  it('keeps the other pages of a batch when one page\'s write fails', async () => {
    const [bad, ...good] = seedFiles();
    // Every transaction that holds the bad page fails halfway; the others go through.
    const failing: GraphStore = {
      dialect: store.dialect,
      migrate: () => store.migrate(),
      read: (c, p) => store.read(c, p),
      close: () => store.close(),
      write: (statements: Statement[]) => {
        if (!JSON.stringify(statements).includes(`page:${bad}`)) return store.write(statements);
        const mid = Math.floor(statements.length / 2);
        return store.write([...statements.slice(0, mid), { cypher: 'UNWIND $rows AS r CREATE (:Person {id: r, name: r})', params: { rows: ['person:x', 'person:x'] } }, ...statements.slice(mid)]);
      },
    };
    const summary = await ingestPaths(failing, [join(tmp, 'pages')]);
    expect(summary.ingested).toBe(good.length);
    expect(summary.failed.map((f) => [f.file.split('/').pop(), f.code])).toEqual([[bad, 'STORE_ERROR']]);
    expect((await exportPages(store)).map((p) => p.file)).toEqual(good);
    expect(withoutHash(await exportPages(store))).toEqual(asStored(good.map((f) => extractPageFile(join(tmp, 'pages', f)))));
  });

  it('reports unreadable pages and goes on with the others', async () => {
    writeFileSync(join(tmp, 'pages', 'empty.txt'), '');
    writeFileSync(join(tmp, 'pages', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    const summary = await ingestPaths(store, [join(tmp, 'pages'), join(tmp, 'missing.txt')]);
    expect(summary.ingested).toBe(seedFiles().length);
    expect(summary.failed.map((f) => [f.file.split('/').pop(), f.code])).toEqual([
      ['binary.txt', 'BAD_INPUT'], ['empty.txt', 'BAD_INPUT'], ['missing.txt', 'BAD_INPUT'],
    ]);
    expect(summary.failed.every((f) => f.reason.length > 0)).toBe(true);
  });
});
