// `npm start` on a fresh clone: an empty store gets the pages of `seeds/`
// before the API serves, so there is something to ask about.
import { ingestPaths, type IngestSummary } from './ingestFiles.ts';
import type { GraphStore } from './store.ts';

/** Ingests the pages under `dir` when the store holds no page; returns null when it held some. */
export async function seedIfEmpty(store: GraphStore, dir: string): Promise<IngestSummary | null> {
  const [row] = await store.read('MATCH (p:Page) RETURN count(p) AS n');
  if (Number(row?.n ?? 0) > 0) return null;
  return ingestPaths(store, [dir]);
}
