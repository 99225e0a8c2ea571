// Starts the server: opens the store, ingests the seed pages if asked and the
// store is empty, then listens; stops by draining the server, then closing
// the store. The app itself is built by createApp.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { defaultExtractWorkers, type Config } from '../config.ts';
import { KgError } from '../errors.ts';
import { COUNTS } from '../graph/check.ts';
import { createExtractor, type Extractor } from '../extract/workerPool.ts';
import { formatSummary, ingestPaths } from '../graph/ingestFiles.ts';
import { readOverrides } from '../graph/people.ts';
import { openStore } from '../graph/open.ts';
import type { GraphStore } from '../graph/store.ts';
import { timedStore } from '../graph/timedStore.ts';
import { createApp } from './app.ts';
import { createMetrics } from './metrics.ts';
import { drainer } from './shutdown.ts';

export interface StartOptions {
  config: Readonly<Config>;
  /** Ingest these page folders first when the store has no page (npm start: seeds/). */
  seedIfEmpty?: string[] | null;
  log?: (line: string) => void;
}

export interface Running {
  server: Server;
  store: GraphStore;
  /** The threads that extract seed pages and the pages of POST /ingest. */
  extractor: Extractor;
  url: string;
  /** No new connections; requests in flight get up to `config.shutdownMs`; then the store is closed. */
  stop(): Promise<void>;
}

export const DEFAULT_SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

async function isEmpty(store: GraphStore): Promise<boolean> {
  const rows = await store.read(COUNTS.pages);
  return Number(rows[0]?.n ?? 0) === 0;
}

export async function startServer({ config, seedIfEmpty = null, log = (l) => process.stderr.write(`${l}\n`) }: StartOptions): Promise<Running> {
  const store = await openStore(config, { onRepair: log });
  // Made before the seeding, so /metrics counts the seed pages and their store time too.
  const metrics = config.metrics ? createMetrics() : undefined;
  // Extraction runs off the thread that answers requests: a large page does not hold up /health or queries.
  const extractor = createExtractor(config.extractWorkers ?? defaultExtractWorkers());
  try {
    if (seedIfEmpty?.length && (await isEmpty(store))) {
      log(`the store is empty: ingesting ${seedIfEmpty.join(', ')}`);
      const seeding = metrics ? timedStore(store, metrics.observeStore) : store;
      const summary = await ingestPaths(seeding, seedIfEmpty, { onPage: metrics && ((p) => metrics.countPage('seed', p)), people: readOverrides(config.dataDir), extractor });
      for (const line of formatSummary(summary)) log(line);
    }
  } catch (e) {
    // The error that stopped the seeding is the one to tell (a store left short of space also fails to close).
    await extractor.close();
    await store.close().catch(() => undefined);
    throw e;
  }
  const app = createApp({ store, config, metrics, extractor });
  const server = createServer(app);
  const drain = drainer(server, { deadlineMs: config.shutdownMs });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, resolve);
    });
  } catch (e) {
    // The store is released before the error goes up: the process can end, and the embedded store's lock with it.
    await extractor.close();
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'it is in use' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new KgError('CONFIG', `cannot listen on port ${config.port}: ${why} (set PORT or --port)`, { port: config.port }, { cause: e });
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}/graphql`;
  log(`GraphQL at ${url}${config.graphiql ? ' (GraphiQL in a browser)' : ''}, /health, /ready${config.metrics ? ', /metrics' : ''}${config.ingestToken ? ', POST /ingest' : ''}`);
  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= (async () => {
    log(`stopping: no new connections, requests in flight have ${config.shutdownMs} ms (KG_SHUTDOWN_MS)`);
    const { cut } = await drain();
    if (cut) log(`${cut} request(s) still unanswered after ${config.shutdownMs} ms: their connections were closed`);
    await extractor.close();
    await store.close();
  })());
  return { server, store, extractor, url, stop };
}
