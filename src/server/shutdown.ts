// Stopping the HTTP server without cutting a request short: no new
// connections, idle keep-alive sockets closed at once, requests in flight
// answered with `Connection: close` (so no client sends another on that
// socket), and whatever is still open at the deadline cut.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { DEFAULT_SHUTDOWN_MS } from '../config.ts';

export interface DrainOptions {
  /** How long requests in flight may take once draining starts, in ms (default 10000, KG_SHUTDOWN_MS). */
  deadlineMs?: number;
}

export interface Drained {
  /** Requests still unanswered at the deadline, whose connections were closed. */
  cut: number;
}

/**
 * Watches `server`'s requests from now on (call it before listening); the
 * function it returns drains the server and resolves once every connection
 * is closed. Calling that function again returns the same promise.
 */
export function drainer(server: Server, { deadlineMs = DEFAULT_SHUTDOWN_MS }: DrainOptions = {}): () => Promise<Drained> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const lastOnItsSocket = (res: ServerResponse) => { if (!res.headersSent) res.setHeader('connection', 'close'); };
  // Before the app's own listener, so the header is set before the app writes any.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (draining) lastOnItsSocket(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A response whose headers went out before draining leaves its socket open, idle.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  let drained: Promise<Drained> | null = null;
  return () => (drained ??= new Promise<Drained>((resolve) => {
    draining = true;
    for (const res of inFlight) lastOnItsSocket(res);
    // One turn of the event loop first: a request already waiting in this
    // process's socket buffers is read (and answered) rather than lost with a
    // socket that looked idle.
    setImmediate(() => {
      let cut = 0;
      const deadline = setTimeout(() => {
        cut = inFlight.size;
        server.closeAllConnections();
      }, deadlineMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve({ cut });
      });
      server.closeIdleConnections();
    });
  }));
}
