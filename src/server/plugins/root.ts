// GET /: a browser is sent to GraphiQL (when it is on); any other client, and
// a browser when it is off, gets a short JSON description of the endpoints,
// so nobody meets a bare 404 at the root.
import type { Plugin } from 'graphql-yoga';

export interface RootOptions {
  /** Where GraphQL and GraphiQL are served (default /graphql). */
  graphqlEndpoint?: string;
  /** Whether GraphiQL is served (default true): a browser is sent to it only then. */
  graphiql?: boolean;
  /** Whether the explore page is served at /explore (default true). */
  explore?: boolean;
  /** Whether POST /ingest is enabled (a token is set). */
  ingest?: boolean;
  /** Whether GET /metrics is served (default false). */
  metrics?: boolean;
}

export function useRootPage({ graphqlEndpoint = '/graphql', graphiql = true, explore = true, ingest = false, metrics = false }: RootOptions = {}): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      if (graphiql && (request.headers.get('accept') ?? '').includes('text/html')) {
        endResponse(new Response(null, { status: 302, headers: { location: graphqlEndpoint } }));
        return;
      }
      endResponse(Response.json({
        name: 'union-news-graph',
        endpoints: {
          [graphqlEndpoint]: `GraphQL (a JSON POST, or GET with ?query= and a graphql-require-preflight header)${graphiql ? '; GraphiQL in a browser' : ''}`,
          ...(explore ? { '/explore': 'a picture of the network around a person, organization or district, in a browser' } : {}),
          '/health': '200 while the process is up',
          '/ready': '200 once the store answers a read, 503 with the reason otherwise',
          ...(metrics ? { '/metrics': 'Prometheus metrics (text format)' } : {}),
          ...(ingest ? { '/ingest': 'POST pages (bearer token)' } : {}),
        },
      }));
    },
  };
}
