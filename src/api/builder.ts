// The one schema builder. It defines no types: each lives in types/<name>.ts.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context.ts';
import { decodeGlobalID, encodeGlobalID } from './ids.ts';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** Connections may report their size; a function so the count is only read when asked for. */
  Connection: { totalCount?: number | (() => Promise<number>) };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  // Fields are non-null unless they say otherwise: most answers always exist.
  defaultFieldNullability: false,
  relay: {
    encodeGlobalID,
    decodeGlobalID,
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: true,
    description: 'How many items the whole list has.',
    resolve: async (parent) => (typeof parent.totalCount === 'function' ? parent.totalCount() : parent.totalCount ?? null),
  }),
);
