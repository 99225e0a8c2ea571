// The explore page at GET /explore: a picture of the network around a person,
// an organization or a district, drawn in the browser from the same /graphql
// (src/explore/). Its script (the page's code and Cytoscape.js) is bundled by
// esbuild in memory on the first request for /explore/app.js, so there is no
// build step and no build output; page and script are kept, compressed as the
// browser allows, and go out with an ETag (304 when the browser has them).
// Nothing is fetched from elsewhere. Switched off (KG_EXPLORE), /explore
// answers 404 with the reason.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { compress, matches, pickEncoding, type Encoding } from './graphiql.ts';

export interface ExplorePageOptions {
  /** Whether the page is served (default true). */
  enabled?: boolean;
}

export const EXPLORE_PATH = '/explore';
const SOURCE = fileURLToPath(new URL('../../explore/', import.meta.url));

interface Asset { raw: Buffer; hash: string; type: string }

const asset = (raw: Buffer, type: string): Asset =>
  ({ raw, type, hash: createHash('sha256').update(raw).digest('base64url').slice(0, 27) });

async function bundle(): Promise<Asset> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [`${SOURCE}main.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'eof',
    logLevel: 'silent',
  });
  return asset(Buffer.from(out.outputFiles[0].contents), 'text/javascript; charset=utf-8');
}

const ASSETS: Record<string, () => Promise<Asset>> = {
  [EXPLORE_PATH]: async () => asset(await readFile(`${SOURCE}index.html`), 'text/html; charset=utf-8'),
  [`${EXPLORE_PATH}/`]: async () => asset(await readFile(`${SOURCE}index.html`), 'text/html; charset=utf-8'),
  [`${EXPLORE_PATH}/app.js`]: bundle,
};

export function useExplorePage({ enabled = true }: ExplorePageOptions = {}): Plugin {
  const made = new Map<string, Promise<Asset>>();
  const bodies = new Map<string, Promise<Buffer>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    let p = cache.get(key);
    if (!p) {
      cache.set(key, (p = make()));
      // A failed build is tried again on the next request.
      p.catch(() => cache.delete(key));
    }
    return p;
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const make = ASSETS[url.pathname];
      if (!make || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      if (!enabled) {
        const message = 'The explore page is off on this server (KG_EXPLORE); GraphQL takes a JSON POST at /graphql';
        endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] }, { status: 404 }));
        return;
      }
      const { raw, hash, type } = await once(made, url.pathname, make);
      const encoding: Encoding = pickEncoding(request.headers.get('accept-encoding'));
      const etag = `"${hash}-${encoding}"`;
      const headers: Record<string, string> = { etag, 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
      if (matches(request.headers.get('if-none-match'), etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const bytes = encoding === 'identity' ? raw : await once(bodies, `${url.pathname} ${encoding}`, () => compress[encoding](raw));
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      headers['content-type'] = type;
      headers['content-length'] = String(bytes.length);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : bytes as Uint8Array<ArrayBuffer>, { status: 200, headers }));
    },
  };
}
