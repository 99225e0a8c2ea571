// The `kg` command line: each subcommand lives in its own module under commands/.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { storeLeftOpen } from '../graph/leftOpen.ts';
import { EXIT, EXIT_HELP } from './exit.ts';
import { registerExtract } from './commands/extract.ts';
import { registerEval } from './commands/eval.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerExport } from './commands/export.ts';
import { registerServe } from './commands/serve.ts';
import { registerStats } from './commands/stats.ts';
import { registerCheck } from './commands/check.ts';
import { registerBackup } from './commands/backup.ts';
import { registerRestore } from './commands/restore.ts';
import { registerRecover } from './commands/recover.ts';
import { registerCompact } from './commands/compact.ts';

// Each subcommand loads its modules only when it runs: `kg --help` reads no page code.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const SETTINGS_HELP = `
Settings (environment): KG_DATA_DIR the embedded store's directory (./data);
KG_MIN_FREE_MB free space below which writes stop with STORE_FULL before they
start (64); KG_CHECKPOINT_MB log size after which a commit is followed by a
checkpoint (256); KG_BUFFER_POOL_MB the store's page cache (1024); PORT (4000);
KG_INGEST_TOKEN; NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
Keeping the store: kg check, kg backup DIR, kg restore DIR, kg recover.
`;

const program = new Command('kg')
  .description('Knowledge graph over the pages of a Beijing trade-union newspaper')
  .version(version, '-V, --version')
  .showHelpAfterError()
  .addHelpText('after', `${SETTINGS_HELP}${EXIT_HELP}`)
  // A usage error (unknown option, missing argument) exits 2, as documented, in every subcommand.
  .exitOverride((err) => process.exit(err.exitCode === 1 ? EXIT.USAGE : err.exitCode));

registerExtract(program);
registerEval(program);
registerIngest(program);
registerExport(program);
registerStats(program);
registerServe(program);
registerCheck(program);
registerBackup(program);
registerRestore(program);
registerRecover(program);
registerCompact(program);

// Over a file-size limit (ulimit -f) a write then fails with EFBIG, which the store handles, instead of killing the process.
process.on('SIGXFSZ', () => undefined);

await program.parseAsync(process.argv);
// A store left open after a failed write must not be torn down (see graph/leftOpen.ts).
if (storeLeftOpen()) process.exit(process.exitCode ?? EXIT.FAILED);
