// The server's log: JSON lines through pino (one object a line, on stdout
// unless told otherwise), each line of a request's work carrying that
// request's id. The id lives in an AsyncLocalStorage scope opened for the
// request by plugins/requestLog.ts, so code far from the request (graphql-yoga
// logging an error it masked) still finds it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';

export type { DestinationStream, Logger };

/** Standard output, opened once for every logger of the process (tests build many apps). */
let stdout: DestinationStream | undefined;

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino({ level, timestamp: stdTimeFunctions.isoTime, base: { pid: process.pid } }, destination ?? (stdout ??= destination1()));
}

const destination1 = () => pino.destination(1);

/** What the log knows of the request being answered. */
export interface RequestScope {
  id: string;
  /** performance.now() when it came in. */
  start: number;
  /** The GraphQL operation's name, once parsed. */
  operation?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The id of the request being answered, if any. */
export const currentRequestId = (): string | undefined => requestScope.getStore()?.id;

/**
 * A request id a client or a proxy sent that is safe to log and echo: 1 to
 * 128 letters, digits and `-_.:+=/@` (a UUID, a ULID, a trace id). Anything
 * else is replaced, never cleaned up: an id is compared whole.
 */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:+=@/-]{0,127}$/;

/** The id for a request: the header's value when sane, else a new UUID. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && SANE_ID.test(header) ? header : randomUUID();
}

/** The error worth logging: the exception a GraphQLError wraps, with where in the query it was thrown. */
function errorFields(error: Error): Record<string, unknown> {
  if (error instanceof GraphQLError) {
    return { err: error.originalError ?? error, ...(error.path ? { path: error.path.join('.') } : {}) };
  }
  return { err: error };
}

/** graphql-yoga's logger, writing to `logger`: what yoga logs (the cause of each error it masks) gets the request's id. */
export function yogaLogger(logger: Logger): YogaLogger {
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    if (!logger.isLevelEnabled(level)) return;
    const reqId = currentRequestId();
    const error = args.find((a): a is Error => a instanceof Error);
    const text = args.filter((a) => typeof a === 'string').join(' ');
    const fields = { ...(reqId ? { reqId } : {}), ...(error ? errorFields(error) : {}) };
    logger[level](fields, text || (error ? 'error masked in the answer' : ''));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
