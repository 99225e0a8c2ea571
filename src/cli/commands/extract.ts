// `kg extract PAGE... [--out DIR]`: the facts of each page as JSON, one file per page.
// A page that cannot be read is reported on stderr and the others still run;
// the exit code is non-zero at the end when any page failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { isKgError } from '../../errors.ts';
import { EXIT } from '../exit.ts';

/** `000_9ff4.txt` -> `000_9ff4.json`. */
export const outputName = (page: string): string => `${basename(page).replace(/\.txt$/i, '')}.json`;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the articles and facts of newspaper pages (plain-text files) as JSON')
    .argument('<page...>', 'page files (UTF-8, UTF-16 with BOM, or GB18030)')
    .option('-o, --out <dir>', 'write one JSON file per page into DIR (required for two or more pages)')
    .addHelpText('after', '\nWith a single page and no --out, the JSON goes to stdout.')
    .action(async (pages: string[], opts: { out?: string }, cmd: Command) => {
      if (pages.length > 1 && !opts.out) {
        cmd.error(`kg extract: ${pages.length} pages given; use --out DIR to write one JSON file per page`, { exitCode: EXIT.USAGE });
      }
      const { extractPageFile } = await import('../../extract/pageFile.ts');
      if (opts.out) {
        try {
          mkdirSync(opts.out, { recursive: true });
        } catch (e) {
          process.stderr.write(`kg extract: cannot create ${opts.out}: ${(e as Error).message}\n`);
          process.exitCode = EXIT.USAGE;
          return;
        }
      }
      let failed = 0;
      const fail = (message: string) => { failed++; process.stderr.write(`kg extract: ${message}\n`); };
      for (const page of pages) {
        let json: string;
        try {
          json = `${JSON.stringify(extractPageFile(page), null, 2)}\n`;
        } catch (e) {
          if (!isKgError(e)) throw e;
          fail(`${e.code}: ${e.message}`);
          continue;
        }
        if (!opts.out) { process.stdout.write(json); continue; }
        const target = join(opts.out, outputName(page));
        try {
          writeFileSync(target, json);
        } catch (e) {
          fail(`${page}: cannot write ${target}: ${(e as Error).message}`);
        }
      }
      if (failed) {
        if (pages.length > 1) process.stderr.write(`kg extract: ${failed} of ${pages.length} pages failed\n`);
        process.exitCode = EXIT.FAILED;
      }
    });
}
