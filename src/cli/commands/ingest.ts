// `kg ingest PATH...`: extract the pages and load them into the graph, a few
// pages per transaction (each page all or nothing), then print a summary
// (`--json`: one JSON object). While `kg serve` holds the embedded store, the
// pages go to the server's ingest endpoint instead.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { isKgError, KgError } from '../../errors.ts';
import type { IngestResult } from '../../graph/ingest.ts';
import type { IngestFailure, IngestSummary } from '../../graph/ingestFiles.ts';
import { checkRunDate } from '../../graph/pageMeta.ts';
import { EXIT, exitWith } from '../exit.ts';
import { barProgress, plainProgress, wantsBar, type PageProgress } from '../progress.ts';

interface IngestOpts { data?: string; server?: string; quiet?: boolean; json?: boolean; date?: string; requireDate?: boolean }

type Outcome = IngestResult | IngestFailure;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract newspaper pages and load their facts into the graph (each page all or nothing)')
    .argument('<path...>', 'page files, or folders of .txt pages')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .option('--server <url>', 'hand the pages to a running `kg serve` at URL (needs KG_INGEST_TOKEN)')
    .option('-q, --quiet', 'print only the summary')
    .option('--json', 'print the summary as one JSON object on stdout, with each page\'s outcome')
    .option('--date <YYYY-MM-DD>', 'the issue date of every page named in this call')
    .option('--require-date', 'fail a page that has no issue date instead of loading it undated')
    .addHelpText('after', `
Pages are written 10, then 20, 40, … up to 100 per transaction; when a batch fails, its pages are
written one by one so that only the failing page is left out (and named).
The next pages are extracted while the store writes the current ones: on this
thread, or on KG_EXTRACT_WORKERS threads when that is set.
A page is named by its path under the folder named (archive/2024/05/01/p1.txt
under archive: 2024/05/01/p1.txt), a file named directly by its file name;
files of one call that would share a name are refused, naming both.
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
line in the text. A page with none goes in undated (counted in the summary).

On a terminal a progress bar (pages done, pages/s, time left) is drawn on
stderr; piped or redirected, one plain line per page goes to stdout.`)
    .action(async (paths: string[], opts: IngestOpts) => {
      // Ctrl-C or SIGTERM during a long load: the batch being written finishes, the store
      // is closed (and so checkpointed), the summary printed; exit 130 or 143 as a shell expects.
      const stop = new AbortController();
      let signalled: NodeJS.Signals | null = null;
      let progress: PageProgress = plainProgress(stdoutLine);
      const onSignal = (sig: NodeJS.Signals) => {
        if (!signalled) progress.note(`kg ingest: ${sig}: finishing the pages being written, then stopping`);
        signalled ??= sig;
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const outcomes: Outcome[] = [];
      const start = (total: number) => {
        progress = opts.quiet ? plainProgress(() => undefined)
          : wantsBar(Boolean(opts.json)) ? barProgress(total)
          : plainProgress(opts.json ? () => undefined : stdoutLine);
        return (r: Outcome) => { outcomes.push(r); progress.page(pageLine(r), !('status' in r)); };
      };
      try {
        const summary = await runIngest(paths, opts, stop.signal, start);
        progress.stop();
        if (opts.json) process.stdout.write(`${JSON.stringify(ingestJson(summary, outcomes), null, 2)}\n`);
        else {
          const { formatSummary } = await import('../../graph/ingestFiles.ts');
          for (const line of formatSummary(summary)) stdoutLine(line);
        }
        if (summary.failed.length) process.exitCode = EXIT.FAILED;
        if (signalled) process.exitCode = signalled === 'SIGINT' ? 130 : 143;
      } catch (e) {
        progress.stop();
        exitWith('ingest', e);
      }
    });
}

/**
 * `kg ingest --json`: the counts by outcome (every page read is counted once,
 * `ingested` being new pages), each failure with its file and reason, what
 * was created, how many pages went in without an issue date, and each page's
 * outcome in the order read.
 */
function ingestJson(s: IngestSummary, outcomes: Outcome[]) {
  return {
    read: s.read,
    ingested: s.ingested,
    replaced: s.replaced,
    unchanged: s.unchanged,
    failed: s.failed.length,
    failures: s.failed.map((f) => ({ file: f.file, code: f.code, reason: f.reason })),
    nodesCreated: s.nodesCreated,
    relsCreated: s.relsCreated,
    withoutIssueDate: s.undated,
    stopped: Boolean(s.stopped),
    pages: outcomes.map((r) => ('status' in r
      ? { file: r.file, status: r.status, nodesCreated: r.nodesCreated, relsCreated: r.relsCreated, ...(r.issueDate !== undefined ? { issueDate: r.issueDate } : {}) }
      : { file: r.file, status: 'failed' as const, code: r.code, reason: r.reason })),
  };
}

/** `start(total)` is called once the pages are counted and the store chosen; it gives the per-page callback. */
async function runIngest(
  paths: string[], opts: IngestOpts, signal: AbortSignal, start: (total: number) => (r: Outcome) => void,
): Promise<IngestSummary> {
  const env = opts.data ? { ...process.env, KG_DATA_DIR: opts.data } : process.env;
  const config = loadConfig(env);
  const { ingestPaths } = await import('../../graph/ingestFiles.ts');
  const { pageSources } = await import('../../graph/pageSources.ts');
  // The bar's total: the pages under `paths` and what is refused before reading (each a failure of its own).
  const count = () => { const refused: IngestFailure[] = []; return pageSources(paths, refused).length + refused.length; };
  const { openStore } = await import('../../graph/open.ts');
  const { ingestRemote } = await import('../../graph/remoteIngest.ts');
  if (opts.date !== undefined) checkRunDate(opts.date); // before any store is opened or made
  if (opts.server && (opts.date || opts.requireDate)) throw new KgError('CONFIG', '--date and --require-date apply to a direct ingest, not with --server');
  if (opts.server) {
    const token = requireToken(config.ingestToken);
    return ingestRemote(opts.server, token, paths, start(count()));
  }
  let store;
  try {
    store = await openStore(config, { onRepair: (what) => process.stderr.write(`kg ingest: ${what}\n`) });
  } catch (e) {
    if (isKgError(e) && e.code === 'STORE_BUSY' && config.ingestToken && !opts.date && !opts.requireDate) {
      const url = `http://127.0.0.1:${config.port}`;
      process.stderr.write(`kg ingest: the store is in use; handing the pages to the server at ${url}\n`);
      return ingestRemote(url, config.ingestToken, paths, start(count()));
    }
    if (isKgError(e) && e.code === 'STORE_BUSY') {
      throw new KgError('STORE_BUSY', `${e.message}. Stop that process, or start it and \`kg ingest\` with the same KG_INGEST_TOKEN: the pages then go to the running server.`, e.details, { cause: e });
    }
    throw e;
  }
  const { createExtractor } = await import('../../extract/workerPool.ts');
  // With KG_EXTRACT_WORKERS, the next pages are extracted on other cores while the store writes the current ones.
  const extractor = createExtractor(config.extractWorkers ?? 0);
  let summary: IngestSummary;
  try {
    const { readOverrides } = await import('../../graph/people.ts');
    const { applyOverrides } = await import('../../graph/peopleOverrides.ts');
    const people = readOverrides(config.dataDir);
    // The curator's merges and splits reach the pages already stored first.
    const rewritten = await applyOverrides(store, people);
    if (rewritten.length) process.stderr.write(`kg ingest: people.json: ${rewritten.length} stored page(s) written again under its merges and splits\n`);
    summary = await ingestPaths(store, paths, { onPage: start(count()), date: opts.date, requireDate: opts.requireDate, signal, people, extractor });
  } catch (e) {
    // The error that stopped the run is the one to tell, not what closing the store then says.
    await extractor.close();
    await store.close().catch(() => undefined);
    throw e;
  }
  await extractor.close();
  await store.close();
  return summary;
}

function requireToken(token: string | null): string {
  if (!token) throw new KgError('CONFIG', '--server needs KG_INGEST_TOKEN, the token the server was started with');
  return token;
}

const stdoutLine = (line: string) => { process.stdout.write(`${line}\n`); };

/** A page's plain line: `ingested 000_x.txt (+40 nodes, +120 relationships)`, `failed x.txt: BAD_INPUT: empty file`. */
function pageLine(r: Outcome): string {
  if (!('status' in r)) return `failed ${r.file}: ${r.code}: ${r.reason}`;
  const counts = r.status === 'unchanged' ? '' : ` (+${r.nodesCreated} nodes, +${r.relsCreated} relationships)`;
  return `${r.status} ${r.file}${counts}`;
}
