// The file a worker thread starts from. Node runs it as it is, so it registers
// tsx's loader first, as bin/kg.js does, then loads the TypeScript module named
// in workerData (extractWorker.ts unless a caller names another).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.module ?? new URL('./extractWorker.ts', import.meta.url).href);
