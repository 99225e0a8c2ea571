// A reproducible archive-sized corpus from the project's annotated pages:
// real articles recombined into new pages with new people, districts and
// company branches (scripts/corpus/). Writes DIR/YYYY/MM/DD/<day>_pNN.txt and
// DIR/corpus-gold.json, then reports how many of the names it put in the
// extractor finds on the first pages.
//   npm run corpus -- --pages 10000 --out /tmp/corpus-10k [--seed 1] [--check 200]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePages } from './corpus/generate.ts';
import { GoldCollector } from './corpus/gold.ts';
import { nameRecall } from './corpus/recall.ts';
import { loadSourceArticles } from './corpus/sources.ts';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes the corpus; returns its gold. */
export function writeCorpus(out: string, pages: number, seed: number) {
  const sources = loadSourceArticles(REPO);
  const gold = new GoldCollector();
  for (const page of generatePages(sources, pages, seed)) {
    const path = join(out, page.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, page.text);
    gold.add(page);
  }
  const result = gold.result(seed);
  writeFileSync(join(out, 'corpus-gold.json'), JSON.stringify(result));
  return { gold: result, sources: sources.length };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pages = Number(arg('pages') ?? 1000);
  const seed = Number(arg('seed') ?? 1);
  const out = arg('out');
  const check = Number(arg('check') ?? 200);
  if (!out || !Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run corpus -- --pages N --out DIR [--seed S] [--check PAGES]');
    process.exit(2);
  }
  const t0 = performance.now();
  const { gold, sources } = writeCorpus(out, pages, seed);
  const c = gold.counts;
  console.log(`${c.pages} pages, ${c.articles} articles (from ${sources} source articles), ${(c.bytes / 1e6).toFixed(1)} MB, ` +
    `${c.people} distinct people in ${c.person_mentions} mentions (${c.authors} in bylines), ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${out}`);
  console.log(`most named: ${gold.top_people.slice(0, 5).map((p) => `${p.name} ${p.articles}`).join(', ')}; ` +
    `most named outside bylines: ${gold.top_subjects.slice(0, 3).map((p) => `${p.name} ${p.articles}`).join(', ')}`);
  if (check > 0) {
    const r = nameRecall(out, gold.pages.slice(0, check));
    console.log(`extraction finds ${r.found} of ${r.total} names put in on the first ${r.pages} pages: recall ${(100 * r.found / r.total).toFixed(1)}%` +
      `; articles segmented as written on ${r.pagesAligned} of ${r.pages} pages`);
    if (r.missed.length) console.log(`missed, e.g.: ${r.missed.slice(0, 12).join(' ')}`);
  }
}
