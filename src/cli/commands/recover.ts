// `kg recover`: opens a store that does not open as it is, keeping what can
// be read; says what it did and what is lost.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { exitWith } from '../exit.ts';
import { embeddedOnly } from './restore.ts';

export function registerRecover(program: Command): void {
  program
    .command('recover')
    .description('Open a damaged embedded store keeping what can be read: a damaged log is set aside and replayed up to its damage')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .addHelpText('after', `
A log that ends in a write that never finished is cut back to its last commit
(nothing committed is lost; any open does this by itself). A log damaged
before a commit is copied aside whole (graph.lbug.wal.damaged-<time>) and
replayed up to its last commit before the damage: pages written after that
point are gone from the store; ingest their files again (pages still stored
come out unchanged). A checkpoint cut short is completed. A store file that
is itself damaged cannot be recovered: \`kg restore\` a backup. No process may
hold the store meanwhile (STORE_BUSY otherwise).`)
    .action(async (opts: { data?: string }) => {
      try {
        const config = embeddedOnly('recover', loadConfig(opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env));
        const { recoverStore } = await import('../../graph/recover.ts');
        const r = await recoverStore(config.dataDir, config);
        for (const a of r.actions) process.stdout.write(`${a}\n`);
        if (!r.actions.length) process.stdout.write('nothing to recover: the store opens as it is\n');
        process.stdout.write(`the store holds ${r.counts.pages} pages (${r.counts.articles} articles, ${r.counts.nodes} nodes, ${r.counts.relationships} relationships)\n`);
      } catch (e) {
        exitWith('recover', e);
      }
    });
}
