// The HTTP app: GraphQL (with GraphiQL unless switched off) at /graphql, /
// pointing to it, /health, /ready and the token-protected /ingest; CORS for
// the origins configured, and no GraphQL request a foreign page could send
// unasked. It never listens: main.ts does, tests call `app.fetch` in-process.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { DEFAULT_GRAPHIQL, DEFAULT_INTROSPECTION, type Config } from '../config.ts';
import { createContext } from '../api/context.ts';
import { EXAMPLE_QUERIES } from '../api/examples.ts';
import { schema } from '../api/schema.ts';
import type { Extractor } from '../extract/workerPool.ts';
import type { GraphStore } from '../graph/store.ts';
import { useBodyLimit, type BodyLimitOptions } from './plugins/bodyLimit.ts';
import { useCors } from './plugins/cors.ts';
import { useCsrfPrevention } from './plugins/csrf.ts';
import { useDocumentLimits, type DocumentLimitOptions } from './plugins/documentLimits.ts';
import { errorMasking, type ErrorMaskingOptions } from './plugins/errors.ts';
import { useGraphiQLPage } from './plugins/graphiql.ts';
import { useIngestEndpoint } from './plugins/ingest.ts';
import { useIntrospection } from './plugins/introspection.ts';
import { useQueryLimits, type QueryLimitOptions } from './plugins/queryLimits.ts';
import { useStoreReadiness } from './plugins/readiness.ts';
import { useRootPage } from './plugins/root.ts';

export interface AppOptions {
  store: GraphStore;
  config: Pick<Config, 'ingestToken'> & Partial<Pick<Config, 'homeCity' | 'corsOrigins' | 'graphiql' | 'introspection'>>;
  limits?: QueryLimitOptions;
  documentLimits?: DocumentLimitOptions;
  bodyLimit?: BodyLimitOptions;
  errors?: ErrorMaskingOptions;
  /** Where POST /ingest extracts pages (main.ts gives worker threads; default: the thread that answers requests). */
  extractor?: Extractor;
}

export function createApp({ store, config, limits, documentLimits, bodyLimit, errors, extractor }: AppOptions) {
  const graphiql = config.graphiql ?? DEFAULT_GRAPHIQL;
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    // A fresh context (and fresh loaders) per request.
    context: () => createContext(store, config.homeCity),
    maskedErrors: errorMasking(errors),
    // Served by useGraphiQLPage: compressed, with an ETag.
    graphiql: false,
    landingPage: false,
    logging: 'warn',
    // Replaced by useCors: yoga's allows every origin, with credentials.
    cors: false,
    plugins: [
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
      useIntrospection({ enabled: config.introspection ?? DEFAULT_INTROSPECTION }),
      useBodyLimit({ ...bodyLimit, endpoint: '/graphql' }),
      useDocumentLimits(documentLimits),
      useQueryLimits(limits),
      useRootPage({ graphqlEndpoint: '/graphql', graphiql, ingest: config.ingestToken !== null }),
      useStoreReadiness({ store }),
      useIngestEndpoint({ store, token: config.ingestToken, extractor }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
