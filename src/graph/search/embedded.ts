// The embedded store's full-text index: an inverted index over the terms of
// terms.ts (inverted.ts, held by core.ts, on a worker thread of its own unless
// told otherwise: coreThread.ts), kept in a file beside the store file
// (SEARCH_FILE). The graph is the truth and the index follows it:
//   - after each committed write, the pages written are indexed anew from the
//     store (their old articles dropped first) and the entities the write
//     touched read again (or taken as the writer gives them); the file is
//     replaced whole (a temp file renamed over it, so a crash leaves the old
//     file or the new one) at most every SAVE_EVERY_MS, or every SAVE_SHARE (core.ts)
//     times its last save's length, and when the store closes: rewriting a
//     large index after every batch would take longer than the batch, and a
//     lost save is caught up on the next open (below);
//   - the file records each page's content hash; on open, a page whose hash
//     the store does not share (a write whose index save was lost, a restored
//     backup, a missing or older file) is indexed anew, a page the store no
//     longer has is dropped, and then every entity is read again; the same
//     catch-up follows a thread that ended, which took what it held since
//     its last save.
import type { Worker } from 'node:worker_threads';
import { ALL_PAGE_HASHES } from '../statements.ts';
import type { GraphStore, Row } from '../store.ts';
import type { IndexedEntity, IndexedPage } from './core.ts';
import { localCore, threadCore, type CoreClient } from './coreThread.ts';
import { SEARCH_KINDS, type SearchChange, type SearchIndex, type SearchMatch, type SearchQuery } from './searchIndex.ts';
import { normalise, queryParts } from './terms.ts';

/** Pages read from the store per statement while indexing. */
const PAGES_PER_READ = 100;
/** Candidates whose text is read at once to check that the query stands in it whole. */
const VERIFY_BATCH = 50;
/** Changes told and not yet applied past which a writer is held back (written's promise), so that the texts waiting stay few. */
export const MAX_BEHIND = 4;

const PAGE_HASHES_OF = 'UNWIND $ids AS key MATCH (p:Page {id: key}) RETURN p.id AS id, p.hash AS hash';
const ARTICLES_OF_PAGES = 'UNWIND $ids AS key MATCH (p:Page {id: key})-[:HAS_ARTICLE]->(a:Article) RETURN p.id AS page, a.id AS id, a.headline AS headline, a.body AS body';
const ENTITY_LABELS = ['Person', 'Organization', 'Place'] as const;
const entityReturn = (label: string) => `n.id AS id, n.name AS name${label === 'Organization' ? ', n.aliases AS aliases' : ''}`;
const entitiesOf = (label: string) => `UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN ${entityReturn(label)}`;
const entitiesAll = (label: string) => `MATCH (n:${label}) RETURN ${entityReturn(label)}`;
const ENTITY_PREFIX: Record<string, (typeof ENTITY_LABELS)[number]> = { 'person:': 'Person', 'org:': 'Organization', 'place:': 'Place' };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface EmbeddedSearchOptions {
  /** Caught up in memory, the file left as it is. */
  readOnly?: boolean;
  /** The index on a worker thread of its own (default), or on the caller's thread. */
  thread?: boolean;
  /** Told each thread the index starts (the first, and one after a thread ended). */
  onThread?: (worker: Worker) => void;
}

export class EmbeddedSearch implements SearchIndex {
  private constructor(private readonly store: GraphStore, readonly file: string, private readonly core: CoreClient) {}

  /**
   * The index of `store`, read from `file` and brought up to the store's
   * pages. Read-only: caught up in memory, the file left as it is.
   */
  static async open(store: GraphStore, file: string, options: EmbeddedSearchOptions = {}): Promise<EmbeddedSearch> {
    const readOnly = options.readOnly ?? false;
    let search: EmbeddedSearch | null = null;
    // A thread that ended took what it held since its last save: the next one starts from the file and catches up, in turn.
    const onEnd = () => search?.resync();
    const core = (options.thread ?? true) ? threadCore(file, readOnly, { onStart: options.onThread, onEnd }) : localCore(file, readOnly);
    search = new EmbeddedSearch(store, file, core);
    // A reader catches up at its first search: it may open a store that has no tables yet.
    if (!readOnly) await search.caughtUp().catch(async (e: unknown) => { await core.close(); throw e; });
    return search;
  }

  private ready: Promise<void> | null = null;

  private caughtUp(): Promise<void> {
    this.ready ??= this.catchUp().catch((e: unknown) => { this.ready = null; throw e; });
    return this.ready;
  }

  /** Pages the store and the index disagree on, indexed anew; then every entity, if any page was. */
  private async catchUp(): Promise<void> {
    const stored = (await this.store.read(ALL_PAGE_HASHES)).map((r) => [String(r.id), str(r.hash)] as const);
    const { stale, gone } = await this.core.diff(stored);
    if (!stale.length && !gone.length) return;
    await this.indexPages([...stale, ...gone]);
    const ids: string[] = [];
    for (const label of ENTITY_LABELS) {
      const rows = await this.store.read(entitiesAll(label));
      await this.core.putEntities(rows.map((r) => entity(label, r)));
      for (const r of rows) ids.push(String(r.id));
    }
    await this.core.keepEntities(ids);
    await this.core.changed();
    await this.core.flush();
  }

  /** Changes told and not yet applied, in order: a search waits for them. */
  private pending: Promise<void> = Promise.resolve();
  private behind = 0;

  /**
   * Resolves once the change is applied while MAX_BEHIND changes or more
   * wait, at once otherwise: a writer that waits for it is held back only when
   * the index falls behind. A change that cannot be applied (the index's
   * thread ended) is followed by a catch-up from the store, in turn.
   */
  written(change: SearchChange): Promise<void> {
    this.behind++;
    const applied = this.pending.then(() => this.apply(change)).finally(() => { this.behind--; });
    this.pending = applied.catch(() => this.catchUp()).catch(() => undefined);
    return this.behind > MAX_BEHIND ? applied : Promise.resolve();
  }

  /** A catch-up from the store after the changes told so far. */
  private resync(): void {
    this.pending = this.pending.then(() => this.catchUp()).catch(() => undefined);
  }

  /** A write's change: its pages and entities as the writer gives them, the rest read from the store. */
  private async apply(change: SearchChange): Promise<void> {
    const given = change.stored?.pages ?? [];
    await this.core.putPages(given);
    const known = new Set(given.map((p) => p.id));
    await this.indexPages(change.pages.filter((id) => !known.has(id)));
    const entities = (change.stored?.entities ?? []).filter((e) => (ENTITY_LABELS as readonly string[]).includes(e.label));
    await this.core.putEntities(entities);
    const had = new Set(entities.map((e) => e.id));
    for (const label of ENTITY_LABELS) {
      const ids = change.entities.filter((id) => !had.has(id) && ENTITY_PREFIX[id.slice(0, id.indexOf(':') + 1)] === label);
      if (!ids.length) continue;
      const rows = await this.store.read(entitiesOf(label), { ids });
      await this.core.putEntities(rows.map((r) => entity(label, r)));
      const found = new Set(rows.map((r) => String(r.id)));
      await this.core.dropEntities(ids.filter((id) => !found.has(id)));
    }
    await this.core.changed();
  }

  /** Applies the changes told, then writes the file if they changed the index since it was last written. */
  async flush(): Promise<void> {
    await this.pending;
    await this.core.flush();
  }

  /** Ends the index's thread (what was not flushed is caught up on the next open). */
  async close(): Promise<void> {
    await this.core.close();
  }

  /**
   * The index finds the texts that hold every piece of the query; of those,
   * the ones that hold each part of it whole (as Neo4j's phrase queries do)
   * are the hits, read from the store a few at a time in score order.
   */
  async find(query: SearchQuery): Promise<SearchMatch[]> {
    await this.caughtUp();
    await this.pending;
    const parts = queryParts(query.text);
    const terms = parts.flatMap((p) => p.all);
    if (!terms.length || query.limit <= 0) return [];
    const candidates = await this.core.search(terms, query.kinds);
    // A part of one or two characters is one piece: every candidate holds it.
    if (parts.every((p) => p.all.length === 1)) return candidates.slice(0, query.limit);
    const out: SearchMatch[] = [];
    for (let i = 0; i < candidates.length && out.length < query.limit; i += VERIFY_BATCH) {
      const batch = candidates.slice(i, i + VERIFY_BATCH);
      const texts = await this.texts(batch);
      for (const c of batch) {
        const text = texts.get(c.id);
        if (text !== undefined && parts.every((p) => text.includes(p.text)) && out.length < query.limit) out.push(c);
      }
    }
    return out;
  }

  /** The searchable text of each node, normalised, its fields joined by a line break. */
  private async texts(matches: readonly SearchMatch[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const kind of new Set(matches.map((m) => m.kind))) {
      const { label, fields } = SEARCH_KINDS[kind];
      const ids = matches.filter((m) => m.kind === kind).map((m) => m.id);
      const rows = await this.store.read(`UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN n.id AS id, ${fields.map((f) => `n.${f} AS ${f}`).join(', ')}`, { ids });
      for (const r of rows) {
        out.set(String(r.id), normalise(fields.map((f) => (Array.isArray(r[f]) ? (r[f] as unknown[]).join('\n') : str(r[f]))).join('\n')));
      }
    }
    return out;
  }

  /** Number of documents indexed, once the changes told are applied. */
  async size(): Promise<number> {
    await this.pending;
    return this.core.size();
  }

  /** Each page's articles as the store has them now (none, for a page it no longer has). */
  private async indexPages(pageIds: readonly string[]): Promise<void> {
    for (let i = 0; i < pageIds.length; i += PAGES_PER_READ) {
      const ids = pageIds.slice(i, i + PAGES_PER_READ);
      const hashes = new Map((await this.store.read(PAGE_HASHES_OF, { ids })).map((r) => [String(r.id), str(r.hash)]));
      const articles = new Map<string, { id: string; headline: string; body: string }[]>();
      for (const r of await this.store.read(ARTICLES_OF_PAGES, { ids })) {
        const page = String(r.page);
        const list = articles.get(page) ?? [];
        list.push({ id: String(r.id), headline: str(r.headline), body: str(r.body) });
        articles.set(page, list);
      }
      await this.core.putPages(ids.map((id): IndexedPage => ({ id, hash: hashes.get(id) ?? null, articles: articles.get(id) ?? [] })));
    }
  }
}

const entity = (label: string, row: Row): IndexedEntity => ({
  id: String(row.id), label, name: str(row.name), ...(Array.isArray(row.aliases) ? { aliases: row.aliases.map(String) } : {}),
});
