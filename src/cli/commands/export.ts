// `kg export [--out DIR]`: the graph back out as one JSON file per page, in the
// format of `kg extract`. Opens the store read-only, so it also runs while
// `kg serve` holds the embedded store.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { KgError } from '../../errors.ts';
import { exitWith } from '../exit.ts';
import { outputName } from './extract.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph out as one JSON file per page (the format of `kg extract`)')
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .action(async (opts: { out: string; data?: string }) => {
      try {
        const { exportPages } = await import('../../graph/export.ts');
        const { STORE_FILE } = await import('../../graph/ladybug.ts');
        const { openStore } = await import('../../graph/open.ts');
        const config = loadConfig(opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env);
        if (!config.neo4j && !existsSync(join(config.dataDir, STORE_FILE))) {
          throw new KgError('NOT_FOUND', `no graph at ${config.dataDir}: run \`kg ingest\` first`);
        }
        const store = await openStore(config, { readOnly: true, onRepair: (what) => process.stderr.write(`kg export: ${what}\n`) });
        try {
          const pages = await exportPages(store);
          mkdirSync(opts.out, { recursive: true });
          for (const page of pages) writeFileSync(join(opts.out, outputName(page.file)), `${JSON.stringify(page, null, 2)}\n`);
          process.stdout.write(`exported ${pages.length} pages to ${opts.out}\n`);
        } finally {
          await store.close();
        }
      } catch (e) {
        exitWith('export', e);
      }
    });
}
