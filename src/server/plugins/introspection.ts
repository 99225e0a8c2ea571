// Introspection off (KG_INTROSPECTION=off): a query that asks for `__schema`
// or `__type` fails validation with a FORBIDDEN error for each, so a
// production server does not hand out its schema. `__typename` still works:
// clients such as Apollo add it to every selection.
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

export interface IntrospectionOptions {
  /** Whether `__schema` and `__type` may be queried (default true). */
  enabled?: boolean;
}

/**
 * The schema is reached only through the root's `__schema` and `__type`: those
 * fields are refused, each with one error (graphql-js's
 * NoSchemaIntrospectionCustomRule also reports every field of a fragment on
 * `__Type`, ten errors for the standard introspection query, with no code).
 */
const noSchemaIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (!INTROSPECTION_FIELDS.has(node.name.value)) return;
    context.reportError(new GraphQLError(
      `Introspection is off on this server (KG_INTROSPECTION): the query asks for "${node.name.value}"`,
      { nodes: node, extensions: { code: 'FORBIDDEN' } },
    ));
  },
});

export function useIntrospection({ enabled = true }: IntrospectionOptions = {}): Plugin {
  if (enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noSchemaIntrospection);
    },
  };
}
