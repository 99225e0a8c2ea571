// The HTTP app: GraphQL (with GraphiQL) at /graphql, / pointing to it, /health, /ready and the
// token-protected /ingest; CORS for the origins configured, and no GraphQL
// request a foreign page could send unasked. It never listens: main.ts does,
// tests call `app.fetch` in-process.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { createContext } from '../api/context.ts';
import { EXAMPLE_QUERIES } from '../api/examples.ts';
import { schema } from '../api/schema.ts';
import type { GraphStore } from '../graph/store.ts';
import { useBodyLimit, type BodyLimitOptions } from './plugins/bodyLimit.ts';
import { useCors } from './plugins/cors.ts';
import { useCsrfPrevention } from './plugins/csrf.ts';
import { useDocumentLimits, type DocumentLimitOptions } from './plugins/documentLimits.ts';
import { errorMasking, type ErrorMaskingOptions } from './plugins/errors.ts';
import { useIngestEndpoint } from './plugins/ingest.ts';
import { useQueryLimits, type QueryLimitOptions } from './plugins/queryLimits.ts';
import { useStoreReadiness } from './plugins/readiness.ts';
import { useRootPage } from './plugins/root.ts';

export interface AppOptions {
  store: GraphStore;
  config: Pick<Config, 'ingestToken'> & Partial<Pick<Config, 'homeCity' | 'corsOrigins'>>;
  limits?: QueryLimitOptions;
  documentLimits?: DocumentLimitOptions;
  bodyLimit?: BodyLimitOptions;
  errors?: ErrorMaskingOptions;
}

export function createApp({ store, config, limits, documentLimits, bodyLimit, errors }: AppOptions) {
  let graphiqlPage: string | undefined;
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    // A fresh context (and fresh loaders) per request.
    context: () => createContext(store, config.homeCity),
    maskedErrors: errorMasking(errors),
    graphiql: {
      title: 'union-news-graph',
      defaultTabs: EXAMPLE_QUERIES.map((e) => ({ query: e.query })),
      defaultQuery: EXAMPLE_QUERIES[0].query,
    },
    // GraphiQL's scripts and styles inlined in the page, not fetched from a
    // CDN: it works on networks that reach only this server. The page (about
    // 9 MB) is the same for every request, so it is rendered once.
    renderGraphiQL: (options) => (graphiqlPage ??= renderGraphiQL(options)),
    landingPage: false,
    logging: 'warn',
    // Replaced by useCors: yoga's allows every origin, with credentials.
    cors: false,
    plugins: [
      useCors({ origins: config.corsOrigins }),
      useCsrfPrevention(),
      useBodyLimit({ ...bodyLimit, endpoint: '/graphql' }),
      useDocumentLimits(documentLimits),
      useQueryLimits(limits),
      useRootPage({ graphqlEndpoint: '/graphql', ingest: config.ingestToken !== null }),
      useStoreReadiness({ store }),
      useIngestEndpoint({ store, token: config.ingestToken }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
