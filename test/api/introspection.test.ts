// Introspection: on by default; with KG_INTROSPECTION=off a query for
// `__schema` or `__type` is refused (FORBIDDEN, nothing run), while
// `__typename` still answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { gql } from './http.ts';

let dir: string;
let store: GraphStore;
let on: App;
let off: App;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-introspection-'));
  store = await openStore({ dataDir: dir, neo4j: null });
  on = createApp({ store, config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir }) });
  off = createApp({ store, config: loadConfig({ KG_LOG_LEVEL: 'silent', KG_DATA_DIR: dir, KG_INTROSPECTION: 'off' }) });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('introspection', () => {
  it('is allowed by default: GraphiQL and codegen tools read the schema', async () => {
    const full = await gql(on, getIntrospectionQuery());
    expect(full.errors).toBeUndefined();
    expect(full.data.__schema.queryType.name).toBe('Query');
    expect((await gql(on, '{ __type(name: "Person") { name } }')).data).toEqual({ __type: { name: 'Person' } });
  });

  it.each([
    ['the standard introspection query', getIntrospectionQuery(), '__schema'],
    ['__type', '{ __type(name: "Person") { name fields { name } } }', '__type'],
    ['__schema beside a real field', '{ stats { activityCount } __schema { types { name } } }', '__schema'],
  ])('off: %s is refused with one FORBIDDEN error and no data', async (_what, query, field) => {
    const res = await gql(off, query);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors![0].message).toBe(`Introspection is off on this server (KG_INTROSPECTION): the query asks for "${field}"`);
  });

  it('off: __typename still answers, at the root and in a list', async () => {
    const res = await gql(off, '{ __typename people(first: 1) { __typename edges { node { __typename } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ __typename: 'Query', people: { __typename: 'QueryPeopleConnection', edges: [] } });
  });
});
