// Stopping the started server: idle keep-alive sockets are closed at once, a
// request in flight is answered (with `Connection: close`) before the store
// closes, a new connection is refused, and a request that never ends is cut
// at the deadline.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { startServer, type Running } from '../../src/server/main.ts';
import { post } from './socketClient.ts';

const DEADLINE_MS = 1500;

let dir: string;
let running: Running;
const log: string[] = [];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-shutdown-'));
  log.length = 0;
  running = await startServer({
    config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir, PORT: '0', KG_BUFFER_POOL_MB: '256', KG_SHUTDOWN_MS: String(DEADLINE_MS) }),
    log: (l) => log.push(l),
  });
});
afterEach(async () => {
  await running.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves once the server has read the headers of one more request. */
const nextRequest = () => new Promise<void>((resolve) => running.server.once('request', () => resolve()));

describe('stop()', () => {
  it('answers the request in flight with Connection: close, closes idle keep-alive sockets at once, then the store', async () => {
    const idle = new Agent({ keepAlive: true });
    const first = await post(running.url, { agent: idle }).answer;
    expect([first.status, first.connection]).toEqual([200, 'keep-alive']);
    const idleSocketClosed = new Promise<void>((resolve) => Object.values(idle.freeSockets).flat()[0]!.once('close', () => resolve()));

    const started = nextRequest();
    const slow = post(running.url, { agent: new Agent({ keepAlive: true }), held: 10 });
    await started;
    const t0 = performance.now();
    let stopped = false;
    const stop = running.stop().then(() => { stopped = true; });

    await idleSocketClosed;
    expect(performance.now() - t0).toBeLessThan(DEADLINE_MS / 3);
    // Nothing new is let in while the request in flight finishes.
    await expect(post(running.url).answer).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await new Promise((r) => setTimeout(r, 200));
    expect(stopped).toBe(false);

    slow.finish();
    const answer = await slow.answer;
    expect([answer.status, answer.connection]).toEqual([200, 'close']);
    expect(JSON.parse(answer.body)).toEqual({ data: { stats: { activityCount: 0 } } });
    await stop;
    expect(performance.now() - t0).toBeLessThan(DEADLINE_MS);
    expect(log.join('\n')).not.toMatch(/unanswered/);
    // The store was closed: another process's writer could open it now.
    const store = await LadybugStore.open(dir);
    await store.close();
  });

  it('cuts a request that is still unanswered at the deadline, and says so', async () => {
    const started = nextRequest();
    const stuck = post(running.url, { held: 10 });
    await started;
    const t0 = performance.now();
    await running.stop();
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
    expect(took).toBeLessThan(DEADLINE_MS + 1000);
    await expect(stuck.answer).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(log).toContain(`1 request(s) still unanswered after ${DEADLINE_MS} ms: their connections were closed`);
  });
});
