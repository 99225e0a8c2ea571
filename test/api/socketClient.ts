// A GraphQL client over a real socket (node:http), for what `app.fetch`
// cannot show: keep-alive connections, a body sent in two parts, the
// `Connection` header and connection errors.
import { request, type Agent } from 'node:http';

export const QUERY_BODY = JSON.stringify({ query: '{ stats { activityCount } }' });

export interface Answer { status: number; connection: string | undefined; body: string }

export interface Sent {
  /** The response, or the connection error (its `code`: ECONNREFUSED, ECONNRESET…). */
  answer: Promise<Answer>;
  /** Whether the request went out on a socket kept alive from an earlier one. */
  reusedSocket: () => boolean;
  /** Sends the rest of the body (all of it unless `held` was given). */
  finish: () => void;
}

/** POSTs `body` to `url`; with `held`, only its first `held` bytes until `finish()`. */
export function post(url: string, { agent, body = QUERY_BODY, held }: { agent?: Agent; body?: string; held?: number } = {}): Sent {
  const bytes = Buffer.from(body);
  const req = request(url, {
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: text }));
      res.on('error', reject);
    });
  });
  answer.catch(() => undefined);
  const finish = () => { req.end(held === undefined ? undefined : bytes.subarray(held)); };
  if (held === undefined) req.end(bytes);
  else req.write(bytes.subarray(0, held));
  return { answer, reusedSocket: () => req.reusedSocket, finish: held === undefined ? () => undefined : finish };
}
