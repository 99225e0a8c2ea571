// The embedded store's full-text index: MiniSearch over the terms of
// terms.ts, kept in a file beside the store file (SEARCH_FILE). The graph is
// the truth and the index follows it:
//   - after each committed write, the pages written are indexed anew from the
//     store (their old articles dropped first) and the entities the write
//     touched read again (or taken as the writer gives them); the file is
//     replaced whole (a temp file renamed over it, so a crash leaves the old
//     file or the new one) at most every SAVE_EVERY_MS, or every SAVE_SHARE
//     times its last save's length, and when the store closes: rewriting a
//     large index after every batch would take longer than the batch, and a
//     lost save is caught up on the next open (below);
//   - the file records each page's content hash; on open, a page whose hash
//     the store does not share (a write whose index save was lost, a restored
//     backup, a missing or older file) is indexed anew, a page the store no
//     longer has is dropped, and then every entity is read again.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import MiniSearch, { type Options, type Query } from 'minisearch';
import { ALL_PAGE_HASHES } from '../statements.ts';
import type { GraphStore, Row } from '../store.ts';
import { FIELD_BOOST, SEARCH_KINDS, kindOfLabel, type SearchChange, type SearchIndex, type SearchKind, type SearchMatch, type SearchQuery } from './searchIndex.ts';
import { indexTerms, normalise, queryParts } from './terms.ts';

/** Bumped whenever the terms or the file's layout change: an index of another format is rebuilt. */
export const SEARCH_FORMAT = 1;

/** The file is rewritten after a write at most this often; the store's close writes what is left. */
export const SAVE_EVERY_MS = 10_000;
/** ...and at most once per this many times the last save took: a large index is saved less often, so that saving never takes more than a twentieth of a long load. */
export const SAVE_SHARE = 20;

const FIELDS = ['headline', 'body', 'name', 'aliases'];
/** Pages read from the store per statement while indexing. */
const PAGES_PER_READ = 100;
/** Candidates whose text is read at once to check that the query stands in it whole. */
const VERIFY_BATCH = 50;

interface Doc { id: string; kind: SearchKind; headline?: string; body?: string; name?: string; aliases?: string[] }

interface SavedIndex {
  format: number;
  /** [page id, content hash] of every page indexed. */
  pages: [string, string][];
  /** [page id, its article ids]. */
  pageArticles: [string, string[]][];
  /** [entity id, the text it was indexed with]. */
  entities: [string, string][];
  index: unknown;
}

const OPTIONS: Options<Doc> = {
  fields: FIELDS,
  storeFields: ['kind'],
  extractField: (doc: Doc, field: string) => {
    const v = doc[field as keyof Doc];
    return Array.isArray(v) ? v.join('\n') : (v as string | undefined);
  },
  tokenize: (text: string) => indexTerms(text),
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (s: string) => [s], processTerm: (term: string) => term },
  // MiniSearch's own vacuuming runs in the background and trips over documents added meanwhile: tidy() runs it between writes.
  autoVacuum: false,
};

const PAGE_HASHES_OF = 'UNWIND $ids AS key MATCH (p:Page {id: key}) RETURN p.id AS id, p.hash AS hash';
const ARTICLES_OF_PAGES = 'UNWIND $ids AS key MATCH (p:Page {id: key})-[:HAS_ARTICLE]->(a:Article) RETURN p.id AS page, a.id AS id, a.headline AS headline, a.body AS body';
const ENTITY_LABELS = ['Person', 'Organization', 'Place'] as const;
const entityReturn = (label: string) => `n.id AS id, n.name AS name${label === 'Organization' ? ', n.aliases AS aliases' : ''}`;
const entitiesOf = (label: string) => `UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN ${entityReturn(label)}`;
const entitiesAll = (label: string) => `MATCH (n:${label}) RETURN ${entityReturn(label)}`;
const ENTITY_PREFIX: Record<string, (typeof ENTITY_LABELS)[number]> = { 'person:': 'Person', 'org:': 'Organization', 'place:': 'Place' };

/** Articles indexed between two turns of the event loop. */
const ARTICLES_PER_TURN = 8;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export class EmbeddedSearch implements SearchIndex {
  private index = new MiniSearch<Doc>(OPTIONS);
  private pages = new Map<string, string>();
  private pageArticles = new Map<string, string[]>();
  /** Each entity indexed, with its text as indexed: an entity read again unchanged is left as it is. */
  private entities = new Map<string, string>();

  private constructor(private readonly store: GraphStore, readonly file: string, private readonly readOnly: boolean) {}

  /**
   * The index of `store`, read from `file` and brought up to the store's
   * pages. Read-only: caught up in memory, the file left as it is.
   */
  static async open(store: GraphStore, file: string, options: { readOnly?: boolean } = {}): Promise<EmbeddedSearch> {
    const search = new EmbeddedSearch(store, file, options.readOnly ?? false);
    search.load();
    // A reader catches up at its first search: it may open a store that has no tables yet.
    if (!search.readOnly) await search.caughtUp();
    return search;
  }

  /** Reads the file; a missing, unreadable or other-format file leaves the index empty (the catch-up fills it). */
  private load(): void {
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as SavedIndex;
      if (saved.format !== SEARCH_FORMAT) return;
      const index = MiniSearch.loadJS<Doc>(saved.index as never, OPTIONS);
      const pages = new Map(saved.pages);
      const pageArticles = new Map(saved.pageArticles);
      const entities = new Map(saved.entities);
      [this.index, this.pages, this.pageArticles, this.entities] = [index, pages, pageArticles, entities];
    } catch {
      // left empty
    }
  }

  private ready: Promise<void> | null = null;
  private dirty = false;
  private savedAt = 0;
  /** How long the last save took. */
  private saveMs = 0;

  private caughtUp(): Promise<void> {
    this.ready ??= this.catchUp().catch((e: unknown) => { this.ready = null; throw e; });
    return this.ready;
  }

  /** Pages the store and the index disagree on, indexed anew; then every entity, if any page was. */
  private async catchUp(): Promise<void> {
    const stored = new Map((await this.store.read(ALL_PAGE_HASHES)).map((r) => [String(r.id), str(r.hash)]));
    const stale = [...stored].filter(([id, hash]) => this.pages.get(id) !== hash).map(([id]) => id);
    const gone = [...this.pages.keys()].filter((id) => !stored.has(id));
    if (!stale.length && !gone.length) return;
    await this.indexPages([...stale, ...gone]);
    const seen = new Set<string>();
    for (const label of ENTITY_LABELS) {
      for (const row of await this.store.read(entitiesAll(label))) {
        this.putEntity(label, row);
        seen.add(String(row.id));
      }
    }
    for (const id of [...this.entities.keys()]) if (!seen.has(id)) this.dropEntity(id);
    await this.tidy();
    this.save();
  }

  /** Changes told and not yet applied, in order: a search waits for them. */
  private pending: Promise<void> = Promise.resolve();

  written(change: SearchChange): Promise<void> {
    const applied = this.pending.then(() => this.apply(change));
    this.pending = applied.catch(() => undefined);
    return applied;
  }

  /** A write's change, applied a few articles at a time: the thread is given back between them (a write under way goes on meanwhile). */
  private async apply(change: SearchChange): Promise<void> {
    const given = new Map((change.stored?.pages ?? []).map((p) => [p.id, p]));
    let since = 0;
    for (const page of given.values()) {
      this.dropPage(page.id);
      this.pages.set(page.id, page.hash);
      for (const a of page.articles) {
        this.putArticle(page.id, a);
        if (++since >= ARTICLES_PER_TURN) { since = 0; await turn(); }
      }
    }
    await this.indexPages(change.pages.filter((id) => !given.has(id)));
    const known = new Set<string>();
    for (const e of change.stored?.entities ?? []) {
      if (!(ENTITY_LABELS as readonly string[]).includes(e.label)) continue;
      this.putEntity(e.label, { id: e.id, name: e.name, ...(e.aliases ? { aliases: [...e.aliases] } : {}) });
      known.add(e.id);
    }
    for (const label of ENTITY_LABELS) {
      const ids = change.entities.filter((id) => !known.has(id) && ENTITY_PREFIX[id.slice(0, id.indexOf(':') + 1)] === label);
      if (!ids.length) continue;
      const found = new Set<string>();
      for (const row of await this.store.read(entitiesOf(label), { ids })) {
        this.putEntity(label, row);
        found.add(String(row.id));
      }
      for (const id of ids) if (!found.has(id)) this.dropEntity(id);
    }
    await this.tidy();
    this.dirty = true;
    if (Date.now() - this.savedAt >= Math.max(SAVE_EVERY_MS, SAVE_SHARE * this.saveMs)) this.save();
  }

  /** Applies the changes told, then writes the file if they changed the index since it was last written. */
  async flush(): Promise<void> {
    await this.pending;
    if (this.dirty) this.save();
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
    const tree: Query = {
      combineWith: 'AND',
      queries: terms.map((t) => ({ combineWith: 'OR', queries: t.any, prefix: t.prefix ?? false })),
    };
    const kinds = new Set<string>(query.kinds.length ? query.kinds : Object.keys(SEARCH_KINDS));
    const candidates = this.index.search(tree, { boost: FIELD_BOOST, filter: (r) => kinds.has(String(r.kind)) })
      .map((h) => ({ id: String(h.id), kind: h.kind as SearchKind, score: h.score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

  /** Number of documents indexed. */
  get size(): number {
    return this.index.documentCount;
  }

  /** Each page's articles as the store has them now (none, for a page it no longer has). */
  private async indexPages(pageIds: readonly string[]): Promise<void> {
    for (let i = 0; i < pageIds.length; i += PAGES_PER_READ) {
      const ids = pageIds.slice(i, i + PAGES_PER_READ);
      const hashes = await this.store.read(PAGE_HASHES_OF, { ids });
      const articles = await this.store.read(ARTICLES_OF_PAGES, { ids });
      for (const page of ids) this.dropPage(page);
      for (const r of hashes) this.pages.set(String(r.id), str(r.hash));
      for (const r of articles) this.putArticle(String(r.page), { id: String(r.id), headline: str(r.headline), body: str(r.body) });
    }
  }

  /** Forgets a page and its articles. */
  private dropPage(page: string): void {
    for (const id of this.pageArticles.get(page) ?? []) if (this.index.has(id)) this.index.discard(id);
    this.pageArticles.delete(page);
    this.pages.delete(page);
  }

  private putArticle(page: string, a: { id: string; headline: string; body: string }): void {
    this.index.add({ id: a.id, kind: 'ARTICLE', headline: a.headline, body: a.body });
    const list = this.pageArticles.get(page);
    if (list) list.push(a.id);
    else this.pageArticles.set(page, [a.id]);
  }

  private putEntity(label: string, row: Row): void {
    const id = String(row.id);
    const doc: Doc = { id, kind: kindOfLabel(label)!, name: str(row.name) };
    if (Array.isArray(row.aliases)) doc.aliases = row.aliases.map(String);
    const text = [doc.name, ...(doc.aliases ?? [])].join('\n');
    if (this.entities.get(id) === text && this.index.has(id)) return;
    if (this.index.has(id)) this.index.replace(doc);
    else this.index.add(doc);
    this.entities.set(id, text);
  }

  private dropEntity(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.entities.delete(id);
  }

  /** Clears the postings of dropped documents once they are a tenth of the index (MiniSearch's own rule). */
  private async tidy(): Promise<void> {
    if (this.index.dirtCount > 20 && this.index.dirtFactor > 0.1) await this.index.vacuum({ batchSize: 100_000, batchWait: 0 });
  }

  /** Replaces the file whole: written beside it, flushed, renamed over it. */
  private save(): void {
    if (this.readOnly) return;
    this.dirty = false;
    const started = Date.now();
    const saved: SavedIndex = {
      format: SEARCH_FORMAT,
      pages: [...this.pages],
      pageArticles: [...this.pageArticles],
      entities: [...this.entities],
      index: this.index.toJSON(),
    };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      const fd = openSync(tmp, 'w');
      try {
        writeSync(fd, JSON.stringify(saved));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    } finally {
      this.savedAt = Date.now();
      this.saveMs = this.savedAt - started;
    }
  }
}
