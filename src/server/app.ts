// The HTTP app: GraphQL (with GraphiQL unless switched off) at /graphql, /
// pointing to it, the explore page at /explore, /health, /ready, /metrics and
// the token-protected /ingest; CORS for the origins configured, and no GraphQL
// request a foreign page could send unasked; a JSON log line per request. It
// never listens: main.ts does, tests call `app.fetch` in-process.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { DEFAULT_EXPLORE, DEFAULT_GRAPHIQL, DEFAULT_INTROSPECTION, DEFAULT_METRICS, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SLOW_MS, logLevel, type Config } from '../config.ts';
import { createContext } from '../api/context.ts';
import { EXAMPLE_QUERIES } from '../api/examples.ts';
import { schema } from '../api/schema.ts';
import type { Extractor } from '../extract/workerPool.ts';
import type { GraphStore } from '../graph/store.ts';
import { timedStore } from '../graph/timedStore.ts';
import { createLogger, yogaLogger, type DestinationStream } from './log.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { useBodyLimit, type BodyLimitOptions } from './plugins/bodyLimit.ts';
import { useCors } from './plugins/cors.ts';
import { useCsrfPrevention } from './plugins/csrf.ts';
import { useDocumentLimits, type DocumentLimitOptions } from './plugins/documentLimits.ts';
import { errorMasking, type ErrorMaskingOptions } from './plugins/errors.ts';
import { useExplorePage } from './plugins/explore.ts';
import { useGraphiQLPage } from './plugins/graphiql.ts';
import { useIngestEndpoint } from './plugins/ingest.ts';
import { useIntrospection } from './plugins/introspection.ts';
import { useMetrics } from './plugins/metrics.ts';
import { useRequestDeadline } from './plugins/requestDeadline.ts';
import { useQueryLimits, type QueryLimitOptions } from './plugins/queryLimits.ts';
import { useStoreReadiness } from './plugins/readiness.ts';
import { useRequestLog } from './plugins/requestLog.ts';
import { useRootPage } from './plugins/root.ts';

export interface AppOptions {
  store: GraphStore;
  config: Pick<Config, 'ingestToken'> & Partial<Pick<Config, 'homeCity' | 'corsOrigins' | 'graphiql' | 'explore' | 'introspection' | 'metrics' | 'logLevel' | 'slowMs' | 'requestTimeoutMs'>>;
  limits?: QueryLimitOptions;
  documentLimits?: DocumentLimitOptions;
  bodyLimit?: BodyLimitOptions;
  errors?: ErrorMaskingOptions;
  /** The registry /metrics serves (default a new one); main.ts passes the one the seed pages were counted in. */
  metrics?: Metrics;
  /** Where the JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
  /** Where POST /ingest extracts pages (main.ts gives worker threads; default: the thread that answers requests). */
  extractor?: Extractor;
}

export function createApp({ store: given, config, limits, documentLimits, bodyLimit, errors, metrics: shared, logDestination, extractor }: AppOptions) {
  const graphiql = config.graphiql ?? DEFAULT_GRAPHIQL;
  const metrics = (config.metrics ?? DEFAULT_METRICS) ? shared ?? createMetrics() : null;
  // Every store call of the app is timed here, once.
  const store = metrics ? timedStore(given, metrics.observeStore) : given;
  // The level from the environment when the caller gives none (KG_LOG_LEVEL=silent in the tests).
  const logger = createLogger(config.logLevel ?? logLevel(), logDestination);
  const timeoutMs = config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const explore = config.explore ?? DEFAULT_EXPLORE;
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    // A fresh context (and fresh loaders) per request, its store reads bound to the request's deadline.
    context: () => createContext(store, { homeCity: config.homeCity, timeoutMs }),
    maskedErrors: errorMasking(errors),
    // Served by useGraphiQLPage: compressed, with an ETag.
    graphiql: false,
    landingPage: false,
    logging: yogaLogger(logger),
    // Replaced by useCors: yoga's allows every origin, with credentials.
    cors: false,
    plugins: [
      // First: its scope holds the request id for everything after it.
      useRequestLog({ logger, slowMs: config.slowMs ?? DEFAULT_SLOW_MS }),
      ...(metrics ? [useMetrics({ metrics })] : []),
      useCors({ origins: config.corsOrigins }),
      useCsrfPrevention(),
      useGraphiQLPage({
        enabled: graphiql,
        // GraphiQL's scripts and styles inlined in the page, not fetched from
        // a CDN: it works on networks that reach only this server.
        render: () => renderGraphiQL({
          title: 'union-news-graph',
          defaultTabs: EXAMPLE_QUERIES.map((e) => ({ query: e.query })),
          defaultQuery: EXAMPLE_QUERIES[0].query,
        }),
      }),
      useExplorePage({ enabled: explore }),
      useIntrospection({ enabled: config.introspection ?? DEFAULT_INTROSPECTION }),
      useBodyLimit({ ...bodyLimit, endpoint: '/graphql' }),
      useDocumentLimits(documentLimits),
      useQueryLimits(limits),
      useRequestDeadline({ timeoutMs }),
      useRootPage({ graphqlEndpoint: '/graphql', graphiql, explore, ingest: config.ingestToken !== null, metrics: metrics !== null }),
      useStoreReadiness({ store }),
      useIngestEndpoint({ store, token: config.ingestToken, onPage: metrics ? (p) => metrics.countPage('http', p) : undefined, extractor }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
