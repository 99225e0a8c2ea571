// What the pool and a worker thread say to each other: one page at a time,
// sent as plain data (structured clone), answered with its extraction or the
// error it raised.
import { parentPort } from 'node:worker_threads';
import { isKgError, KgError, type ErrorCode } from '../../errors.ts';
import type { KnownIssue } from '../pipeline.ts';
import type { PageExtraction } from '../types.ts';

export interface ExtractTask { path: string; text: string; known: KnownIssue }

export interface SentError { message: string; code?: ErrorCode; details?: Record<string, unknown> }

export type ExtractReply = { page: PageExtraction } | { error: SentError };

export type ExtractFn = (path: string, text: string, known?: KnownIssue) => PageExtraction;

/** In a worker thread: answers each task the pool sends with `extract`'s result. */
export function serveExtraction(extract: ExtractFn): void {
  if (!parentPort) throw new Error('serveExtraction runs in a worker thread');
  const port = parentPort;
  port.on('message', (task: ExtractTask) => {
    let reply: ExtractReply;
    try {
      reply = { page: extract(task.path, task.text, task.known) };
    } catch (e) {
      reply = { error: sendable(e) };
    }
    port.postMessage(reply);
  });
}

/** An error as plain data, for the other thread to raise again with `received`. */
export function sendable(e: unknown): SentError {
  if (isKgError(e)) return { message: e.message, code: e.code, details: e.details };
  return { message: e instanceof Error ? e.message : String(e) };
}

/** The error as the caller would have had it on its own thread: a project error keeps its code. */
export function received(e: SentError): Error {
  return e.code ? new KgError(e.code, e.message, e.details) : new Error(e.message);
}
