// Which other sites' pages a browser lets read this server's answers. By
// default none: a page served elsewhere gets no Access-Control-Allow-Origin
// and its browser withholds the answer. Listed origins are answered as
// themselves, with credentials; `*` lets any page read, never with
// credentials. (Yoga's own CORS answers every origin with credentials, and
// turns a configured `*` into the caller's origin, so it is switched off.)
import type { Plugin } from 'graphql-yoga';

export interface CorsOptions {
  /** Origins allowed besides the server's own: a list of exact origins, or `*` for any, without credentials (default none). */
  origins?: '*' | readonly string[];
  /** How long a browser may reuse a preflight's answer, in seconds (default 600). */
  maxAgeSeconds?: number;
}

const METHODS = 'GET, POST, OPTIONS';

/** The CORS headers for `request`, or none when its Origin is not allowed. */
function corsHeaders(request: Request, origins: '*' | readonly string[], maxAgeSeconds: number): Record<string, string> {
  const origin = request.headers.get('origin');
  // A listed origin gets an answer of its own, so a cache must keep one per Origin.
  const headers: Record<string, string> = origins !== '*' && origins.length ? { vary: 'Origin' } : {};
  if (origin === null) return headers;
  if (origins === '*') headers['access-control-allow-origin'] = '*';
  else if (origins.includes(origin)) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-allow-credentials'] = 'true';
  } else return headers;
  if (request.method === 'OPTIONS') {
    headers['access-control-allow-methods'] = METHODS;
    const asked = request.headers.get('access-control-request-headers');
    if (asked) {
      headers['access-control-allow-headers'] = asked;
      headers.vary = headers.vary ? `${headers.vary}, Access-Control-Request-Headers` : 'Access-Control-Request-Headers';
    }
    headers['access-control-max-age'] = String(maxAgeSeconds);
  }
  return headers;
}

/** Yoga plugin (with yoga's `cors: false`): answers preflights with 204, and adds the headers an allowed origin gets to every response. */
export function useCors({ origins = [], maxAgeSeconds = 600 }: CorsOptions = {}): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS') endResponse(new fetchAPI.Response(null, { status: 204, headers: { 'content-length': '0' } }));
    },
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(corsHeaders(request, origins, maxAgeSeconds))) {
        if (name === 'vary') response.headers.append(name, value);
        else response.headers.set(name, value);
      }
    },
  };
}
