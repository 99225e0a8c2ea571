// The `kg` command line: each subcommand lives in its own module under commands/.
import { Command } from 'commander';
import { registerExtract } from './commands/extract.ts';
import { registerEval } from './commands/eval.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerExport } from './commands/export.ts';
import { registerServe } from './commands/serve.ts';

const program = new Command('kg')
  .description('Knowledge graph over the pages of a Beijing trade-union newspaper')
  .showHelpAfterError();

registerExtract(program);
registerEval(program);
registerIngest(program);
registerExport(program);
registerServe(program);

await program.parseAsync(process.argv);
