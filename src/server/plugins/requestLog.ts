// One JSON line per request (method, path, status, ms, GraphQL operation,
// request id), and a warn line of its own for one slower than `slowMs`. The
// request id is the `x-request-id` header's when it is sane (log.ts), else a
// new UUID; either way it is echoed in the answer's `x-request-id`, so a
// client's report and a proxy's log lead to the line.
//
//   {"level":30,"time":"2026-12-02T12:00:00.000Z","pid":7,"reqId":"4f1c…","method":"POST",
//    "path":"/graphql","status":200,"ms":12.4,"operation":"MunicipalUnion","msg":"request"}
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_SLOW_MS } from '../../config.ts';
import { requestIdFrom, requestScope, type Logger } from '../log.ts';

export interface RequestLogOptions {
  logger: Logger;
  /** A request that takes longer, in ms, also gets a warn line (default 1000, KG_SLOW_MS). */
  slowMs?: number;
  /** Header the id is read from and echoed in (default x-request-id). */
  header?: string;
}

/** Longest operation name or path written: both are a client's to choose. */
const MAX_FIELD = 200;
const cut = (s: string) => (s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD)}…` : s);

export function useRequestLog({ logger, slowMs = DEFAULT_SLOW_MS, header = 'x-request-id' }: RequestLogOptions): Plugin {
  return {
    instrumentation: {
      // Around the whole of the request's handling: what runs for it runs in its scope.
      request({ request }, wrapped) {
        return requestScope.run({ id: requestIdFrom(request.headers.get(header)), start: performance.now() }, wrapped);
      },
    },
    onParse({ context }) {
      return ({ result }) => {
        const scope = requestScope.getStore();
        if (!scope) return;
        const stated = context.params?.operationName ?? undefined;
        const named = result instanceof Error ? undefined : getOperationAST(result, stated)?.name?.value;
        const operation = named ?? stated;
        if (operation) scope.operation = cut(operation);
      };
    },
    onResponse({ request, response }) {
      const scope = requestScope.getStore();
      if (!scope) return;
      // A response made immutable (Response.redirect, a fetched one) keeps its headers.
      try { response.headers.set(header, scope.id); } catch { /* not echoed */ }
      const elapsed = performance.now() - scope.start;
      const line = {
        reqId: scope.id,
        method: request.method,
        path: cut(new URL(request.url, 'http://localhost').pathname),
        status: response.status,
        ms: Math.round(elapsed * 10) / 10,
        ...(scope.operation ? { operation: scope.operation } : {}),
      };
      logger.info(line, 'request');
      if (elapsed > slowMs) logger.warn({ ...line, slowMs }, 'slow request');
    },
  };
}
