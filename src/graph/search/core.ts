// What the embedded full-text index holds and does with it, apart from the
// store: the inverted index over the terms of terms.ts (inverted.ts), the page hashes and
// entity texts it was built from, and its file. Everything goes in and out as
// plain data, so it runs the same on the caller's thread or on a thread of its
// own (coreThread.ts), where indexing a batch's articles and rewriting a large
// file hold up nothing else.
//
//   const core = new SearchCore('data/graph.search', false);
//   core.load();
//   await core.putPages([{ id: 'page:…', hash: '…', articles: [{ id, headline, body }] }]);
//   core.search([{ any: ['赵丽', '赵丽君'] }, { any: ['丽君'] }], ['ARTICLE']);
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { TermIndex, type SavedTerms } from './inverted.ts';
import { FIELD_BOOST, SEARCH_KIND_NAMES, kindOfLabel, type SearchKind, type SearchMatch } from './searchIndex.ts';
import type { QueryTerm } from './terms.ts';

/** Bumped whenever the terms or the file's layout change: an index of another format is rebuilt. */
export const SEARCH_FORMAT = 2;

/**
 * The file starts with these 8 bytes (which name the machine's byte order),
 * then the format and the header's length (32-bit little-endian each), the
 * header (JSON, padded to a multiple of 4 bytes), and the index's numbers
 * (32-bit, in the machine's byte order: a file of the other order is rebuilt).
 */
const MAGIC = Buffer.from(`KGSRCH${endianness()}`, 'latin1');
const PREFIX = 16;

/** The file is rewritten after a change at most this often; a flush writes what is left. */
export const SAVE_EVERY_MS = 10_000;
/** ...and at most once per this many times the last save took: a large index is saved less often, so that saving never takes more than a twentieth of a long load. */
export const SAVE_SHARE = 20;

const FIELDS = ['headline', 'body', 'name', 'aliases'];
const kindNumber = (kind: SearchKind) => SEARCH_KIND_NAMES.indexOf(kind);

/** A page as the store has it now: its hash and articles, or a null hash for a page it no longer has. */
export interface IndexedPage { id: string; hash: string | null; articles: readonly { id: string; headline: string; body: string }[] }
/** A person, organization or place: its name (and an organization's aliases). */
export interface IndexedEntity { id: string; label: string; name: string; aliases?: readonly string[] }

interface SavedIndex {
  /** [page id, content hash] of every page indexed. */
  pages: [string, string][];
  /** [page id, its article ids]. */
  pageArticles: [string, string[]][];
  /** [entity id, the text it was indexed with]. */
  entities: [string, string][];
  index: SavedTerms;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class SearchCore {
  private index = new TermIndex(FIELDS);
  private pages = new Map<string, string>();
  private pageArticles = new Map<string, string[]>();
  /** Each entity indexed, with its text as indexed: an entity given again unchanged is left as it is. */
  private entities = new Map<string, string>();
  private dirty = false;
  private savedAt = 0;
  /** How long the last save took. */
  private saveMs = 0;

  /** `yieldEvery`: articles indexed between two turns of the event loop (on a thread shared with other work); 0 never yields. */
  constructor(readonly file: string, private readonly readOnly: boolean, private readonly yieldEvery = 0) {}

  /** Reads the file; a missing, unreadable or other-format file leaves the index empty (the caller's catch-up fills it). */
  load(): void {
    const started = Date.now();
    try {
      const read = readIndexFile(this.file);
      if (!read) return;
      const index = TermIndex.load(read.header.index, read.numbers, FIELDS);
      if (!index) return;
      const saved = read.header;
      [this.index, this.pages, this.pageArticles, this.entities] = [index, new Map(saved.pages), new Map(saved.pageArticles), new Map(saved.entities)];
      // The file is as current as a save just made, and a save takes about as long as the load.
      this.savedAt = Date.now();
      this.saveMs = this.savedAt - started;
    } catch {
      // left empty
    }
  }

  /** Against the store's [page id, hash] pairs: the pages indexed under another hash or not at all, and those the store no longer has. */
  diff(stored: readonly (readonly [string, string])[]): { stale: string[]; gone: string[] } {
    const ids = new Set<string>();
    const stale: string[] = [];
    for (const [id, hash] of stored) {
      ids.add(id);
      if (this.pages.get(id) !== hash) stale.push(id);
    }
    return { stale, gone: [...this.pages.keys()].filter((id) => !ids.has(id)) };
  }

  /** Each page's old articles dropped, its articles now indexed (none for a page the store no longer has). */
  async putPages(pages: readonly IndexedPage[]): Promise<void> {
    let since = 0;
    for (const page of pages) {
      this.dropPage(page.id);
      if (page.hash === null) continue;
      this.pages.set(page.id, page.hash);
      const ids: string[] = [];
      this.pageArticles.set(page.id, ids);
      for (const a of page.articles) {
        this.index.add(a.id, kindNumber('ARTICLE'), { headline: a.headline, body: a.body });
        ids.push(a.id);
        if (this.yieldEvery > 0 && ++since >= this.yieldEvery) { since = 0; await turn(); }
      }
    }
  }

  putEntities(entities: readonly IndexedEntity[]): void {
    for (const e of entities) {
      const kind = kindOfLabel(e.label);
      if (!kind) continue;
      const text = [e.name, ...(e.aliases ?? [])].join('\n');
      if (this.entities.get(e.id) === text && this.index.has(e.id)) continue;
      this.index.add(e.id, kindNumber(kind), { name: e.name, aliases: e.aliases?.join('\n') });
      this.entities.set(e.id, text);
    }
  }

  dropEntities(ids: readonly string[]): void {
    for (const id of ids) {
      this.index.discard(id);
      this.entities.delete(id);
    }
  }

  /** Drops every entity but these (the store's whole list of them). */
  keepEntities(ids: readonly string[]): void {
    const keep = new Set(ids);
    this.dropEntities([...this.entities.keys()].filter((id) => !keep.has(id)));
  }

  /**
   * Ends a change: the postings of dropped documents are cleared once they
   * are a tenth of the index, and the file is rewritten if its time has come.
   */
  changed(): void {
    const dropped = this.index.dropped;
    if (dropped > 20 && dropped > 0.1 * (dropped + this.index.documentCount)) this.index.vacuum();
    this.dirty = true;
    if (Date.now() - this.savedAt >= Math.max(SAVE_EVERY_MS, SAVE_SHARE * this.saveMs)) this.save();
  }

  /** Writes the file if the index changed since it was last written. */
  flush(): void {
    if (this.dirty) this.save();
  }

  /** The documents that hold every term (one of its `any` forms each), of these kinds (all when empty), best first. */
  search(terms: readonly QueryTerm[], kinds: readonly SearchKind[]): SearchMatch[] {
    const wanted = new Set(kinds.map(kindNumber));
    return this.index.search(terms, FIELD_BOOST, wanted.size ? (k) => wanted.has(k) : null)
      .map((h) => ({ id: h.id, kind: SEARCH_KIND_NAMES[h.kind], score: h.score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Number of documents indexed. */
  size(): number {
    return this.index.documentCount;
  }

  /** Forgets a page and its articles. */
  private dropPage(page: string): void {
    for (const id of this.pageArticles.get(page) ?? []) this.index.discard(id);
    this.pageArticles.delete(page);
    this.pages.delete(page);
  }

  /** Replaces the file whole: written beside it, flushed, renamed over it. */
  private save(): void {
    if (this.readOnly) return;
    this.dirty = false;
    const started = Date.now();
    const { saved, arrays } = this.index.save();
    const header: SavedIndex = { pages: [...this.pages], pageArticles: [...this.pageArticles], entities: [...this.entities], index: saved };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      writeIndexFile(tmp, header, arrays);
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

/** Bytes gathered before a write: the index's many small arrays go to the file in a few large writes. */
const CHUNK = 8 * 1024 * 1024;

/** Writes the file (see MAGIC) and flushes it to disk. */
function writeIndexFile(path: string, header: SavedIndex, arrays: readonly Uint32Array[]): void {
  let json = JSON.stringify(header);
  json += ' '.repeat((4 - ((PREFIX + Buffer.byteLength(json)) % 4)) % 4);
  const head = Buffer.from(json, 'utf8');
  const prefix = Buffer.alloc(PREFIX);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(SEARCH_FORMAT, 8);
  prefix.writeUInt32LE(head.length, 12);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, prefix);
    writeSync(fd, head);
    const chunk = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    const flush = () => { if (used) writeSync(fd, chunk, 0, used); used = 0; };
    for (const a of arrays) {
      const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      if (used + bytes.length > CHUNK) flush();
      if (bytes.length > CHUNK) writeSync(fd, bytes);
      else { bytes.copy(chunk, used); used += bytes.length; }
    }
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What a saved index was built from: each page's hash and articles, each entity's text; null for a file of another format. */
export function readIndexHeader(path: string): Pick<SavedIndex, 'pages' | 'pageArticles' | 'entities'> | null {
  const read = readIndexFile(path);
  return read && { pages: read.header.pages, pageArticles: read.header.pageArticles, entities: read.header.entities };
}

/** The file's header and numbers; null for a file of another format. */
function readIndexFile(path: string): { header: SavedIndex; numbers: Uint32Array } | null {
  const b = readFileSync(path);
  if (b.length < PREFIX || !b.subarray(0, 8).equals(MAGIC) || b.readUInt32LE(8) !== SEARCH_FORMAT) return null;
  const headLength = b.readUInt32LE(12);
  const start = PREFIX + headLength;
  if (start > b.length || (b.length - start) % 4 !== 0) return null;
  const header = JSON.parse(b.toString('utf8', PREFIX, start)) as SavedIndex;
  const count = (b.length - start) / 4;
  // The numbers are used where they lie when they lie on a 4-byte boundary, else copied once.
  const numbers = (b.byteOffset + start) % 4 === 0
    ? new Uint32Array(b.buffer, b.byteOffset + start, count)
    : new Uint32Array(Uint8Array.prototype.slice.call(b, start).buffer);
  return { header, numbers };
}
