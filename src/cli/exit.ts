// One way out of every `kg` subcommand: the exit codes, and a project error
// turned into its stderr line and code.
//   0  all good
//   1  some inputs failed (each named on stderr), or the store failed
//   2  usage: a bad option, argument or setting
//   3  the store is busy (another process holds the embedded store)
// 130 and 143: `kg ingest` stopped by SIGINT or SIGTERM after finishing its batch.
import { isKgError } from '../errors.ts';

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, BUSY: 3 } as const;

/** Project error codes that mean the command was asked for something it cannot do as asked. */
const USAGE_CODES = new Set(['CONFIG', 'USAGE']);

/** Writes `kg <command>: CODE: message` and sets the exit code; anything that is no project error is thrown on. */
export function exitWith(command: string, e: unknown): void {
  if (!isKgError(e)) throw e;
  process.stderr.write(`kg ${command}: ${e.code}: ${e.message}\n`);
  process.exitCode = e.code === 'STORE_BUSY' ? EXIT.BUSY : USAGE_CODES.has(e.code) ? EXIT.USAGE : EXIT.FAILED;
}

export const EXIT_HELP = `
Exit codes: 0 all good; 1 some inputs failed (each named on stderr) or the
store failed; 2 usage (a bad option, argument or setting); 3 the store is busy
(another process holds it); 130/143 kg ingest stopped by SIGINT/SIGTERM.`;
