// Runs the `kg` command as a user does: a child process, with its output and exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface KgRun { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

export interface KgOptions {
  /** The largest file the command may write, in bytes (`ulimit -f` in a shell that then runs it). */
  fileSizeLimit?: number;
  /** Called with the output so far each time the command writes to stdout. */
  onStdout?: (stdout: string, child: ChildProcess) => void;
  /** Called with the process once it is started. */
  onSpawn?: (child: ChildProcess) => void;
}

/** `kg ARGS…` in the project root, without the Neo4j and ingest-token settings of the test run's environment. */
export function kg(args: string[], env: Record<string, string> = {}, options: KgOptions = {}): Promise<KgRun> {
  const { NEO4J_URI: _n, KG_INGEST_TOKEN: _t, ...base } = process.env;
  const command = [join(ROOT, 'bin', 'kg.js'), ...args];
  const child = options.fileSizeLimit === undefined
    ? spawn(process.execPath, command, { cwd: ROOT, env: { ...base, ...env } })
    // POSIX sh counts `ulimit -f` in 512-byte blocks.
    : spawn('/bin/sh', ['-c', `ulimit -f ${Math.floor(options.fileSizeLimit / 512)} && exec "$0" "$@"`, process.execPath, ...command], { cwd: ROOT, env: { ...base, ...env } });
  options.onSpawn?.(child);
  return new Promise((resolve) => {
    let stdout = '', stderr = '';
    child.stdout!.on('data', (d) => { stdout += d; options.onStdout?.(stdout, child); });
    child.stderr!.on('data', (d) => { stderr += d; });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
