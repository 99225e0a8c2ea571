// GET /metrics: the app's registry in Prometheus' text format, through
// @graphql-yoga/plugin-prometheus. The app leaves the plugin out with
// KG_METRICS=off: no endpoint (404) and nothing collected.
//
// From the plugin: GraphQL operations counted (graphql_envelop_request) and
// timed from parse to the end of execution (graphql_envelop_request_duration),
// and whole HTTP requests timed by method and status
// (graphql_yoga_http_duration). Its own error counter is left off: it sees no
// code for a validation error and counts errors before they are masked. Here
// instead, graphql_errors_total counts each error of each answer by the
// `extensions.code` the client got.
//
// Labels are bounded: an operation name is a client's choice, so only the
// first MAX_OPERATION_NAMES names seen get a series of their own, the rest
// are counted as "other"; the plugin's `url` label (the whole URL, query
// string included) is not used.
import { createCounter, createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter } from 'prom-client';
import type { Metrics } from '../metrics.ts';

export interface MetricsEndpointOptions {
  metrics: Metrics;
  /** Path of the endpoint (default /metrics). */
  endpoint?: string;
}

/** Distinct operation names that get a series of their own. */
export const MAX_OPERATION_NAMES = 100;

/** Seconds: the README examples answer in 5 to 100 ms on a small machine; a query near the cost limit in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The label for an operation name: the name while fewer than `max` have been seen, else "other". */
export function operationLabels(max = MAX_OPERATION_NAMES): (name: string | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'Anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= max || name.length > 100) return 'other';
    seen.add(name);
    return name;
  };
}

/** An error's code as a label: the server sets it, but only a code-shaped one is passed through. */
const codeLabel = (code: unknown): string =>
  typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : code === undefined ? 'NONE' : 'OTHER';

type Result = { errors?: readonly { extensions?: Record<string, unknown> }[] };

export function useMetrics({ metrics, endpoint = '/metrics' }: MetricsEndpointOptions): Plugin {
  const { registry } = metrics;
  const operation = operationLabels();
  const opLabels = (p: { operationName?: string; operationType?: string }) =>
    ({ operationName: operation(p.operationName), operationType: p.operationType ?? 'unknown' });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers, by the extensions.code the client got',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const prometheus = usePrometheus({
    registry,
    endpoint,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'GraphQL operations executed', labelNames: ['operationName', 'operationType'] },
        fillLabelsFn: opLabels,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration', help: 'Time of a GraphQL operation from parse to the end of execution, in seconds',
          labelNames: ['operationName', 'operationType'], buckets: BUCKETS,
        },
        fillLabelsFn: opLabels,
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration', help: 'Time of an HTTP request to the GraphQL endpoint that parsed, in seconds',
          labelNames: ['method', 'statusCode', 'operationName', 'operationType'], buckets: BUCKETS,
        },
        fillLabelsFn: (p, { request, response }: { request: Request; response: Response }) =>
          ({ method: request.method, statusCode: response.status, ...opLabels(p) }),
      }),
      graphql_envelop_error_result: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
    },
  });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(prometheus);
    },
    // The answer as it goes out: errors masked, every phase's (parse, validation, limits, execution) included.
    onResultProcess({ result }) {
      if (Symbol.asyncIterator in result) return;
      for (const r of (Array.isArray(result) ? result : [result]) as Result[]) {
        for (const e of r.errors ?? []) errors.labels(codeLabel(e.extensions?.code)).inc();
      }
    },
  };
}
