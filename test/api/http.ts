// Calls the app in-process, as a client would over HTTP (no socket).
import type { App } from '../../src/server/app.ts';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

export async function gql<T = any>(app: App, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
  const res = await app.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(await res.json()) };
}
