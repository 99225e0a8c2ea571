// Runs the `kg` command as a user does: a child process, with its output and exit code.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface KgRun { code: number | null; stdout: string; stderr: string }

/** `kg ARGS…` in the project root, without the Neo4j and ingest-token settings of the test run's environment. */
export function kg(args: string[], env: Record<string, string> = {}): Promise<KgRun> {
  const { NEO4J_URI: _n, KG_INGEST_TOKEN: _t, ...base } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'kg.js'), ...args], { cwd: ROOT, env: { ...base, ...env } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
