// `kg check [PATH...]`: reads the store back whole and compares the given
// page files with what is stored; exit 0 when all is well, 1 otherwise.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { KgError } from '../../errors.ts';
import { EXIT, exitWith } from '../exit.ts';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Verify the store: open it read-only, count it, read every page back, compare page files with what is stored')
    .argument('[path...]', 'page files, or folders of .txt pages, to compare with the pages stored under their names')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .addHelpText('after', `
Prints the store's files (the store file, a log left beside it), its counts
(pages, articles, nodes, relationships) and any damage: a log damaged before
a commit, a store file that cannot be read, pages or articles that do not
read back. A page given is "as stored" when its bytes hash to the sha256
stored with it, "changed" when they do not (the file changed since, or the
store did), "not in the store" otherwise. Repairs that lose no commit are
made as any open makes them (a log cut inside a write that never finished,
a checkpoint cut short) and named. Exit 0 when nothing is wrong, 1 otherwise.`)
    .action(async (paths: string[], opts: { data?: string }) => {
      try {
        const config = loadConfig(opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env);
        const { checkPassed, checkStore } = await import('../../graph/check.ts');
        const { openStore } = await import('../../graph/open.ts');
        const { describeFiles } = await import('../../graph/storeFiles.ts');
        const out = (line: string) => process.stdout.write(`${line}\n`);
        if (!config.neo4j) {
          const { STORE_FILE } = await import('../../graph/storeFiles.ts');
          if (!existsSync(join(config.dataDir, STORE_FILE))) throw new KgError('NOT_FOUND', `no store at ${config.dataDir}`);
          for (const line of describeFiles(join(config.dataDir, STORE_FILE))) out(line);
        }
        const store = await openStore(config, { readOnly: true, onRepair: (what) => out(`repaired: ${what}`) });
        let result;
        try {
          result = await checkStore(store, paths);
        } finally {
          await store.close();
        }
        const c = result.counts!;
        out(`pages: ${c.pages}, articles: ${c.articles}, nodes: ${c.nodes}, relationships: ${c.relationships}`);
        for (const d of result.damage) out(`damaged: ${d}`);
        if (result.sources) {
          const s = result.sources;
          out(`pages given: ${s.given}, as stored: ${s.same}, changed: ${s.changed.length}, not in the store: ${s.missing.length}${s.unreadable.length ? `, unreadable: ${s.unreadable.length}` : ''}`);
          for (const f of s.changed) out(`  changed: ${f}`);
          for (const f of s.missing) out(`  not in the store: ${f}`);
          for (const f of s.unreadable) out(`  unreadable: ${f}`);
        }
        const ok = checkPassed(result);
        out(ok ? 'ok' : 'not ok');
        if (!ok) process.exitCode = EXIT.FAILED;
      } catch (e) {
        exitWith('check', e);
      }
    });
}
