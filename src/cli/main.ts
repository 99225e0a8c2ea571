// The `kg` command line: each subcommand lives in its own module under commands/.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { EXIT, EXIT_HELP } from './exit.ts';
import { registerExtract } from './commands/extract.ts';
import { registerEval } from './commands/eval.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerExport } from './commands/export.ts';
import { registerServe } from './commands/serve.ts';
import { registerStats } from './commands/stats.ts';

// Each subcommand loads its modules only when it runs: `kg --help` reads no page code.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command('kg')
  .description('Knowledge graph over the pages of a Beijing trade-union newspaper')
  .version(version, '-V, --version')
  .showHelpAfterError()
  .addHelpText('after', EXIT_HELP)
  // A usage error (unknown option, missing argument) exits 2, as documented, in every subcommand.
  .exitOverride((err) => process.exit(err.exitCode === 1 ? EXIT.USAGE : err.exitCode));

registerExtract(program);
registerEval(program);
registerIngest(program);
registerExport(program);
registerStats(program);
registerServe(program);

await program.parseAsync(process.argv);
