// POST /graphql reads at most `maxBytes` of body: a query is a few hundred
// bytes and its variables a few KB, so a 10 MB body is refused with 413
// before yoga buffers and parses it (the document limits count tokens only
// once the whole body has been read).
import type { Plugin } from 'graphql-yoga';

export interface BodyLimitOptions {
  /** Largest body of a request to the GraphQL endpoint, in bytes (default 64 KB). */
  maxBytes?: number;
  /** Path of the GraphQL endpoint (default /graphql). */
  endpoint?: string;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Whether the body is over `limit` bytes, declared or read; reads a copy, and stops at the limit. */
async function isOver(request: Request, limit: number): Promise<boolean> {
  const declared = request.headers.get('content-length');
  if (declared !== null) return Number(declared) > limit;
  if (!request.body) return false;
  const reader = request.clone().body!.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a copy's cancel settles only once the original is cancelled too.
      reader.cancel().catch(() => undefined);
      return true;
    }
  }
}

/** Yoga plugin: a body over the limit gets 413 and one BAD_REQUEST error that says the limit. */
export function useBodyLimit({ maxBytes = DEFAULT_MAX_BODY_BYTES, endpoint = '/graphql' }: BodyLimitOptions = {}): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.method !== 'POST' || !(await isOver(request, maxBytes))) return;
      const message = `The request body is over ${maxBytes} bytes: send a shorter query or smaller variables`;
      endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code: 'BAD_REQUEST', limit: maxBytes } }] }, { status: 413 }));
    },
  };
}
