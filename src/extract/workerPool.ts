// Extraction off the main thread. The pipeline is pure CPU work (a 3 MB page
// takes seconds); on the thread that also answers HTTP requests or writes the
// store it holds up everything else. The pool runs it on worker threads, one
// page per thread at a time, and hands back the same extraction as plain data.
//
//   const extractor = createExtractor(config.extractWorkers);
//   const page = await extractor.extract('2024-02-01/03.txt', text);   // PageExtraction
//   await extractor.close();
//
// Threads start when there is work for them (a server that never ingests
// starts none) and stay, for the next page; an idle thread keeps no process
// alive. A thread that dies fails the one page it was reading and the next
// page gets a fresh thread. `createExtractor(0)` extracts on the caller's thread.
import { Worker } from 'node:worker_threads';
import { KgError } from '../errors.ts';
import { extractPage, type KnownIssue } from './pipeline.ts';
import type { PageExtraction } from './types.ts';
import { received, type ExtractReply, type ExtractTask } from './workers/protocol.ts';

export interface Extractor {
  /** The page's extraction, as extractPage gives it. */
  extract(path: string, text: string, known?: KnownIssue): Promise<PageExtraction>;
  /** Ends the threads; pages not yet extracted fail. */
  close(): Promise<void>;
  /** Threads it may run (0: the caller's thread). */
  readonly workers: number;
}

export interface ExtractorOptions {
  /** The TypeScript module a thread runs (default workers/extractWorker.ts); it answers through serveExtraction. */
  module?: URL;
}

const ENTRY = new URL('./workers/entry.js', import.meta.url);

export function createExtractor(workers: number, options: ExtractorOptions = {}): Extractor {
  if (workers <= 0) {
    return {
      workers: 0,
      extract: async (path, text, known = {}) => extractPage(path, text, known),
      close: async () => undefined,
    };
  }
  return new ExtractPool(workers, options.module);
}

interface Job extends ExtractTask { resolve(page: PageExtraction): void; reject(e: Error): void }

interface Thread { worker: Worker; job: Job | null; error: Error | null }

class ExtractPool implements Extractor {
  private readonly threads = new Set<Thread>();
  private readonly idle: Thread[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(readonly workers: number, private readonly module?: URL) {}

  extract(path: string, text: string, known: KnownIssue = {}): Promise<PageExtraction> {
    if (this.closed) return Promise.reject(new KgError('EXTRACT_FAILED', `${path}: the extraction threads are closed`, { file: path }));
    return new Promise((resolve, reject) => {
      this.queue.push({ path, text, known, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new KgError('EXTRACT_FAILED', `${job.path}: not extracted: the extraction threads were closed`, { file: job.path }));
    await Promise.all([...this.threads].map((t) => t.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const thread = this.idle.pop() ?? (this.threads.size < this.workers ? this.start() : null);
      if (!thread) return;
      const job = this.queue.shift()!;
      thread.job = job;
      // A thread at work keeps the process alive until its page is done; an idle one does not.
      thread.worker.ref();
      thread.worker.postMessage({ path: job.path, text: job.text, known: job.known } satisfies ExtractTask);
    }
  }

  private start(): Thread {
    const worker = new Worker(ENTRY, { workerData: { module: this.module?.href } });
    const thread: Thread = { worker, job: null, error: null };
    this.threads.add(thread);
    worker.on('message', (reply: ExtractReply) => {
      const job = thread.job;
      thread.job = null;
      worker.unref();
      this.idle.push(thread);
      if (job) {
        if ('page' in reply) job.resolve(reply.page);
        else job.reject(received(reply.error));
      }
      this.dispatch();
    });
    worker.on('error', (e) => { thread.error = e; });
    worker.on('exit', (code) => {
      this.threads.delete(thread);
      const at = this.idle.indexOf(thread);
      if (at >= 0) this.idle.splice(at, 1);
      const job = thread.job;
      thread.job = null;
      if (job && !this.closed) {
        const why = thread.error ? `: ${thread.error.message}` : '';
        job.reject(new KgError('EXTRACT_FAILED', `${job.path}: extraction stopped: the thread reading this page ended (exit code ${code})${why}`, { file: job.path }));
      } else if (job) {
        job.reject(new KgError('EXTRACT_FAILED', `${job.path}: not extracted: the extraction threads were closed`, { file: job.path }));
      }
      this.dispatch();
    });
    return thread;
  }
}
