// `kg extract PAGE... [--out DIR] [--json] [--trace]`: the facts of each page as JSON, or with
// --trace as lines that name the rules behind each fact.
// One page without --out: its JSON on stdout. --out DIR: one file per page.
// --json: one JSON object on stdout saying what came of each page (the
// extractions themselves without --out, where they were written with it).
// A page that cannot be read is reported and the others still run; the exit
// code is non-zero at the end when any page failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { isKgError } from '../../errors.ts';
import type { PageExtraction } from '../../extract/types.ts';
import { EXIT } from '../exit.ts';
import { barProgress, plainProgress, wantsBar } from '../progress.ts';

/** `000_9ff4.txt` -> `000_9ff4.json`. */
export const outputName = (page: string): string => `${basename(page).replace(/\.txt$/i, '')}.json`;

interface ExtractOpts { out?: string; json?: boolean; trace?: boolean }

/** A page that gave no extraction: its path, a code (the project's, or the file system's for a write) and why. */
interface ExtractFailure { file: string; code: string; reason: string }

/** A page written with --out: the page, the JSON file, and how many articles it holds. */
export interface WrittenPage { file: string; path: string; articles: number }

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the articles and facts of newspaper pages (plain-text files) as JSON')
    .argument('<page...>', 'page files (UTF-8, UTF-16 with BOM, or GB18030)')
    .option('-o, --out <dir>', 'write one JSON file per page into DIR (required for two or more pages without --json)')
    .option('--json', 'print one JSON object: {read, extracted, failed, pages | written, failures}')
    .option('--trace', 'print each fact on a line with the rules that made it, then what each rule is for')
    .addHelpText('after', `
With a single page and neither --out nor --json, the page's JSON goes to stdout.
With --json and no --out, stdout is {"pages": [extraction...], ...}; with
--out DIR, the files are written and stdout is {"written": [{file, path,
articles}], ...}. Either way failures are listed in "failures" with their file,
code and reason. On a terminal a progress bar is drawn on stderr.
Every fact in the JSON carries "rules", the ids of the rules that made it;
--trace prints the facts as lines with those rules, for reading.`)
    .action(async (pages: string[], opts: ExtractOpts, cmd: Command) => {
      if (opts.trace && (opts.out || opts.json)) {
        cmd.error('kg extract: --trace prints lines for reading; it does not go with --out or --json (the JSON carries the rules)', { exitCode: EXIT.USAGE });
      }
      if (pages.length > 1 && !opts.out && !opts.json && !opts.trace) {
        cmd.error(`kg extract: ${pages.length} pages given; use --out DIR to write one JSON file per page, or --json`, { exitCode: EXIT.USAGE });
      }
      const { extractPageFile } = await import('../../extract/pageFile.ts');
      const { formatTrace } = await import('../../extract/trace.ts');
      if (opts.out) {
        try {
          mkdirSync(opts.out, { recursive: true });
        } catch (e) {
          process.stderr.write(`kg extract: cannot create ${opts.out}: ${(e as Error).message}\n`);
          process.exitCode = EXIT.USAGE;
          return;
        }
      }
      // A page streamed to stdout leaves no room for a bar; a file per page, or one object at the end, does.
      // Without a bar, the line of a failed page goes to stderr, as it always has.
      const progress = (opts.out || opts.json) && wantsBar(true) ? barProgress(pages.length)
        : plainProgress((line) => { process.stderr.write(`${line}\n`); });
      const extracted: PageExtraction[] = [];
      const written: WrittenPage[] = [];
      const failures: ExtractFailure[] = [];
      const fail = (f: ExtractFailure, line: string) => { failures.push(f); progress.page(`kg extract: ${line}`, true); };
      try {
        for (const page of pages) {
          let result: PageExtraction;
          try {
            result = extractPageFile(page);
          } catch (e) {
            if (!isKgError(e)) throw e;
            fail({ file: page, code: e.code, reason: withoutFile(page, e.message) }, `${e.code}: ${e.message}`);
            continue;
          }
          if (!opts.out) {
            if (opts.json) extracted.push(result);
            else if (opts.trace) process.stdout.write(`${formatTrace(result)}\n`);
            else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            progress.page(null);
            continue;
          }
          const target = join(opts.out, outputName(page));
          try {
            writeFileSync(target, `${JSON.stringify(result, null, 2)}\n`);
            written.push({ file: page, path: target, articles: result.articles.length });
            progress.page(null);
          } catch (e) {
            const reason = `cannot write ${target}: ${(e as Error).message}`;
            fail({ file: page, code: (e as NodeJS.ErrnoException).code ?? 'EIO', reason }, `${page}: ${reason}`);
          }
        }
      } finally {
        progress.stop();
      }
      if (opts.json) {
        const done = { read: pages.length, extracted: pages.length - failures.length, failed: failures.length };
        const report = opts.out ? { ...done, written, failures } : { ...done, pages: extracted, failures };
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      }
      if (failures.length) {
        if (pages.length > 1 && !opts.json) progress.note(`kg extract: ${failures.length} of ${pages.length} pages failed`);
        process.exitCode = EXIT.FAILED;
      }
    });
}

/** The reason without the `PATH: ` its message opens with. */
const withoutFile = (file: string, message: string): string => (message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message);
