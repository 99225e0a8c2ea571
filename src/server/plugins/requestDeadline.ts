// Every GraphQL request has a deadline (KG_REQUEST_TIMEOUT_MS, 10 s): past it
// the client gets one TIMEOUT error, whatever the resolvers are still doing.
// The store work stops there too: each request's context binds its store
// reads to the same deadline (src/api/context.ts), so a read that runs past it
// is interrupted by the store (LadybugDB's query timeout, Neo4j's transaction
// timeout) and one not yet begun is never started.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../../config.ts';

export interface RequestDeadlineOptions {
  /** Time a request gets, in ms (default 10000); the context's `deadline`, when set, is when it ends. */
  timeoutMs?: number;
}

const isPromise = (x: unknown): x is Promise<unknown> => typeof (x as { then?: unknown } | null)?.then === 'function';

const hasTimeout = (r: unknown) => ((r as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? []).some((e) => e.extensions?.code === 'TIMEOUT');

/** Yoga plugin: a request still running at its deadline is answered with one TIMEOUT error. */
export function useRequestDeadline({ timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: RequestDeadlineOptions = {}): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const result = executeFn(args);
        if (!isPromise(result)) return result;
        const deadline = (args.contextValue as { deadline?: number }).deadline ?? Date.now() + timeoutMs;
        const timedOut = () => ({
          errors: [createGraphQLError(`The request ran past its time limit of ${timeoutMs} ms and was stopped: ask for less (fewer items, fewer hops, a narrower filter)`, {
            extensions: { code: 'TIMEOUT', limit: timeoutMs },
          })],
        });
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<ReturnType<typeof timedOut>>((resolve) => {
          timer = setTimeout(() => resolve(timedOut()), Math.max(0, deadline - Date.now()));
        });
        // Reads the store stopped at the deadline may settle the execution before the timer fires: the same one answer.
        const done = result.then((r) => (hasTimeout(r) ? timedOut() : r));
        return Promise.race([done, late]).finally(() => clearTimeout(timer)) as typeof result;
      });
    },
  };
}
