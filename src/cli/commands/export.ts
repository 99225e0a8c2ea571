// `kg export [--out DIR] [--json]`: the graph back out as one JSON file per
// page, in the format of `kg extract` (its spelling of kinds and roles too).
// Opens the store read-only, so it also runs while `kg serve` holds the
// embedded store. A page named by a path (`2024/05/01/p1.txt`) is written
// under the same folders (`OUT/2024/05/01/p1.json`): two pages of one base
// name never overwrite each other.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { KgError } from '../../errors.ts';
import { exitWith } from '../exit.ts';
import { openForReading } from '../readStore.ts';
import { outputName, type WrittenPage } from './extract.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph out as one JSON file per page (the format of `kg extract`)')
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .option('--json', 'say what was written as one JSON object: {out, pages, written: [{file, path, articles}]}')
    .action(async (opts: { out: string; data?: string; json?: boolean }) => {
      try {
        const { exportPages } = await import('../../graph/export.ts');
        const store = await openForReading(opts.data, 'export');
        try {
          const { pageNameProblem } = await import('../../graph/pageSources.ts');
          const pages = await exportPages(store);
          // Checked before anything is written: a stored name that climbs out of OUT writes nothing.
          const targets = pages.map((page) => {
            const problem = pageNameProblem(page.file);
            if (problem) throw new KgError('BAD_INPUT', `page ${JSON.stringify(page.file)} cannot be written under ${opts.out}: ${problem}`, { file: page.file });
            return join(opts.out, dirname(page.file), outputName(page.file));
          });
          mkdirSync(opts.out, { recursive: true });
          const written: WrittenPage[] = [];
          for (const [i, page] of pages.entries()) {
            const path = targets[i]!;
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, `${JSON.stringify(page, null, 2)}\n`);
            written.push({ file: page.file, path, articles: page.articles.length });
          }
          process.stdout.write(opts.json
            ? `${JSON.stringify({ out: opts.out, pages: written.length, written }, null, 2)}\n`
            : `exported ${pages.length} pages to ${opts.out}\n`);
        } finally {
          await store.close();
        }
      } catch (e) {
        exitWith('export', e);
      }
    });
}
