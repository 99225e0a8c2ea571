// What the store benchmarks write: the gold pages (their anchors as bodies)
// copied under new file names until there are `count` pages. Copies keep
// their people and organizations, so later pages mostly reuse entities, as
// real issues do. And the `--name N` numeric options they take.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleFacts, PageExtraction } from '../../src/extract/types.ts';

export const numberArg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

export function goldCopies(count: number): PageExtraction[] {
  const goldDir = fileURLToPath(new URL('../../test/gold/', import.meta.url));
  const gold: PageExtraction[] = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { file: string; articles: (ArticleFacts & { anchor: string })[] };
    return { file: g.file, articles: g.articles.map(({ anchor, ...a }) => ({ ...a, body: anchor, places: [] })) };
  });
  return Array.from({ length: count }, (_, i) => ({ ...gold[i % gold.length], file: `${String(i).padStart(5, '0')}_${gold[i % gold.length].file}` }));
}
