// Global ids are the graph's own ids (`person:赵丽君`, `org:北京市总工会`): they are
// already unique across types, readable, and can be typed by hand into
// `node(id:)` or `path(from:, to:)`. The prefix names the GraphQL type.
import { KgError } from '../errors.ts';
import { MAX_ID_LENGTH } from './limits.ts';

const TYPE_BY_PREFIX: Readonly<Record<string, string>> = {
  page: 'Page',
  article: 'Article',
  activity: 'Activity',
  person: 'Person',
  org: 'Organization',
  district: 'District',
  place: 'Place',
};

/** The GraphQL type of a graph id, or null when the id is not one of ours. */
export function typenameOf(id: string): string | null {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return null;
  return TYPE_BY_PREFIX[id.slice(0, colon)] ?? null;
}

export function encodeGlobalID(_typename: string, id: string | number | bigint): string {
  return String(id);
}

export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  if (globalID.length > MAX_ID_LENGTH) {
    throw new KgError('BAD_REQUEST', `An id must be at most ${MAX_ID_LENGTH} characters, got ${globalID.length}`, { limit: MAX_ID_LENGTH });
  }
  const typename = typenameOf(globalID);
  if (!typename) {
    throw new KgError('BAD_REQUEST', `Malformed id "${globalID}": expected one of ${Object.keys(TYPE_BY_PREFIX).map((p) => `${p}:…`).join(', ')}`);
  }
  return { typename, id: globalID };
}

export const personId = (name: string): string => `person:${name}`;
export const orgId = (name: string): string => `org:${name}`;
export const districtId = (name: string): string => `district:${name}`;
export const placeId = (name: string): string => `place:${name}`;
export const pageId = (file: string): string => `page:${file}`;
