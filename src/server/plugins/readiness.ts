// GET /ready: 200 when the store answers a trivial read, 503 (with the reason) when not.
// (GET /health, the process is up, is graphql-yoga's own.)
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { GraphStore } from '../../graph/store.ts';

export interface StoreReadinessOptions {
  store: GraphStore;
  /** Path of the check (default /ready). */
  endpoint?: string;
}

/** The trivial read that tells the store answers. */
export const READINESS_QUERY = 'RETURN 1 AS ok';

export function useStoreReadiness({ store, endpoint = '/ready' }: StoreReadinessOptions): Plugin {
  return useReadinessCheck({
    endpoint,
    check: async () => {
      await store.read(READINESS_QUERY);
      return true;
    },
  });
}
