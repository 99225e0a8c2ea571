// Extraction speed on one core: the seed pages repeated to at least 5 MB of
// text, extracted one after another; pages/s and MB/s, median of several runs.
// The tokenizer's line cache is cleared before each page, so a repeated page
// costs what a new page of the same size would (the words' tags, jieba's vocabulary,
// are kept, as in any run of many pages).
//   npm run bench:extract [-- --runs 5 --mb 5]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../src/extract/pipeline.ts';
import { segmentPage } from '../src/extract/segment.ts';
import { clearTokenCache } from '../src/extract/jieba.ts';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 5);
const MIN_BYTES = arg('mb', 5) * 1024 * 1024;

const seedDir = fileURLToPath(new URL('../seeds/', import.meta.url));
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ file: f, text: readFileSync(join(seedDir, f), 'utf8') }));
const pages: typeof seeds = [];
let bytes = 0;
while (bytes < MIN_BYTES) for (const s of seeds) { pages.push(s); bytes += Buffer.byteLength(s.text); }

function time(label: string, fn: (p: (typeof pages)[number]) => unknown) {
  fn(pages[0]); // warm up once: module init, lexicon compilation
  const secs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    for (const p of pages) fn(p);
    secs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  secs.sort((a, b) => a - b);
  const med = secs[Math.floor(secs.length / 2)];
  return { label, pagesPerSec: pages.length / med, mbPerSec: bytes / 1024 / 1024 / med, medianSec: med };
}

const rows = [
  time('segmentPage (stage 1)', (p) => segmentPage(p.text)),
  time('extractPage (all stages)', (p) => { clearTokenCache(); return extractPage(p.file, p.text); }),
];
console.log(`${pages.length} pages, ${(bytes / 1024 / 1024).toFixed(2)} MB of text, median of ${RUNS} runs, node ${process.version}`);
console.log(`${'stage'.padEnd(26)}${'pages/s'.padStart(10)}${'MB/s'.padStart(9)}${'median s'.padStart(10)}`);
for (const r of rows) {
  console.log(`${r.label.padEnd(26)}${r.pagesPerSec.toFixed(0).padStart(10)}${r.mbPerSec.toFixed(2).padStart(9)}${r.medianSec.toFixed(2).padStart(10)}`);
}
