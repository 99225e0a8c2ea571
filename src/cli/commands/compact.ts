// `kg compact`: the embedded store's file written anew, as small as a bulk load of the same graph.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { exitWith } from '../exit.ts';
import { embeddedOnly } from './restore.ts';

const MiB = 1024 * 1024;

export function registerCompact(program: Command): void {
  program
    .command('compact')
    .description('Write the embedded store\'s file anew, as small as a bulk load of the same graph (the old file is set aside)')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .option('--json', 'print one JSON object: {pages, articles, nodes, relationships, before, after, setAside}')
    .addHelpText('after', `
A store that took pages batch by batch holds its graph in a file several
times larger than a bulk load of the same rows gives, and LadybugDB reclaims
none of it. Compaction takes the store for its whole run (stop a running
\`kg serve\` first: STORE_BUSY otherwise), exports every table to Parquet
files under DATA/compact-<time>/, imports them into a new store file, and
reads that back: the counts and every page's hash must be the same, or the
store is left as it was. The old file is then moved into
DATA/replaced-<time>/ (delete it once you are content) and the new one takes
its place. It needs free space for the export and the new file: about the
size a bulk load gives, far less than the old file.`)
    .action(async (opts: { data?: string; json?: boolean }) => {
      try {
        const config = embeddedOnly('compact', loadConfig(opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env));
        const { compactStore } = await import('../../graph/compact.ts');
        const r = await compactStore(config.dataDir, config);
        if (opts.json) process.stdout.write(`${JSON.stringify({ ...r.counts, before: r.before, after: r.after, setAside: r.setAside })}\n`);
        else {
          process.stdout.write(`compacted ${r.counts.pages} pages (${r.counts.articles} articles, ${r.counts.nodes} nodes, ${r.counts.relationships} relationships): `
            + `${(r.before / MiB).toFixed(1)} MiB -> ${(r.after / MiB).toFixed(1)} MiB\n`);
          process.stdout.write(`the old store file is kept in ${r.setAside}: delete it once you are content\n`);
        }
      } catch (e) {
        exitWith('compact', e);
      }
    });
}
