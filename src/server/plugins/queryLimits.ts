// Refuses a query before it touches the store when it is too deep, asks for
// too many items at once, or its estimated cost is over the limit.
//
// Cost estimate: every object field costs 1 per time it is resolved, a field
// that runs a statement of its own (a path search, a count over every
// activity, a name search) what src/api/cost.ts says; a field's
// children are resolved once per item, and a list has `first` items when given,
// else its default `first` (lists that can grow), else `listSize` (other plain
// lists) or the connection default (connections); a
// list looked up by `ids` has as many items as ids.
// Example 1 of the README with first: 20 costs 20 + 20 + 20·5 + 20·5 + 20·5·10 ≈ 1300
// (each person's positions at their default first, 10).
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import {
  getNamedType, getNullableType, isLeafType, isListType, isObjectType, isInterfaceType, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLNamedType, type GraphQLSchema, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { fieldCost, type CostArgs } from '../../api/cost.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../api/limits.ts';

export interface QueryLimitOptions {
  /** Deepest field nesting allowed (default 12; the README examples need 8). */
  maxDepth?: number;
  /** Largest `first`/`last` (default 100). */
  maxFirst?: number;
  /** Largest estimated cost (default 5000). */
  maxCost?: number;
  /** Assumed length of a plain list field (default 5). */
  listSize?: number;
  /**
   * Most fields and fragments the query may select, a fragment counted each
   * time it is spread (default 1000; the README examples select under 40).
   * Fragments that each spread the next twice select 2^n fields from a few
   * hundred bytes: the walk stops here rather than visiting them all.
   */
  maxSelections?: number;
}

const DEFAULTS: Required<QueryLimitOptions> = { maxDepth: 12, maxFirst: MAX_PAGE_SIZE, maxCost: 5000, listSize: 5, maxSelections: 1000 };

export interface LimitProblem { message: string; details: Record<string, unknown> }

/** The first limit a query breaks, or null. Pure: used by the plugin and tested alone. */
export function checkQueryLimits(
  schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined, options: QueryLimitOptions = {},
): LimitProblem | null {
  const o = { ...DEFAULTS, ...options };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) return null;
  const root = op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return null;

  const intArg = (v: ValueNode): number | null => {
    if (v.kind === Kind.INT) return Number(v.value);
    if (v.kind === Kind.VARIABLE) { const x = variables?.[v.name.value]; return typeof x === 'number' ? x : null; }
    return null;
  };
  const listArgLength = (v: ValueNode): number | null => {
    if (v.kind === Kind.LIST) return v.values.length;
    if (v.kind === Kind.VARIABLE) { const x = variables?.[v.name.value]; return Array.isArray(x) ? x.length : null; }
    return null;
  };
  let problem: LimitProblem | null = null;
  let cost = 0;
  let depth = 0;
  let selections = 0;

  const walk = (set: SelectionSetNode, type: GraphQLNamedType, times: number, level: number, seen: Set<string>): void => {
    for (const sel of set.selections) {
      if (problem) return;
      if (++selections > o.maxSelections) {
        problem = { message: `Query selects more than ${o.maxSelections} fields and fragments, each fragment counted every time it is spread`, details: { limit: o.maxSelections } };
        return;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        walk(sel.selectionSet, cond ?? type, times, level, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value) ?? type, times, level, new Set([...seen, frag.name.value]));
        continue;
      }
      if (sel.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[sel.name.value];
      if (!field) continue;
      depth = Math.max(depth, level);
      if (level > o.maxDepth) {
        problem = { message: `Query is nested ${level} levels deep; the limit is ${o.maxDepth}`, details: { depth: level, limit: o.maxDepth } };
        return;
      }
      let first: number | null = null;
      for (const arg of sel.arguments ?? []) {
        if (arg.name.value === 'ids') { first = listArgLength(arg.value) ?? first; continue; }
        if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
        const n = intArg(arg.value);
        if (n !== null && n > o.maxFirst) {
          problem = { message: `"${arg.name.value}" must be at most ${o.maxFirst}, got ${n}`, details: { argument: arg.name.value, limit: o.maxFirst } };
          return;
        }
        if (n !== null) first = n;
      }
      // A list with a default \`first\` has that many items when none is given.
      const dflt = field.args.find((a) => a.name === 'first')?.defaultValue;
      if (first === null && typeof dflt === 'number') first = dflt;
      const named = getNamedType(field.type);
      const given = (name: string) => sel.arguments?.find((a) => a.name.value === name)?.value;
      const args: CostArgs = {
        int: (name) => { const v = given(name); return v ? intArg(v) : null; },
        has: (name) => { const v = given(name); return v !== undefined && v.kind !== Kind.NULL && !(v.kind === Kind.VARIABLE && variables?.[v.name.value] == null); },
      };
      const leaf = isLeafType(named) || !sel.selectionSet;
      cost += times * fieldCost(type.name, field.name, leaf, args);
      if (leaf) continue;
      const inConnection = type.name.endsWith('Connection') && (sel.name.value === 'edges' || sel.name.value === 'nodes');
      const size = inConnection ? 1
        : first ?? (named.name.endsWith('Connection') ? DEFAULT_PAGE_SIZE : isListType(getNullableType(field.type)) ? o.listSize : 1);
      walk(sel.selectionSet!, named, times * size, level + 1, seen);
    }
  };
  walk(op.selectionSet, root, 1, 1, new Set());
  if (problem) return problem;
  if (cost > o.maxCost) {
    return { message: `Query is too expensive: estimated cost ${cost}, the limit is ${o.maxCost}; ask for fewer items (first) or fewer nested lists`, details: { cost, limit: o.maxCost } };
  }
  return null;
}

/** Yoga plugin: a query over a limit gets one BAD_REQUEST error and no store access. */
export function useQueryLimits(options: QueryLimitOptions = {}): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = checkQueryLimits(args.schema, args.document, args.variableValues as Record<string, unknown>, args.operationName, options);
      if (problem) {
        // `http`: 400 to a client that accepts application/graphql-response+json, 200 to a plain-JSON one (as documentLimits.ts).
        setResultAndStopExecution({
          errors: [createGraphQLError(problem.message, { extensions: { code: 'BAD_REQUEST', ...problem.details, http: { spec: true, status: 400 } } })],
        });
      }
    },
  };
}
