// A real embedded store in a temp dir, loaded with the seed pages through the
// ingester: every API test runs its queries against it (no mocked store).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openStore } from '../../src/graph/open.ts';
import { pageHash, writeExtractions } from '../../src/graph/ingest.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import type { GraphStore, Params, Row } from '../../src/graph/store.ts';
import type { PageExtraction } from '../../src/extract/types.ts';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../src/server/app.ts';

export const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const GOLD = join(import.meta.dirname, '..', 'gold');

/**
 * Where the facts come from: `pipeline` extracts the seed pages (the product),
 * `gold` writes the annotated facts of the same pages (test/gold/), so the
 * API's answers can be checked apart from extraction quality.
 */
export type FactSource = 'pipeline' | 'gold';

function goldExtraction(path: string): PageExtraction {
  const file = basename(path);
  const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8')) as PageExtraction;
  return { file, articles: gold.articles.map((a) => ({ ...a, body: a.body ?? '', places: a.places ?? [] })) };
}

export interface SeededStore { store: GraphStore; dir: string; close(): Promise<void> }

export async function openSeededStore(source: FactSource = 'pipeline'): Promise<SeededStore> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-api-'));
  const store = await openStore({ dataDir: dir, neo4j: null });
  const summary = await ingestPaths(store, [SEEDS], source === 'gold' ? { extract: goldExtraction } : {});
  if (summary.failed.length) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failed)}`);
  return {
    store, dir,
    async close() { await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/**
 * A seeded store and an app over it, opened before the tests of the enclosing
 * file or block and closed after them: `const seeds = useSeededApp(); … gql(seeds.app, …)`.
 */
export function useSeededApp(source: FactSource = 'pipeline'): { readonly seeded: SeededStore; readonly app: App } {
  const held = {} as { seeded: SeededStore; app: App };
  beforeAll(async () => {
    held.seeded = await openSeededStore(source);
    held.app = createApp({ store: held.seeded.store, config: { ingestToken: null } });
  });
  afterAll(() => held.seeded.close());
  return held;
}

/** The same store, counting its read round trips: it still runs every query. */
export function countingStore(store: GraphStore): GraphStore & { reads: number; statements: string[] } {
  const counted = {
    dialect: store.dialect,
    reads: 0,
    statements: [] as string[],
    migrate: () => store.migrate(),
    write: (s: Parameters<GraphStore['write']>[0]) => store.write(s),
    close: () => store.close(),
    async read(cypher: string, params?: Params): Promise<Row[]> {
      counted.reads++;
      counted.statements.push(cypher);
      return store.read(cypher, params);
    },
    // One statement for many keys is one call, however many keys it reads.
    ...(store.readEach ? {
      async readEach(cypher: string, sets: Params[]): Promise<Row[][]> {
        counted.reads++;
        counted.statements.push(cypher);
        return store.readEach!(cypher, sets);
      },
    } : {}),
  };
  return counted;
}

/**
 * An embedded store holding pages whose facts are written by hand (every
 * fact and date known), and an app over it, opened before the tests of the
 * enclosing file or block and closed after them.
 */
export function useWrittenPages(pages: PageExtraction[]): { readonly store: LadybugStore; readonly app: App } {
  const held = {} as { store: LadybugStore; app: App; dir: string };
  beforeAll(async () => {
    held.dir = mkdtempSync(join(tmpdir(), 'kg-written-'));
    held.store = await LadybugStore.open(held.dir);
    await held.store.migrate();
    await writeExtractions(held.store, pages.map((p) => ({ extraction: p, hash: pageHash(JSON.stringify(p)) })));
    held.app = createApp({ store: held.store, config: { ingestToken: null } });
  });
  afterAll(async () => {
    await held.store.close();
    rmSync(held.dir, { recursive: true, force: true });
  });
  return held;
}
