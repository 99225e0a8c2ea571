// `kg serve` as a user runs it: a child process that stops on SIGTERM or
// SIGINT with its store closed, draining keep-alive clients without losing
// a request, and says in one line when it cannot listen.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { post, type Answer } from '../api/socketClient.ts';

vi.setConfig({ testTimeout: 90_000 });

const ROOT = join(import.meta.dirname, '..', '..');

interface Run { child: ChildProcessWithoutNullStreams; stderr: () => string; exit: Promise<number | null> }

function serve(args: string[], settings: Record<string, string> = {}): Run {
  const { NEO4J_URI: _n, KG_INGEST_TOKEN: _t, PORT: _p, KG_SHUTDOWN_MS: _s, ...env } = process.env;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'serve', ...args], { cwd: ROOT, env: { ...env, ...settings } });
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

  it('drains on SIGTERM: keep-alive clients lose no request sent before it, and it exits 0 well within KG_SHUTDOWN_MS', async () => {
    const deadlineMs = 10_000;
    const run = serve(['--port', '0', '--data', tmp], { KG_SHUTDOWN_MS: String(deadlineMs) });
    running.push(run);
    const url = await listening(run);
    let signalled = false;
    interface Outcome { beforeSignal: boolean; answer?: Answer; error?: string }
    const outcomes: Outcome[] = [];
    // A client that keeps its connection: one request after another, until the server is gone.
    const client = async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (;;) {
        const beforeSignal = !signalled;
        let sent = post(url, { agent });
        let outcome: Outcome = await sent.answer.then((answer) => ({ beforeSignal, answer }), (e) => ({ beforeSignal, error: e.code }));
        // After the signal, a socket kept alive may be closed as the request goes out:
        // a client then tries once on a new connection (node:http's `reusedSocket`).
        if (!beforeSignal && outcome.error === 'ECONNRESET' && sent.reusedSocket()) {
          sent = post(url, { agent });
          outcome = await sent.answer.then((answer) => ({ beforeSignal, answer }), (e) => ({ beforeSignal, error: e.code }));
        }
        outcomes.push(outcome);
        if (outcome.error || outcome.answer?.connection === 'close') return;
      }
    };
    const clients = Array.from({ length: 4 }, client);
    // And one request whose body is still coming when the signal arrives.
    const slow = post(url, { agent: new Agent({ keepAlive: true }), held: 10 });
    await new Promise((r) => setTimeout(r, 500));

    run.child.kill('SIGTERM');
    signalled = true;
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    // No new connection is taken while the request in flight finishes.
    await expect(post(url).answer).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    slow.finish();
    const slowAnswer = await slow.answer;
    expect(await run.exit).toBe(0);
    const took = performance.now() - t0;
    await Promise.all(clients);

    expect([slowAnswer.status, slowAnswer.connection]).toEqual([200, 'close']);
    expect(took).toBeLessThan(deadlineMs / 2);
    const before = outcomes.filter((o) => o.beforeSignal);
    expect(before.length).toBeGreaterThan(8);
    expect(before.filter((o) => o.error || o.answer!.status !== 200)).toEqual([]);
    // After the signal: answered (the last on its socket) or refused, nothing else. A new connection the
    // kernel took into the listen queue just before the server stopped listening is reset, not refused:
    // a refusal too, for a request sent after the signal.
    for (const o of outcomes.filter((x) => !x.beforeSignal)) {
      expect(o.error === 'ECONNREFUSED' || o.error === 'ECONNRESET' || (o.answer?.status === 200 && o.answer.connection === 'close'), JSON.stringify(o)).toBe(true);
    }
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
