// `kg restore DIR`: puts a backup made by `kg backup` in place of the store,
// setting the store it replaces aside.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import { loadConfig } from '../../config.ts';
import { KgError } from '../../errors.ts';
import { exitWith } from '../exit.ts';

/** Backup, restore and recover work on the embedded store's files: with Neo4j, its own tools do this. */
export function embeddedOnly(command: string, config: Readonly<Config>): Readonly<Config> {
  if (config.neo4j) throw new KgError('CONFIG', `kg ${command} works on the embedded store; with NEO4J_URI set, use Neo4j's own tools (neo4j-admin database dump/load)`);
  return config;
}

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('Put a backup made by `kg backup` in place of the embedded store (the store it replaces is set aside)')
    .argument('<dir>', 'the directory `kg backup` wrote')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .addHelpText('after', `
The copy is checked against its manifest (size, sha256) first. The files of
the store being replaced, damaged or not, are moved into
DATA/replaced-<time>/, never deleted; the copy then takes their place and is
read back. No process may hold the store meanwhile (STORE_BUSY otherwise).
Pages written after the backup are not in it: ingest their files again.`)
    .action(async (dir: string, opts: { data?: string }) => {
      try {
        const config = embeddedOnly('restore', loadConfig(opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env));
        const { restoreStore } = await import('../../graph/backup.ts');
        const r = await restoreStore(dir, config.dataDir, config);
        if (r.setAside) process.stdout.write(`the store that was there is kept in ${r.setAside}\n`);
        process.stdout.write(`restored ${r.counts.pages} pages (${r.counts.articles} articles, ${r.counts.nodes} nodes, ${r.counts.relationships} relationships) from the backup of ${r.manifest.createdAt} into ${config.dataDir}\n`);
      } catch (e) {
        exitWith('restore', e);
      }
    });
}
