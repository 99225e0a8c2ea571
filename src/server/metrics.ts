// The server's Prometheus registry and the project's own metrics in it: store
// call times and what ingest stored. One registry per app (not prom-client's
// global one), so two apps in one process, as in the tests, count apart.
// The GraphQL request metrics join it in plugins/metrics.ts.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { IngestResult } from '../graph/ingest.ts';
import type { IngestFailure } from '../graph/ingestFiles.ts';
import type { StoreTiming } from '../graph/timedStore.ts';

/** Where ingested pages came from: POST /ingest, or the seed pages `kg serve --seed-if-empty` loads. */
export type IngestSource = 'http' | 'seed';

export interface Metrics {
  readonly registry: Registry;
  /** For timedStore: one observation per read or write transaction. */
  readonly observeStore: StoreTiming;
  /** Counts one page's outcome: stored (new or replaced, with its articles), unchanged or failed. */
  countPage(source: IngestSource, outcome: IngestResult | IngestFailure): void;
}

/** Seconds: a look-up by id takes about a millisecond, a dashboard aggregate tens, a batch of pages seconds. */
const STORE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface MetricsOptions {
  /** Also the process's own metrics (memory, CPU, event-loop delay, open handles), default true. */
  process?: boolean;
}

export function createMetrics({ process = true }: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (process) collectDefaultMetrics({ register: registry });
  const storeSeconds = new Histogram({
    name: 'kg_store_call_seconds',
    help: 'Time of each call to the graph store: one read statement, or one write transaction of several statements',
    labelNames: ['operation', 'outcome'] as const,
    buckets: STORE_BUCKETS,
    registers: [registry],
  });
  const pages = new Counter({
    name: 'kg_ingest_pages_total',
    help: 'Pages ingested by the server: stored (new or replaced), unchanged (same content already stored) or failed',
    labelNames: ['source', 'outcome'] as const,
    registers: [registry],
  });
  const articles = new Counter({
    name: 'kg_ingest_articles_total',
    help: 'Articles written with the pages stored',
    labelNames: ['source'] as const,
    registers: [registry],
  });
  // Zero series from the start, so a rate over the first scrape is defined.
  for (const source of ['http', 'seed'] as const) {
    for (const outcome of ['stored', 'unchanged', 'failed']) pages.inc({ source, outcome }, 0);
    articles.inc({ source }, 0);
  }
  for (const operation of ['read', 'write']) for (const outcome of ['ok', 'error']) storeSeconds.zero({ operation, outcome });
  return {
    registry,
    observeStore: (operation, seconds, ok) => storeSeconds.labels(operation, ok ? 'ok' : 'error').observe(seconds),
    countPage(source, outcome) {
      if (!('status' in outcome)) { pages.labels(source, 'failed').inc(); return; }
      if (outcome.status === 'unchanged') { pages.labels(source, 'unchanged').inc(); return; }
      pages.labels(source, 'stored').inc();
      articles.labels(source).inc(outcome.articles ?? 0);
    },
  };
}
