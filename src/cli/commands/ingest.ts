// `kg ingest PATH...`: extract the pages and load them into the graph, one
// transaction per page, then print a summary. While `kg serve` holds the
// embedded store, the pages go to the server's ingest endpoint instead.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { isKgError, KgError } from '../../errors.ts';
import type { IngestResult } from '../../graph/ingest.ts';
import type { IngestFailure, IngestSummary } from '../../graph/ingestFiles.ts';
import { checkRunDate } from '../../graph/pageMeta.ts';
import { EXIT, exitWith } from '../exit.ts';

interface IngestOpts { data?: string; server?: string; quiet?: boolean; date?: string; requireDate?: boolean }

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract newspaper pages and load their facts into the graph (each page all or nothing)')
    .argument('<path...>', 'page files, or folders of .txt pages')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .option('--server <url>', 'hand the pages to a running `kg serve` at URL (needs KG_INGEST_TOKEN)')
    .option('-q, --quiet', 'print only the summary')
    .option('--date <YYYY-MM-DD>', 'the issue date of every page named in this call')
    .option('--require-date', 'fail a page that has no issue date instead of loading it undated')
    .addHelpText('after', `
Pages are written up to 25 per transaction; when a batch fails, its pages are
written one by one so that only the failing page is left out (and named).
A page already in the graph with the same content is left unchanged; a page
whose content changed replaces its own facts. With NEO4J_URI set, pages go to
Neo4j. The embedded store can be written by one process at a time: when
\`kg serve\` holds it and KG_INGEST_TOKEN is set (the same for both), the pages
are handed to the server at http://127.0.0.1:$PORT automatically.

Every page reported written stays stored through a crash, a kill or a full
disk. With less than KG_MIN_FREE_MB (64) free on the store's disk, or when a
write fails there, the run stops with STORE_FULL or STORE_ERROR (exit 1):
make room and run the same command again.

A page's issue date comes from, in this order: --date; an issues.csv beside
the pages (file,date,page,name) or a PAGE.meta.json ({"date","page","name"});
a date in its path (2024-02-01/03.txt, 20240201_03.txt); a dated page header
line in the text. A page with none goes in undated (counted in the summary).`)
    .action(async (paths: string[], opts: IngestOpts) => {
      // Ctrl-C or SIGTERM during a long load: the batch being written finishes, the store
      // is closed (and so checkpointed), the summary printed; exit 130 or 143 as a shell expects.
      const stop = new AbortController();
      let signalled: NodeJS.Signals | null = null;
      const onSignal = (sig: NodeJS.Signals) => {
        if (!signalled) process.stderr.write(`kg ingest: ${sig}: finishing the pages being written, then stopping\n`);
        signalled ??= sig;
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const summary = await runIngest(paths, opts, stop.signal);
        const { formatSummary } = await import('../../graph/ingestFiles.ts');
        for (const line of formatSummary(summary)) process.stdout.write(`${line}\n`);
        if (summary.failed.length) process.exitCode = EXIT.FAILED;
        if (signalled) process.exitCode = signalled === 'SIGINT' ? 130 : 143;
      } catch (e) {
        exitWith('ingest', e);
      }
    });
}

async function runIngest(paths: string[], opts: IngestOpts, signal: AbortSignal): Promise<IngestSummary> {
  const env = opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env;
  const config = loadConfig(env);
  const report = opts.quiet ? undefined : printPage;
  const { ingestPaths } = await import('../../graph/ingestFiles.ts');
  const { openStore } = await import('../../graph/open.ts');
  const { ingestRemote } = await import('../../graph/remoteIngest.ts');
  if (opts.date !== undefined) checkRunDate(opts.date); // before any store is opened or made
  if (opts.server && (opts.date || opts.requireDate)) throw new KgError('CONFIG', '--date and --require-date apply to a direct ingest, not with --server');
  if (opts.server) return ingestRemote(opts.server, requireToken(config.ingestToken), paths, report);
  let store;
  try {
    store = await openStore(config, { onRepair: (what) => process.stderr.write(`kg ingest: ${what}\n`) });
  } catch (e) {
    if (isKgError(e) && e.code === 'STORE_BUSY' && config.ingestToken && !opts.date && !opts.requireDate) {
      const url = `http://127.0.0.1:${config.port}`;
      process.stderr.write(`kg ingest: the store is in use; handing the pages to the server at ${url}\n`);
      return ingestRemote(url, config.ingestToken, paths, report);
    }
    if (isKgError(e) && e.code === 'STORE_BUSY') {
      throw new KgError('STORE_BUSY', `${e.message}. Stop that process, or start it and \`kg ingest\` with the same KG_INGEST_TOKEN: the pages then go to the running server.`, e.details, { cause: e });
    }
    throw e;
  }
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(store, paths, { onPage: report, date: opts.date, requireDate: opts.requireDate, signal });
  } catch (e) {
    // The error that stopped the run is the one to tell, not what closing the store then says.
    await store.close().catch(() => undefined);
    throw e;
  }
  await store.close();
  return summary;
}

function requireToken(token: string | null): string {
  if (!token) throw new KgError('CONFIG', '--server needs KG_INGEST_TOKEN, the token the server was started with');
  return token;
}

function printPage(r: IngestResult | IngestFailure): void {
  if ('status' in r) {
    const counts = r.status === 'unchanged' ? '' : ` (+${r.nodesCreated} nodes, +${r.relsCreated} relationships)`;
    process.stdout.write(`${r.status} ${r.file}${counts}\n`);
  } else {
    process.stdout.write(`failed ${r.file}: ${r.code}: ${r.reason}\n`);
  }
}
