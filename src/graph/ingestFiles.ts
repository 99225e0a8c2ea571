// `kg ingest PATH...`: page files and folders of pages into the store, one
// transaction per page, with a summary. A page that cannot be read or written
// is reported and the others go on; a store that is busy or unreachable stops
// the run (every other page would fail the same way).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isKgError, KgError } from '../errors.ts';
import { decodePage } from '../extract/decode.ts';
import { extractPage } from '../extract/pipeline.ts';
import { hasArticle } from '../extract/pageFile.ts';
import type { PageExtraction } from '../extract/types.ts';
import { ingestContent, type IngestOptions, type IngestResult } from './ingest.ts';
import type { GraphStore } from './store.ts';

export interface IngestFailure { file: string; code: string; reason: string }

export interface IngestSummary {
  read: number;
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: IngestFailure[];
  nodesCreated: number;
  relsCreated: number;
}

export const emptySummary = (): IngestSummary =>
  ({ read: 0, ingested: 0, replaced: 0, unchanged: 0, failed: [], nodesCreated: 0, relsCreated: 0 });

/** Files named directly, and the `.txt` files under named folders (sorted, recursively). */
export function pageFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.txt$/i.test(name)) out.push(p);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* a missing file is reported when it is read */ }
    if (isDir) walk(p); else out.push(p);
  }
  return out;
}

/** The extraction of a page, refused (BAD_INPUT) when no article can be recognised, as `kg extract` does. */
export function extractOrRefuse(file: string, text: string): PageExtraction {
  const page = extractPage(file, text);
  if (!hasArticle(page)) {
    throw new KgError('BAD_INPUT', `${file}: no recognisable article (no headline, dateline or continued text)`, { file });
  }
  return page;
}

export async function ingestPaths(
  store: GraphStore, paths: string[], options: IngestOptions & { onPage?: (r: IngestResult | IngestFailure) => void } = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  for (const path of pageFiles(paths)) {
    summary.read++;
    try {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(e as Error).message})`;
        throw new KgError('BAD_INPUT', `${path}: ${why}`, { file: path }, { cause: e });
      }
      const r = await ingestContent(store, basename(path), bytes, () => decodePage(bytes, path), { extract: extractOrRefuse, ...options });
      addResult(summary, r);
      options.onPage?.(r);
    } catch (e) {
      if (isKgError(e) && (e.code === 'STORE_BUSY' || e.code === 'STORE_UNAVAILABLE')) throw e;
      const failure = toFailure(path, e);
      summary.failed.push(failure);
      options.onPage?.(failure);
    }
  }
  return summary;
}

export function addResult(summary: IngestSummary, r: IngestResult): void {
  if (r.status === 'ingested') summary.ingested++;
  else if (r.status === 'replaced') summary.replaced++;
  else summary.unchanged++;
  summary.nodesCreated += r.nodesCreated;
  summary.relsCreated += r.relsCreated;
}

export function toFailure(path: string, e: unknown): IngestFailure {
  if (isKgError(e)) return { file: path, code: e.code, reason: e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message };
  return { file: path, code: 'UNEXPECTED', reason: e instanceof Error ? e.message : String(e) };
}

/** The summary as the lines `kg ingest` prints. */
export function formatSummary(s: IngestSummary): string[] {
  const lines = [
    `pages read: ${s.read}`,
    `ingested: ${s.ingested + s.replaced} (new ${s.ingested}, replaced ${s.replaced})`,
    `unchanged: ${s.unchanged}`,
    `failed: ${s.failed.length}`,
    ...s.failed.map((f) => `  ${f.file}: ${f.code}: ${f.reason}`),
    `nodes created: ${s.nodesCreated}`,
    `relationships created: ${s.relsCreated}`,
  ];
  return lines;
}
