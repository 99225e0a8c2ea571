// The one schema builder. It defines no types: each lives in types/<name>.ts.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context.ts';
import { KgError } from '../errors.ts';
import { decodeGlobalID, encodeGlobalID } from './ids.ts';
import { MAX_NODE_IDS } from './limits.ts';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  /** Calendar days, `YYYY-MM-DD` (ISO 8601) both ways: defined in types/dates.ts. */
  Scalars: { Date: { Input: string; Output: string } };
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
    nodesQueryOptions: {
      description: `Nodes by id, in the order asked (null for an id with no node); at most ${MAX_NODE_IDS} ids.`,
      resolve: (_root, args, _ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODE_IDS) {
          throw new KgError('BAD_REQUEST', `"ids" may list at most ${MAX_NODE_IDS} ids, got ${args.ids.length}`, { limit: MAX_NODE_IDS });
        }
        return resolveNodes(args.ids);
      },
    },
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
