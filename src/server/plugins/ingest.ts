// POST /ingest: a running server takes pages over HTTP (`kg ingest --server`),
// since the embedded store is locked by the one process that writes it. Off
// (404) unless a token is configured (KG_INGEST_TOKEN).
import type { Plugin } from 'graphql-yoga';
import type { IngestResult } from '../../graph/ingest.ts';
import type { IngestFailure } from '../../graph/ingestFiles.ts';
import type { Extractor } from '../../extract/workerPool.ts';
import { handleIngestRequest, INGEST_PATH } from '../../graph/remoteIngest.ts';
import type { GraphStore } from '../../graph/store.ts';

export interface IngestEndpointOptions {
  store: GraphStore;
  /** Bearer token a client must send; null turns the endpoint off (default null). */
  token?: string | null;
  /** Path of the endpoint (default /ingest). */
  endpoint?: string;
  /** Told of each page's outcome (default: nobody). */
  onPage?: (outcome: IngestResult | IngestFailure) => void;
  /** Where the pages are extracted (default: the thread that answers requests, which then waits for each page). */
  extractor?: Extractor;
}

export function useIngestEndpoint({ store, token = null, endpoint = INGEST_PATH, onPage, extractor }: IngestEndpointOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === endpoint) endResponse(await handleIngestRequest(store, token, request, { onPage, extractor }));
    },
  };
}
