// The project's errors: each has a stable code that the CLI prints and the
// API puts in `extensions.code`. Anything that is not a KgError is unexpected
// and is masked by the API.

export type ErrorCode =
  | 'BAD_INPUT'        // a page file that cannot be read as a newspaper page
  | 'NOT_FOUND'        // a look-up that found nothing where something was required
  | 'BAD_REQUEST'      // invalid arguments to a query or command
  | 'STORE_BUSY'       // the embedded store is locked by another process
  | 'STORE_UNAVAILABLE'// the store cannot be reached
  | 'STORE_ERROR'      // the store rejected a statement, or its files cannot be read or written
  | 'STORE_FULL'       // the store's disk has no room left for a write
  | 'FORBIDDEN'        // a request the server is set to refuse (a cross-site request, introspection when off)
  | 'TIMEOUT'          // a request ran past its deadline (KG_REQUEST_TIMEOUT_MS): its store work was stopped
  | 'EXTRACT_FAILED'   // a page's extraction stopped short: the worker thread reading it crashed
  | 'CONFIG';          // invalid configuration

export class KgError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KgError';
    this.code = code;
    this.details = details;
  }

  get extensions(): Record<string, unknown> {
    return errorExtensions(this);
  }
}

/** Codes whose details help a client fix the request: they go out with the error. */
const DETAILED_CODES: ReadonlySet<ErrorCode> = new Set(['BAD_REQUEST', 'NOT_FOUND', 'TIMEOUT']);

/**
 * What the API's error carries in `extensions`: the code, and the details
 * where they help the client. graphql-js reads `extensions` from the error a
 * resolver throws, so the error it builds is already the one a client gets.
 */
export function errorExtensions(e: KgError): Record<string, unknown> {
  return { ...(DETAILED_CODES.has(e.code) ? e.details : {}), code: e.code };
}

/** What a read stopped at its deadline says, whichever store ran it. */
export const READ_TIMED_OUT = 'The request ran past its time limit and its store work was stopped: ask for less (fewer items, fewer hops, a narrower filter)';

export const isKgError = (e: unknown): e is KgError => e instanceof KgError;

/**
 * The store takes no more writes for now (busy, unreachable, full, or stopped
 * after a failed write): a run of many pages stops here instead of trying
 * each page and failing each the same way.
 */
export const isStoreDown = (e: unknown): e is KgError => isKgError(e)
  && (e.code === 'STORE_BUSY' || e.code === 'STORE_UNAVAILABLE' || e.code === 'STORE_FULL' || e.details.writesStopped === true);
