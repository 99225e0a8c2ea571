// `kg serve`: the GraphQL API over the graph, until interrupted.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { exitWith } from '../exit.ts';

interface ServeOpts { port?: string; data?: string; seedIfEmpty?: boolean | string }

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API (GraphiQL at /graphql, /health, /ready, /metrics)')
    .option('--port <port>', 'HTTP port (default: PORT or 4000)')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .option('--seed-if-empty [dir]', `ingest the pages under dir first when the store has none (default dir: seeds/)`)
    .addHelpText('after', `
With NEO4J_URI set, the API reads Neo4j. With KG_INGEST_TOKEN set, \`kg ingest\`
hands pages to the running server (POST /ingest) instead of opening the store.
It writes a JSON line per request on stdout (KG_LOG_LEVEL, KG_SLOW_MS) and
serves Prometheus metrics at /metrics (KG_METRICS=off: none).
On SIGTERM or SIGINT it takes no new connections, lets requests in flight
finish (up to KG_SHUTDOWN_MS), closes the store and exits 0; a second signal
ends it at once.`)
    .action(async (opts: ServeOpts) => {
      const env = { ...process.env, ...(opts.data ? { KG_DATA_DIR: opts.data } : {}), ...(opts.port ? { PORT: opts.port } : {}) };
      try {
        const { DEFAULT_SEEDS, startServer } = await import('../../server/main.ts');
        const seeds = opts.seedIfEmpty === undefined || opts.seedIfEmpty === false ? null
          : [opts.seedIfEmpty === true ? DEFAULT_SEEDS : opts.seedIfEmpty];
        const running = await startServer({ config: loadConfig(env), seedIfEmpty: seeds });
        const shutdown = () => {
          // A second signal then gets Node's default: an immediate end.
          process.off('SIGINT', shutdown);
          process.off('SIGTERM', shutdown);
          running.stop().then(() => process.exit(0), (e: unknown) => {
            process.stderr.write(`kg serve: the store did not close cleanly: ${e instanceof Error ? e.message : String(e)}\n`);
            process.exit(1);
          });
        };
        process.on('SIGINT', shutdown);
        process.on('SIGTERM', shutdown);
      } catch (e) {
        exitWith('serve', e);
      }
    });
}
