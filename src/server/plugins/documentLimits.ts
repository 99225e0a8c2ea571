// Limits on the query text, checked while it is parsed and validated, before
// the cost walk (queryLimits.ts) or any resolver: GraphQL Armor's token,
// alias and directive counts. A long query, a 10 000-deep selection or a
// 100 000-element list literal is refused at the token that goes over, so
// parsing one never takes the server's time. The cost walk already limits
// depth (it knows the schema's lists), so Armor's depth limit is not used.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface DocumentLimitOptions {
  /** Most tokens in a query (default 2000; the longest README example has about 60). */
  maxTokens?: number;
  /** Most aliases in an operation, fragments included (default 15). */
  maxAliases?: number;
  /** Most directives in an operation, fragments included (default 10). */
  maxDirectives?: number;
}

const DEFAULTS: Required<DocumentLimitOptions> = { maxTokens: 2000, maxAliases: 15, maxDirectives: 10 };

/**
 * Armor's errors carry no code: they get the project's BAD_REQUEST and the
 * limit, as queryLimits' do, and the status yoga gives a query that does not
 * parse (`spec`): 400 to a client that accepts application/graphql-response+json,
 * 200 to one that asks for plain JSON. Yoga sends `http` as the status only.
 */
const asBadRequest = (limit: number) => (_context: unknown, error: GraphQLError) => {
  Object.assign(error.extensions, { code: 'BAD_REQUEST', limit, http: { spec: true, status: 400 } });
};

/** Yoga plugin: a query over a document limit gets one BAD_REQUEST error that says the limit. */
export function useDocumentLimits(options: DocumentLimitOptions = {}): Plugin {
  const o = { ...DEFAULTS, ...options };
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(maxTokensPlugin({ n: o.maxTokens, onReject: [asBadRequest(o.maxTokens)] }));
      addPlugin(maxAliasesPlugin({ n: o.maxAliases, onReject: [asBadRequest(o.maxAliases)] }));
      addPlugin(maxDirectivesPlugin({ n: o.maxDirectives, onReject: [asBadRequest(o.maxDirectives)] }));
    },
  };
}
