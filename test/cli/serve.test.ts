// `kg serve` as a user runs it: a child process that stops on SIGTERM or
// SIGINT with its store closed, and says in one line when it cannot listen.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LadybugStore } from '../../src/graph/ladybug.ts';

vi.setConfig({ testTimeout: 90_000 });

const ROOT = join(import.meta.dirname, '..', '..');

interface Run { child: ChildProcessWithoutNullStreams; stderr: () => string; exit: Promise<number | null> }

function serve(args: string[]): Run {
  const { NEO4J_URI: _n, KG_INGEST_TOKEN: _t, PORT: _p, ...env } = process.env;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'serve', ...args], { cwd: ROOT, env });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stderr: () => stderr, exit };
}

async function listening(run: Run): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const url = /GraphQL at (\S+)/.exec(run.stderr())?.[1];
    if (url) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`kg serve did not start: ${run.stderr()}`);
}

let tmp: string;
const running: Run[] = [];
beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'kg-serve-cli-')); });
afterEach(async () => {
  for (const run of running.splice(0)) if (run.child.exitCode === null) { run.child.kill('SIGKILL'); await run.exit; }
  rmSync(tmp, { recursive: true, force: true });
});

describe('kg serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops on %s with exit code 0 and leaves the store free for a writer', async (signal) => {
    const run = serve(['--port', '0', '--data', tmp]);
    running.push(run);
    const url = await listening(run);
    expect((await fetch(url.replace('/graphql', '/ready'))).status).toBe(200);
    run.child.kill(signal);
    expect(await run.exit).toBe(0);
    const store = await LadybugStore.open(tmp);
    expect(await store.read('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
    await store.close();
  });

  it('says in one line that the port is in use, and exits 2 (a setting to change)', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = serve(['--port', String(port), '--data', tmp]);
      running.push(run);
      expect(await run.exit).toBe(2);
      expect(run.stderr().trim()).toBe(`kg serve: CONFIG: cannot listen on port ${port}: it is in use (set PORT or --port)`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
