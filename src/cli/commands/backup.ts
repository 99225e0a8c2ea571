// `kg backup DIR`: a consistent copy of the embedded store, with a manifest.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { exitWith } from '../exit.ts';
import { embeddedOnly } from './restore.ts';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('Copy the embedded store into DIR, consistent and checked (restore it with `kg restore DIR`)')
    .argument('<dir>', 'a new directory for the copy')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .addHelpText('after', `
The store is taken for writing for the time of the copy (a running \`kg serve\`
must be stopped first: STORE_BUSY otherwise), checkpointed so that its one
file holds every page, copied into DIR/graph.lbug, read back, and described
in DIR/backup.json (time, counts, size, sha256). DIR is a data directory in
its own right: \`kg export --data DIR\` and \`kg check --data DIR\` read it.`)
    .action(async (dir: string, opts: { data?: string }) => {
      try {
        const config = embeddedOnly('backup', loadConfig(opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env));
        const { backupStore } = await import('../../graph/backup.ts');
        const m = await backupStore(config.dataDir, dir, config);
        process.stdout.write(`backed up ${m.pages} pages (${m.articles} articles, ${m.nodes} nodes, ${m.relationships} relationships) to ${dir}: ${(m.bytes / 1024 / 1024).toFixed(1)} MiB, sha256 ${m.sha256}\n`);
      } catch (e) {
        exitWith('backup', e);
      }
    });
}
