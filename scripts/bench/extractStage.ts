// Stage (a): extraction speed over the corpus text, beside its floor, the
// jieba tagging the extractor starts from (the same call, line by line, on
// the same pages). The pages are taken in chunks; each chunk is tagged, then
// extracted, so both see the same machine noise; the figures are the medians
// of the chunks. The token cache is cleared before each page: a line seen on
// an earlier page costs what a new one would. While the pages are extracted,
// their plans are written out as CSV for the bulk load of stage (b) (not timed).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { clearTokenCache } from '../../src/extract/jieba.ts';
import { extractPage } from '../../src/extract/pipeline.ts';
import { planPage } from '../../src/graph/plan.ts';
import { BulkCsv, type CsvTable } from './bulkCsv.ts';
import { median } from './stats.ts';

export interface ExtractResult {
  pages: number;
  mb: number;
  secs: number;
  pages_per_s: number;
  mb_per_s: number;
  floor_mb_per_s: number;
  /** Extraction time over jieba time, per chunk, median. */
  ratio: number;
  tables: CsvTable[];
}

const CHUNK = 100;

export function extractStage(paths: string[], csvDir: string): ExtractResult {
  const jieba = Jieba.withDict(dict);
  const csv = new BulkCsv(csvDir);
  const ingestedAt = new Date().toISOString();
  const ext: { mbps: number; pps: number }[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  let totalSecs = 0;
  let totalBytes = 0;
  extractPage(paths[0], readFileSync(paths[0], 'utf8')); // module set-up and lexicon compilation, once
  for (let i = 0; i < paths.length; i += CHUNK) {
    const chunk = paths.slice(i, i + CHUNK).map((path) => {
      const bytes = readFileSync(path);
      return { path, bytes, text: bytes.toString('utf8') };
    });
    const mb = chunk.reduce((n, p) => n + p.bytes.length, 0) / 1e6;
    let t = performance.now();
    for (const p of chunk) for (const line of p.text.split('\n')) if (line.trim()) jieba.tag(line);
    const jiebaSecs = (performance.now() - t) / 1000;
    let extractSecs = 0;
    for (const p of chunk) {
      clearTokenCache();
      t = performance.now();
      const page = extractPage(p.path, p.text);
      extractSecs += (performance.now() - t) / 1000;
      const file = basename(p.path);
      csv.add(planPage({ ...page, file }), file, createHash('sha256').update(p.bytes).digest('hex'), ingestedAt);
    }
    ext.push({ mbps: mb / extractSecs, pps: chunk.length / extractSecs });
    floor.push(mb / jiebaSecs);
    ratios.push(extractSecs / jiebaSecs);
    totalSecs += extractSecs;
    totalBytes += mb;
  }
  return {
    pages: paths.length,
    mb: totalBytes,
    secs: totalSecs,
    pages_per_s: median(ext.map((e) => e.pps)),
    mb_per_s: median(ext.map((e) => e.mbps)),
    floor_mb_per_s: median(floor),
    ratio: median(ratios),
    tables: csv.finish(),
  };
}
