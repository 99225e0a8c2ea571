// Any web page can make a visitor's browser send a GET, or a POST with a
// form or text body, to this server without asking it first (no CORS
// preflight). Such a request to /graphql is refused with 403 unless it
// carries a header no form or link can set. A JSON POST (GraphiQL's, and
// every GraphQL client's) is preflighted by the browser already and passes.
// The rule is that of @graphql-yoga/plugin-csrf-prevention (and Apollo's),
// kept here rather than added as a dependency for a dozen lines.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface CsrfPreventionOptions {
  /** Headers any one of which marks a request a page could not have sent unasked (default: yoga's, GraphQL-over-HTTP's and Apollo's). */
  requestHeaders?: readonly string[];
}

export const CSRF_HEADERS: readonly string[] = ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight'];

/** The media types a page may POST cross-site without a preflight. */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** Whether a browser would have asked the server (a preflight) before sending this. */
function preflighted(request: Request, requestHeaders: readonly string[]): boolean {
  const type = request.headers.get('content-type');
  if (type !== null && !SIMPLE_TYPES.has(type.split(';')[0].trim().toLowerCase())) return true;
  return requestHeaders.some((h) => request.headers.has(h));
}

/** Yoga plugin: a GraphQL request that is not preflighted gets 403 and one FORBIDDEN error that says what to send. */
export function useCsrfPrevention({ requestHeaders = CSRF_HEADERS }: CsrfPreventionOptions = {}): Plugin {
  const message = 'This request could have come from any web page: send a JSON POST (content-type: application/json), '
    + `or add one of the headers ${requestHeaders.join(', ')} (any value)`;
  return {
    onRequestParse({ request }) {
      if (!preflighted(request, requestHeaders)) throw createGraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
    },
  };
}
