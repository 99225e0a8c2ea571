// `kg ingest` on extraction threads: the store ends up exactly as with
// extraction on the main thread, the outcomes come in the order of the pages,
// and the next batch is being extracted while the current one is written.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExtractor, type Extractor } from '../../src/extract/workerPool.ts';
import { exportPages } from '../../src/graph/export.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { withoutHash } from './asStored.ts';

vi.setConfig({ testTimeout: 180_000 });

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['seeds', 'test/dev/pages'].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, d, f)));

let tmp: string;
let extractor: Extractor | null = null;
const stores: LadybugStore[] = [];
const openFresh = async (name: string) => {
  const s = await LadybugStore.open(join(tmp, name));
  await s.migrate();
  stores.push(s);
  return s;
};

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-ingest-workers-'));
  mkdirSync(join(tmp, 'pages'));
  SOURCES.forEach((src, i) => copyFileSync(src, join(tmp, 'pages', `${String(i).padStart(2, '0')}_${src.split('/').pop()}`)));
  // A page with no article fails on its own, in the middle of a batch.
  writeFileSync(join(tmp, 'pages', '05_empty.txt'), '\n\n');
});
afterEach(async () => {
  await extractor?.close();
  extractor = null;
  for (const s of stores.splice(0)) await s.close();
  rmSync(tmp, { recursive: true, force: true });
});

const pageNames = () => readdirSync(join(tmp, 'pages')).sort();

describe('ingestPaths with an extractor', () => {
  it('stores exactly what extraction on the main thread stores, with the same outcomes in the same order', async () => {
    extractor = createExtractor(2);
    const onMain: unknown[] = [], onThreads: unknown[] = [];
    const a = await ingestPaths(await openFresh('main'), [join(tmp, 'pages')], { batch: 4, onPage: (r) => onMain.push(r) });
    const b = await ingestPaths(await openFresh('threads'), [join(tmp, 'pages')], { batch: 4, extractor, onPage: (r) => onThreads.push(r) });
    expect(a.ingested).toBe(SOURCES.length);
    expect(a.failed.map((f) => [f.file.split('/').pop(), f.code])).toEqual([['05_empty.txt', 'BAD_INPUT']]);
    expect(b).toEqual(a);
    expect(onThreads).toEqual(onMain);
    expect(onThreads.map((r) => (r as { file: string }).file.split('/').pop())).toEqual(pageNames());
    expect(withoutHash(await exportPages(stores[1]!))).toEqual(withoutHash(await exportPages(stores[0]!)));
  });

  it('asks for the next batch\'s extraction before the current batch is written', async () => {
    const threads = createExtractor(1);
    extractor = threads;
    const events: string[] = [];
    const watched: Extractor = {
      workers: threads.workers,
      extract: (path, text, known) => { events.push(`extract ${path.split('/').pop()}`); return threads.extract(path, text, known); },
      close: () => threads.close(),
    };
    await ingestPaths(await openFresh('db'), [join(tmp, 'pages')], { batch: 3, extractor: watched, onPage: (r) => events.push(`done ${r.file.split('/').pop()}`) });
    const names = pageNames();
    // Every page with text goes to the threads (an empty file is refused as it is read).
    expect(events.filter((e) => e.startsWith('extract ')).map((e) => e.slice(8))).toEqual(names.filter((n) => n !== '05_empty.txt'));
    // Pages 4-6 (the second batch) go to the threads before page 1 (the first batch) is reported written.
    expect(events.indexOf(`extract ${names[3]}`)).toBeLessThan(events.indexOf(`done ${names[0]}`));
    expect(events.indexOf(`extract ${names[5]}`)).toBeLessThan(events.indexOf(`done ${names[2]}`));
    // But no batch further ahead: the third batch waits for the first to be written.
    expect(events.indexOf(`extract ${names[6]}`)).toBeGreaterThan(events.indexOf(`done ${names[2]}`));
    expect(events.filter((e) => e.startsWith('done ')).map((e) => e.slice(5))).toEqual(names);
  });

  it('without a batch size, writes the first 10 pages in one transaction and the next ones in larger ones', async () => {
    const store = await openFresh('growing');
    const writes: number[] = [];
    const write = store.write.bind(store);
    store.write = async (statements) => { writes.push(statements.length); return write(statements); };
    const reported: number[] = [];
    const s = await ingestPaths(store, [join(tmp, 'pages')], { onPage: () => reported.push(writes.length) });
    expect(pageNames().length).toBeGreaterThan(10);
    expect(s.ingested).toBe(pageNames().length - 1);
    // One write for the first 10 files (one of them the empty page), one for the rest: the first ten are reported after the first.
    expect(writes).toHaveLength(2);
    expect(reported.slice(0, 10)).toEqual(Array(10).fill(1));
    expect(reported.slice(10).every((n) => n === 2)).toBe(true);
  });

  it('once aborted, writes the batch it has and no further one', async () => {
    extractor = createExtractor(1);
    const stop = new AbortController();
    const done: string[] = [];
    const s = await ingestPaths(await openFresh('db'), [join(tmp, 'pages')], {
      batch: 3, extractor, signal: stop.signal, onPage: (r) => { done.push(r.file); stop.abort(); },
    });
    expect(s.stopped).toBe(true);
    expect(s.read).toBe(3);
    expect(done).toHaveLength(3);
    expect((await exportPages(stores[0]!)).length).toBe(3);
  });
});
