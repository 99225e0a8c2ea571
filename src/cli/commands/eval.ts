// `kg eval [--gold DIR] [--detail] [--json] [PAGE...]`: extracts pages and
// scores them against gold files, printed as test/reference/score.mjs prints.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { isKgError } from '../../errors.ts';
import type { ScoredPage } from '../../eval/score.ts';
import { EXIT } from '../exit.ts';

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Extract pages and score them against gold annotations (per-field P/R/F1 and overall)')
    .argument('[page...]', 'page files to extract (default: the seed pages, seeds/*.txt)')
    .option('-g, --gold <dir>', 'directory of gold JSON files (default: test/gold)')
    .option('--detail', 'list, article by article, what is missing and what is extra, with the rules behind each extra fact')
    .option('--json', 'print the report as JSON')
    .action(async (pages: string[], opts: { gold?: string; detail?: boolean; json?: boolean }) => {
      const { extractPageFile } = await import('../../extract/pageFile.ts');
      const { formatReport, pageKey, scorePages } = await import('../../eval/score.ts');
      const goldDir = opts.gold ? resolve(opts.gold) : join(PROJECT, 'test/gold');
      const given = pages.length > 0;
      const files = given ? pages : readdirSync(join(PROJECT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
        .map((f) => join(PROJECT, 'seeds', f));
      let gold: ScoredPage[];
      try {
        gold = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
          .map((f) => ({ ...(JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as ScoredPage), file: f }));
      } catch (e) {
        process.stderr.write(`kg eval: cannot read gold files in ${goldDir}: ${(e as Error).message}\n`);
        process.exitCode = EXIT.USAGE;
        return;
      }
      const sys: ScoredPage[] = [];
      let failed = 0;
      for (const f of files) {
        try {
          sys.push(extractPageFile(f));
        } catch (e) {
          if (!isKgError(e)) throw e;
          failed++;
          process.stderr.write(`kg eval: ${e.code}: ${e.message}\n`);
        }
      }
      // With pages named, only their gold counts; by default every gold page does, as in score.mjs.
      if (given) {
        const keys = new Set(files.map(pageKey));
        for (const k of keys) if (!gold.some((g) => g.file === k)) process.stderr.write(`kg eval: no gold file ${k} in ${goldDir}\n`);
        gold = gold.filter((g) => keys.has(g.file));
        if (!gold.length) {
          process.stderr.write(`kg eval: none of the pages has a gold file in ${goldDir}\n`);
          process.exitCode = EXIT.USAGE;
          return;
        }
      }
      process.stdout.write(`${formatReport(scorePages(gold, sys, { rules: opts.detail }), opts)}\n`);
      if (failed) process.exitCode = EXIT.FAILED;
    });
}
