// Search on Neo4j: one full-text index per kind with the `cjk` analyzer
// (Lucene's CJK bigrams, as the embedded index's pieces), which Neo4j keeps
// in step with the nodes itself. A query part is a quoted phrase, so its
// pieces must stand together; parts are ANDed.
import type { Statement } from '../store.ts';
import type { GraphStore } from '../store.ts';
import { SEARCH_KINDS, SEARCH_KIND_NAMES, type SearchIndex, type SearchKind, type SearchMatch, type SearchQuery } from './searchIndex.ts';
import { normalise } from './terms.ts';

/** The full-text index of each kind. */
export const FULLTEXT_INDEX: Readonly<Record<SearchKind, string>> = {
  ARTICLE: 'article_text', PERSON: 'person_text', ORGANIZATION: 'organization_text', PLACE: 'place_text',
};

/** DDL of the full-text indexes (each safe to run again). */
export function fulltextIndexStatements(): string[] {
  return SEARCH_KIND_NAMES.map((k) => {
    const { label, fields } = SEARCH_KINDS[k];
    return `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX[k]} IF NOT EXISTS FOR (n:${label}) ON EACH [${fields.map((f) => `n.${f}`).join(', ')}] `
      + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}";
  });
}

/** A Lucene query for what the user typed: each part as typed and in its Simplified form, as a phrase; every part required. */
export function luceneQuery(text: string): string {
  const phrase = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  const typed = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const simplified = normalise(text).split(/\s+/).filter(Boolean);
  if (typed.length !== simplified.length) return simplified.map(phrase).join(' AND ');
  return simplified.map((s, i) => (s === typed[i] ? phrase(s) : `(${phrase(s)} OR ${phrase(typed[i]!)})`)).join(' AND ');
}

/** The hits of one kind, best first. */
export function fulltextSearch(kind: SearchKind, text: string, limit: number): Statement {
  return {
    cypher: 'CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score RETURN node.id AS id, score ORDER BY score DESC, id',
    params: { index: FULLTEXT_INDEX[kind], query: luceneQuery(text), limit },
  };
}

export class Neo4jSearch implements SearchIndex {
  constructor(private readonly store: GraphStore) {}

  async find(query: SearchQuery): Promise<SearchMatch[]> {
    if (!normalise(query.text).trim() || query.limit <= 0) return [];
    const out: SearchMatch[] = [];
    for (const kind of query.kinds.length ? query.kinds : SEARCH_KIND_NAMES) {
      const s = fulltextSearch(kind, query.text, query.limit);
      for (const r of await this.store.read(s.cypher, s.params)) out.push({ id: String(r.id), kind, score: Number(r.score) });
    }
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, query.limit);
  }

  /** Neo4j's full-text indexes follow the nodes as they are written. */
  async written(): Promise<void> {}
}
