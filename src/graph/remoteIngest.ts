// Ingest through a running server. The embedded store is locked by the one
// process that writes it: while `kg serve` runs, `kg ingest` hands it the
// pages over HTTP instead (POST /ingest, `Authorization: Bearer
// $KG_INGEST_TOKEN`), and the server writes them with its own store.
//
// Request:  {"pages": [{"file": "000_x.txt", "content": "<base64 of the file's bytes>"}]}
//           `file` is the page's name as `kg ingest` gives it (pageSources.ts): a file
//           name or a clean relative path (`2024/05/01/p1.txt`); a request with a name
//           that is empty, `.`, `..`, climbs out (`../x.txt`) or holds a control
//           character, or with one name twice, is refused whole (400).
// Response: {"results": [IngestResult...], "failed": [IngestFailure...]}
import { timingSafeEqual } from 'node:crypto';
import { isStoreDown, KgError, type ErrorCode } from '../errors.ts';
import { decodePage } from '../extract/decode.ts';
import type { Extractor } from '../extract/workerPool.ts';
import { ingestContent, type IngestResult } from './ingest.ts';
import {
  addResult, emptySummary, extractOrRefuse, readPage, refusingExtract, toFailure, type IngestFailure, type IngestSummary,
} from './ingestFiles.ts';
import { pageNameProblem, pageSources, shownName } from './pageSources.ts';
import type { GraphStore } from './store.ts';

export const INGEST_PATH = '/ingest';
/** Pages per request: keeps each request small and gives progress. */
const BATCH = 20;
const MAX_PAGES = 200;
/** Largest request body the server reads: a batch of pages of a few hundred KB each fits many times over. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

interface RemotePage { file: string; content: string }

/** The body as text, or null as soon as it is over `limit` bytes (declared or read): nothing more is buffered. */
async function readBody(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface IngestRequestOptions {
  maxBodyBytes?: number;
  /** Where the pages are extracted (default: this thread, which then answers no other request meanwhile). */
  extractor?: Extractor;
}

/** Server side: a fetch-style handler for POST /ingest. `token` null means the endpoint is off (404). */
export interface IngestRequestOptions {
  maxBodyBytes?: number;
  /** Told of each page's outcome as it is known (the server's metrics count them). */
  onPage?: (outcome: IngestResult | IngestFailure) => void;
}

export async function handleIngestRequest(
  store: GraphStore, token: string | null, request: Request, { maxBodyBytes = MAX_BODY_BYTES, onPage, extractor }: IngestRequestOptions = {},
): Promise<Response> {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  if (token === null) return json(404, { error: { code: 'NOT_FOUND', message: 'ingest over HTTP is off: set KG_INGEST_TOKEN' } });
  if (request.method !== 'POST') return json(405, { error: { code: 'BAD_REQUEST', message: 'use POST' } });
  const given = (request.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
  if (!sameSecret(given, token)) return json(401, { error: { code: 'UNAUTHENTICATED', message: 'wrong or missing ingest token' } });
  const text = await readBody(request, maxBodyBytes);
  if (text === null) return json(413, { error: { code: 'BAD_REQUEST', message: `the request is over ${maxBodyBytes} bytes: send fewer pages at a time` } });
  let pages: RemotePage[];
  try {
    const body = JSON.parse(text) as { pages?: unknown };
    if (!Array.isArray(body.pages) || body.pages.length > MAX_PAGES
      || !body.pages.every((p) => typeof p?.file === 'string' && typeof p?.content === 'string')) throw new Error();
    pages = body.pages as RemotePage[];
  } catch {
    return json(400, { error: { code: 'BAD_REQUEST', message: `expected {"pages": [{"file", "content" (base64)}]}, at most ${MAX_PAGES}` } });
  }
  const badName = namesProblem(pages.map((p) => p.file));
  if (badName) return json(400, { error: { code: 'BAD_REQUEST', message: badName } });
  const results: IngestResult[] = [];
  const failed: IngestFailure[] = [];
  const extract = extractor ? refusingExtract(extractor) : extractOrRefuse;
  for (const { file, ...p } of pages) {
    try {
      const bytes = Buffer.from(p.content, 'base64');
      const result = await ingestContent(store, file, bytes, () => decodePage(bytes, file), { extract });
      results.push(result);
      onPage?.(result);
    } catch (e) {
      if (isStoreDown(e)) return json(503, { error: { code: e.code, message: e.message } });
      const failure = toFailure(file, e);
      failed.push(failure);
      onPage?.(failure);
    }
  }
  return json(200, { results, failed });
}

/** Why the request's page names cannot all be stored (a name is a page's id), or null. */
function namesProblem(files: string[]): string | null {
  const seen = new Set<string>();
  for (const [i, file] of files.entries()) {
    const problem = pageNameProblem(file);
    if (problem) return `pages[${i}].file ${shownName(file)} is no page name: ${problem}; give a file name or a relative path such as 2024/05/01/p1.txt`;
    if (seen.has(file)) return `pages[${i}].file ${shownName(file)} is named twice in one request: one name is one page`;
    seen.add(file);
  }
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Client side: sends the pages under `paths` to a running server and sums up its answers. */
export async function ingestRemote(
  baseUrl: string, token: string, paths: string[], onPage?: (r: IngestResult | IngestFailure) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const batch: RemotePage[] = [];
  const send = async () => {
    if (!batch.length) return;
    let res: Response;
    try {
      res = await fetchImpl(new URL(INGEST_PATH, baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ pages: batch.splice(0) }),
      });
    } catch (e) {
      throw new KgError('STORE_UNAVAILABLE', `cannot reach the server at ${baseUrl}: ${(e as Error).message}`, { url: baseUrl }, { cause: e });
    }
    const body = (await res.json().catch(() => ({}))) as { results?: IngestResult[]; failed?: IngestFailure[]; error?: { code?: string; message?: string } };
    if (!res.ok) {
      const stated = body.error?.code;
      const code: ErrorCode = res.status !== 503 ? 'BAD_REQUEST' : stated === 'STORE_FULL' || stated === 'STORE_BUSY' || stated === 'STORE_ERROR' ? stated : 'STORE_UNAVAILABLE';
      throw new KgError(code, `the server at ${baseUrl} refused the pages (HTTP ${res.status}): ${body.error?.message ?? res.statusText}`, { url: baseUrl, status: res.status });
    }
    for (const r of body.results ?? []) { addResult(summary, r); onPage?.(r); }
    for (const f of body.failed ?? []) { summary.failed.push(f); onPage?.(f); }
  };
  const unreadable: IngestFailure[] = [];
  // Named here as a direct ingest names them, so the server stores the same pages under the same ids.
  const files = pageSources(paths, unreadable);
  for (const f of unreadable) { summary.read++; summary.failed.push(f); onPage?.(f); }
  for (const { path, file } of files) {
    summary.read++;
    try {
      batch.push({ file, content: Buffer.from(readPage(path)).toString('base64') });
    } catch (e) {
      const failure = toFailure(path, e);
      summary.failed.push(failure);
      onPage?.(failure);
    }
    if (batch.length >= BATCH) await send();
  }
  await send();
  return summary;
}
