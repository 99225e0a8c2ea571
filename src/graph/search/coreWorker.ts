// The worker thread of threadCore (coreThread.ts): one SearchCore, its file
// read as the thread starts, answering each call in the order sent (a call
// that waits, as indexing or vacuuming may, holds back the ones after it).
import { parentPort, workerData } from 'node:worker_threads';
import { sendable } from '../../extract/workers/protocol.ts';
import { SearchCore } from './core.ts';
import type { CoreCall, CoreReply, CoreThreadData } from './coreThread.ts';

if (!parentPort) throw new Error('coreWorker runs in a worker thread');
const port = parentPort;
const data = workerData as CoreThreadData;
const core = new SearchCore(data.file, data.readOnly);
core.load();

let queue: Promise<void> = Promise.resolve();
port.on('message', (call: CoreCall) => {
  queue = queue.then(async () => {
    let reply: CoreReply;
    try {
      reply = { id: call.id, result: await (core[call.method] as (...a: unknown[]) => unknown)(...call.args) };
    } catch (e) {
      reply = { id: call.id, error: sendable(e) };
    }
    port.postMessage(reply);
  });
});
