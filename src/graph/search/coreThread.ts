// A SearchCore (core.ts) to call without waiting on it: on the caller's thread
// (`localCore`), or on a worker thread of its own (`threadCore`), which reads
// the file, indexes every article and rewrites the file while the caller's
// thread goes on answering requests and writing the store. Calls are answered
// in the order made. A thread that ends (killed, out of memory) fails the calls
// it had; the next call starts a fresh one from the file, and the caller
// (embedded.ts) catches up from the store as on open.
import { Worker } from 'node:worker_threads';
import { KgError } from '../../errors.ts';
import { received, type SentError } from '../../extract/workers/protocol.ts';
import { SearchCore } from './core.ts';

type Methods = Pick<SearchCore, 'diff' | 'putPages' | 'putEntities' | 'dropEntities' | 'keepEntities' | 'changed' | 'flush' | 'search' | 'size'>;
export type CoreMethod = keyof Methods;

/** Each of SearchCore's methods, answered later. */
export type CoreClient = { [K in CoreMethod]: (...args: Parameters<Methods[K]>) => Promise<Awaited<ReturnType<Methods[K]>>> } & {
  /** Ends the thread, if any: a call not yet answered fails. */
  close(): Promise<void>;
};

const METHODS: CoreMethod[] = ['diff', 'putPages', 'putEntities', 'dropEntities', 'keepEntities', 'changed', 'flush', 'search', 'size'];

/** Articles indexed between two turns of a shared thread's event loop, so that a write under way goes on between them. */
const ARTICLES_PER_TURN = 8;

/** The core on this thread, its file read. */
export function localCore(file: string, readOnly: boolean): CoreClient {
  const core = new SearchCore(file, readOnly, ARTICLES_PER_TURN);
  core.load();
  const client = { close: async () => undefined } as CoreClient;
  for (const m of METHODS) {
    (client as unknown as Record<string, unknown>)[m] = async (...args: unknown[]) => (core[m] as (...a: unknown[]) => unknown)(...args);
  }
  return client;
}

export interface CoreCall { id: number; method: CoreMethod; args: unknown[] }
export type CoreReply = { id: number; result: unknown } | { id: number; error: SentError };

export interface CoreThreadData { module: string; file: string; readOnly: boolean }

const ENTRY = new URL('../../extract/workers/entry.js', import.meta.url);
const MODULE = new URL('./coreWorker.ts', import.meta.url);

interface Pending { resolve(v: unknown): void; reject(e: Error): void }

export interface ThreadHooks {
  /** Told each thread started. */
  onStart?: (worker: Worker) => void;
  /** Told when a thread ends other than by close(): what it held since the file was last written is gone. */
  onEnd?: () => void;
}

/** The core on a worker thread, started at the first call; the thread loads the file as it starts. */
export function threadCore(file: string, readOnly: boolean, hooks: ThreadHooks = {}): CoreClient {
  let worker: Worker | null = null;
  let next = 0;
  let closed = false;
  const waiting = new Map<number, Pending>();
  let failure: Error | null = null;

  const start = (): Worker => {
    const w = new Worker(ENTRY, { workerData: { module: MODULE.href, file, readOnly } satisfies CoreThreadData });
    w.on('message', (reply: CoreReply) => {
      const call = waiting.get(reply.id);
      waiting.delete(reply.id);
      // An idle thread keeps no process alive.
      if (waiting.size === 0) w.unref();
      if (!call) return;
      if ('error' in reply) call.reject(received(reply.error));
      else call.resolve(reply.result);
    });
    w.on('error', (e) => { failure = e; });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      const why = failure ? `: ${failure.message}` : '';
      failure = null;
      for (const call of waiting.values()) {
        call.reject(new KgError('STORE_ERROR', closed ? 'the search index was closed' : `the search index's thread ended (exit code ${code})${why}`));
      }
      waiting.clear();
      if (!closed) hooks.onEnd?.();
    });
    hooks.onStart?.(w);
    return w;
  };

  const call = (method: CoreMethod, args: unknown[]): Promise<unknown> => {
    if (closed) return Promise.reject(new KgError('STORE_ERROR', 'the search index was closed'));
    worker ??= start();
    const w = worker;
    const id = next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, method, args } satisfies CoreCall);
    });
  };

  const client = {
    close: async () => {
      closed = true;
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  } as CoreClient;
  for (const m of METHODS) (client as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => call(m, args);
  return client;
}
