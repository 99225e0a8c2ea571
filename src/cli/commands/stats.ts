// `kg stats [--json]`: what the graph holds, in counts. Opens the store
// read-only, so it runs while `kg serve` holds the embedded store.
import type { Command } from 'commander';
import { exitWith } from '../exit.ts';
import { openForReading } from '../readStore.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Count what the graph holds: pages and the issue dates they cover, articles, people, organizations, activities by kind')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .option('--json', 'print the counts as one JSON object')
    .action(async (opts: { data?: string; json?: boolean }) => {
      try {
        const { formatStats, graphStats } = await import('../../graph/stats.ts');
        const store = await openForReading(opts.data, 'stats');
        try {
          const stats = await graphStats(store);
          process.stdout.write(opts.json ? `${JSON.stringify(stats, null, 2)}\n` : `${formatStats(stats).join('\n')}\n`);
        } finally {
          await store.close();
        }
      } catch (e) {
        exitWith('stats', e);
      }
    });
}
