// The root path: a browser goes to GraphiQL, any other client reads what is where.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { GraphStore } from '../../src/graph/store.ts';

// `/` never touches the store: a store that fails every call proves it.
const noStore = { dialect: 'ladybug', migrate: async () => {}, read: async () => { throw new Error('no store access'); }, write: async () => { throw new Error('no store access'); }, close: async () => {} } as GraphStore;

describe('GET /', () => {
  it('redirects a browser to /graphql', async () => {
    const res = await createApp({ store: noStore, config: { ingestToken: null } }).fetch('http://api.test/', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect([res.status, res.headers.get('location')]).toEqual([302, '/graphql']);
  });

  it('describes the endpoints to a JSON client, /ingest only when enabled, /explore and /metrics unless off', async () => {
    const off = await (await createApp({ store: noStore, config: { ingestToken: null, metrics: false, explore: false } }).fetch('http://api.test/', { headers: { accept: 'application/json' } })).json();
    expect(Object.keys(off.endpoints)).toEqual(['/graphql', '/health', '/ready']);
    const byDefault = await (await createApp({ store: noStore, config: { ingestToken: null } }).fetch('http://api.test/')).json();
    expect(Object.keys(byDefault.endpoints)).toEqual(['/graphql', '/explore', '/health', '/ready', '/metrics']);
    const on = await (await createApp({ store: noStore, config: { ingestToken: 't' } }).fetch('http://api.test/')).json();
    expect(Object.keys(on.endpoints)).toContain('/ingest');
  });
});
