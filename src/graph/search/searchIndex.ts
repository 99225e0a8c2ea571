// Full-text search over the graph's texts: one interface, two
// implementations. The embedded store keeps an inverted index in a file
// beside its store file (embedded.ts); Neo4j uses its own full-text indexes
// with the `cjk` analyzer (neo4jSearch.ts), which follow the nodes by
// themselves.

import type { NodeLabel } from '../model.ts';

/** What a search can find, and the text fields each kind is found by (in the order a snippet looks at them). */
export const SEARCH_KINDS = {
  ARTICLE: { label: 'Article', fields: ['headline', 'body'] },
  PERSON: { label: 'Person', fields: ['name'] },
  ORGANIZATION: { label: 'Organization', fields: ['name', 'aliases'] },
  PLACE: { label: 'Place', fields: ['name'] },
} as const satisfies Record<string, { label: NodeLabel; fields: readonly string[] }>;

export type SearchKind = keyof typeof SEARCH_KINDS;
export const SEARCH_KIND_NAMES = Object.keys(SEARCH_KINDS) as SearchKind[];

/** How much a word in a field counts against the same word in an article's body. */
export const FIELD_BOOST: Readonly<Record<string, number>> = { headline: 3, body: 1, name: 3, aliases: 2 };

export interface SearchQuery {
  /** What the user typed; Traditional characters are read as Simplified. */
  text: string;
  /** Only these kinds (all when empty). */
  kinds: readonly SearchKind[];
  /** At most this many hits. */
  limit: number;
}

/** A hit: the node's id, its kind, and its score (higher first; comparable within one search). */
export interface SearchMatch { id: string; kind: SearchKind; score: number }

/** What a write changed, for an index that does not follow the store by itself. */
export interface SearchChange {
  /** Pages written or replaced: their articles are indexed anew from the store. */
  pages: readonly string[];
  /** Entities a write may have created, changed or deleted: each is read again, and dropped if gone. */
  entities: readonly string[];
  /** What the write stored, as the writer has it: these pages and entities are taken from here, not read back. */
  stored?: StoredTexts;
}

/** A write's searchable texts: each page's hash and articles, each entity's name (and an organization's aliases). */
export interface StoredTexts {
  pages: readonly { id: string; hash: string; articles: readonly { id: string; headline: string; body: string }[] }[];
  entities: readonly { id: string; label: NodeLabel; name: string; aliases?: readonly string[] }[];
}

export interface SearchIndex {
  /** Hits, best first. */
  find(query: SearchQuery): Promise<SearchMatch[]>;
  /**
   * Told after a write commits. Changes are applied in the order told, and a
   * search waits for those told before it; the promise may resolve before the
   * change is applied (a writer waits on it only to keep from running far
   * ahead of the index).
   */
  written(change: SearchChange): Promise<void>;
  /** Applies what it was told, then puts what it holds in memory on disk. */
  flush?(): Promise<void>;
  /** Lets go of what it holds, a thread say (the store calls flush, then this, as it closes). */
  close?(): Promise<void>;
}

export const kindOfLabel = (label: string): SearchKind | null =>
  SEARCH_KIND_NAMES.find((k) => SEARCH_KINDS[k].label === label) ?? null;
