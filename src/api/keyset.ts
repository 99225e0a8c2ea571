// Keyset pagination: a list has a total order (its documented order and a
// unique tie-breaker, the node id), and a cursor is the sort key of an item.
// `after: c` reads the items whose key sorts after c's, so an item ingested
// before the cursor shifts nothing (offsets would repeat or skip an item).
//
// A cursor is base64url of `{"v":1,"l":list,"o":order,"k":[key values]}`:
//   {"v":1,"l":"people","o":"NAME","k":["王敬东","person:王敬东"]}
// The same order is written as Cypher (pure: `{ cypher, params }`, every key
// value a parameter) and as a JavaScript comparator (lists loaded whole).
import { KgError } from '../errors.ts';

export const CURSOR_VERSION = 1;

export type KeyType = 'string' | 'int' | 'date';

export interface SortKey {
  /** Cypher expression over the statement's variables (`src.page`); unused for lists loaded whole. */
  expr: string;
  type: KeyType;
  desc?: boolean;
  /** May be null: nulls sort after every value, whatever the direction (undated items last). */
  nullable?: boolean;
}

/** A list's total order: `list` and `order` name it in its cursors. */
export interface KeyOrder { list: string; order: string; keys: SortKey[] }

export type KeyValue = string | number | null;

/** Where a page starts and ends, and which end it is read from (`last`: backward from the end). */
export interface KeysetPage {
  after: KeyValue[] | null;
  before: KeyValue[] | null;
  backward: boolean;
  /** Items read: the page size plus one, to tell whether there are more. */
  limit: number;
}

export function encodeCursor(order: KeyOrder, key: KeyValue[]): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, l: order.list, o: order.order, k: key })).toString('base64url');
}

const shown = (cursor: string) => (cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor);
const OFFSET_PREFIXES = ['OffsetConnection:', 'arrayconnection:'];

function validKey(key: SortKey, v: unknown): boolean {
  if (v === null) return key.nullable === true;
  if (key.type === 'int') return Number.isSafeInteger(v);
  if (key.type === 'date') return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
  return typeof v === 'string';
}

/** The key a cursor holds, or a BAD_REQUEST saying why it is not one of this list in this order. */
export function decodeCursor(order: KeyOrder, cursor: string, argument: 'after' | 'before'): KeyValue[] {
  const refuse = (why: string, details: Record<string, unknown> = {}): never => {
    throw new KgError('BAD_REQUEST', `Invalid cursor "${shown(cursor)}" in "${argument}": ${why}`, { argument, ...details });
  };
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (OFFSET_PREFIXES.some((p) => text.startsWith(p))) {
    refuse('an offset cursor of an earlier version; cursors are now sort keys, so read the list again from its first page');
  }
  let body: unknown;
  try { body = JSON.parse(text); } catch { body = null; }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) refuse('not a cursor this API gave out; use a cursor from pageInfo or an edge of the same list');
  const { v, l, o, k } = body as Record<string, unknown>;
  if (v !== CURSOR_VERSION) refuse(`cursor version ${JSON.stringify(v)}, this API reads version ${CURSOR_VERSION}`);
  if (l !== order.list) refuse(`a cursor of the list "${String(l)}", not of "${order.list}"`, { list: l });
  if (o !== order.order) refuse(`made for the order ${String(o)}, this request asks for ${order.order}; read the list again from its first page`, { order: o });
  if (!Array.isArray(k) || k.length !== order.keys.length || !k.every((x, i) => validKey(order.keys[i]!, x))) refuse('its key does not fit this list');
  return k as KeyValue[];
}

// ---------------------------------------------------------------- Cypher

const valueOf = (key: SortKey, name: string) => (key.type === 'date' ? `date($${name})` : `$${name}`);

/**
 * Items strictly past `at` in the list's order (`forward`), or strictly before it:
 *   k1 beyond c1 OR (k1 = c1 AND (k2 beyond c2 OR (k2 = c2 AND …)))
 * With a nullable key, nulls come last: past a dated cursor are the later dates
 * and the undated; past an undated one only undated items (the next keys decide).
 */
function beyond(keys: SortKey[], at: KeyValue[], forward: boolean, params: Record<string, unknown>): string {
  const prefix = forward ? 'after' : 'before';
  const parts = keys.map((key, i) => {
    const c = at[i] ?? null;
    const x = key.expr;
    const name = `${prefix}Key${i}`;
    if (c !== null) params[name] = c;
    const op = forward !== (key.desc === true) ? '>' : '<';
    if (c === null) return { past: forward ? null : `${x} IS NOT NULL`, same: `${x} IS NULL` };
    const strict = `${x} ${op} ${valueOf(key, name)}`;
    return { past: key.nullable && forward ? `(${x} IS NULL OR ${strict})` : strict, same: `${x} = ${valueOf(key, name)}` };
  });
  let cond: string | null = null;
  for (const { past, same } of parts.reverse()) {
    const rest: string | null = cond === null ? null : `${same} AND (${cond})`;
    cond = past === null ? rest : rest === null ? past : `${past} OR (${rest})`;
  }
  return cond ?? 'false';
}

/** ORDER BY over the sort-key columns, reversed for a page read from the end. */
function orderBy(keys: SortKey[], backward: boolean): string {
  return keys.map((key, i) => {
    const col = `sortKey${i}`;
    const dir = (key.desc === true) !== backward ? ' DESC' : '';
    return key.nullable ? `${col} IS NULL${backward ? ' DESC' : ''}, ${col}${dir}` : `${col}${dir}`;
  }).join(', ');
}

export interface KeysetClauses {
  /** `WITH vars WHERE …` before the RETURN, or '' on a first page. */
  where: string;
  /** `, expr AS sortKey0, …`: the key columns a cursor is made from. */
  returns: string;
  /** ` ORDER BY … LIMIT $limit`. */
  tail: string;
  params: Record<string, unknown>;
}

/** The clauses that read one page of a list in the store: `vars` are the variables the statement carries. */
export function keysetClauses(keys: SortKey[], page: KeysetPage, vars: string): KeysetClauses {
  const params: Record<string, unknown> = { limit: page.limit };
  const conds: string[] = [];
  if (page.after) conds.push(beyond(keys, page.after, true, params));
  if (page.before) conds.push(beyond(keys, page.before, false, params));
  return {
    where: conds.length ? ` WITH ${vars} WHERE ${conds.map((c) => `(${c})`).join(' AND ')}` : '',
    returns: keys.map((k, i) => `, ${k.expr} AS sortKey${i}`).join(''),
    tail: ` ORDER BY ${orderBy(keys, page.backward)} LIMIT $limit`,
    params,
  };
}

/** The key of a row read with keysetClauses. */
export const rowKey = (keys: SortKey[], row: Record<string, unknown>): KeyValue[] =>
  keys.map((_k, i) => (row[`sortKey${i}`] ?? null) as KeyValue);

// ---------------------------------------------------------------- JavaScript

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The list's order as a comparator of keys: the same order the Cypher above reads. */
export function compareKeys(keys: SortKey[], a: readonly KeyValue[], b: readonly KeyValue[]): number {
  for (const [i, key] of keys.entries()) {
    const x = a[i] ?? null, y = b[i] ?? null;
    if (x === null || y === null) {
      if (x === y) continue;
      return x === null ? 1 : -1;
    }
    const c = cmp(x, y) * (key.desc ? -1 : 1);
    if (c !== 0) return c;
  }
  return 0;
}
