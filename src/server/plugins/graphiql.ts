// GraphiQL at GET /graphql for a browser (Accept: text/html). The page has
// its scripts and styles inlined (about 9 MB, so it works on networks that
// reach only this server) and is the same for every request: it is rendered
// once, compressed once per encoding and kept in memory, and goes out with an
// ETag, so a browser that has it gets 304 and no body. Switched off, the
// page's address answers a browser with 404 and the reason.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

export interface GraphiQLPageOptions {
  /** Whether the page is served (default true). */
  enabled?: boolean;
  /** The page's HTML; called once, on the first request for it. */
  render: () => string;
  /** Path of the GraphQL endpoint, where the page is served (default /graphql). */
  endpoint?: string;
  /** Cache-Control of the page (default `no-cache`: a browser keeps it and asks with its ETag whether it changed). */
  cacheControl?: string;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** Compressors of a text body, by encoding (the explore page's assets use them too). */
export const compress: Record<Exclude<Encoding, 'identity'>, (raw: Buffer) => Promise<Buffer>> = {
  // Quality 5 of 11: within a few percent of the best for this page, in a fraction of a second rather than ten.
  br: (raw) => promisify(brotliCompress)(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }),
  gzip: (raw) => promisify(gzip)(raw),
};

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (`q=0` refuses one). */
export function pickEncoding(acceptEncoding: string | null): Encoding {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const weight = params.find((p) => p.startsWith('q='));
    q.set(name, weight === undefined ? 1 : Number(weight.slice(2)) || 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : 'identity';
}

/** Whether If-None-Match names `tag` (or is `*`); weak tags compare as their strong ones. */
export function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(',').some((t) => { const v = t.trim().replace(/^W\//, ''); return v === '*' || v === tag; });
}

/** Yoga plugin (with yoga's own `graphiql: false`): serves the page, compressed as the browser allows. */
export function useGraphiQLPage({ enabled = true, render, endpoint = '/graphql', cacheControl = 'no-cache' }: GraphiQLPageOptions): Plugin {
  let page: { raw: Buffer; hash: string } | undefined;
  const rendered = () => {
    if (page) return page;
    const raw = Buffer.from(render(), 'utf8');
    return (page = { raw, hash: createHash('sha256').update(raw).digest('base64url').slice(0, 27) });
  };
  const bodies = new Map<Encoding, Promise<Buffer>>();
  const body = (encoding: Encoding): Promise<Buffer> => {
    const { raw } = rendered();
    if (encoding === 'identity') return Promise.resolve(raw);
    let b = bodies.get(encoding);
    if (!b) {
      bodies.set(encoding, (b = compress[encoding](raw)));
      b.catch(() => bodies.delete(encoding));
    }
    return b;
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || (url.pathname !== endpoint && url.pathname !== `${endpoint}/`)) return;
      if (!(request.headers.get('accept') ?? '').includes('text/html')) return;
      if (!enabled) {
        const message = 'GraphiQL is off on this server (KG_GRAPHIQL); GraphQL takes a JSON POST here';
        endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] }, { status: 404 }));
        return;
      }
      const encoding = pickEncoding(request.headers.get('accept-encoding'));
      // One tag per encoding: the bytes differ.
      const etag = `"${rendered().hash}-${encoding}"`;
      const headers: Record<string, string> = { etag, 'cache-control': cacheControl, vary: 'Accept-Encoding' };
      if (matches(request.headers.get('if-none-match'), etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const bytes = await body(encoding);
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      headers['content-type'] = 'text/html; charset=utf-8';
      headers['content-length'] = String(bytes.length);
      endResponse(new fetchAPI.Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers }));
    },
  };
}
