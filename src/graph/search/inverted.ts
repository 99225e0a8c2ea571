// An inverted index over the terms of terms.ts: for each field, each term's
// postings (the documents that hold it, with how often), in typed arrays. A
// text of Chinese without spaces gives a term per two characters, so a page
// gives thousands of terms and an archive millions of postings: each is one
// 32-bit number here (the document's slot times 256, plus its frequency up
// to 255), added with one hash look-up.
//
// Scoring is BM25+ per field (k 1.2, b 0.7, d 0.5), times the field's boost,
// summed over the query's terms and multiplied by how many of the query's
// terms the document holds; a term asked as a prefix also matches the longer
// terms it starts, at a lower weight.
//
//   const index = new TermIndex(['headline', 'body']);
//   index.add('article:1', 0, { headline: '赵丽君出席', body: '…' });
//   index.search([{ any: ['赵丽', '赵丽君'] }, { any: ['丽君'] }], { headline: 3, body: 1 }, null);
import { KgError } from '../../errors.ts';
import type { QueryTerm } from './terms.ts';
import { indexTerms } from './terms.ts';

const K = 1.2;
const B = 0.7;
const D = 0.5;
/** The weight of a longer term matched by a prefix, against the term itself. */
const PREFIX_WEIGHT = 0.375;

/** One term's postings in one field: slot × 256 + frequency (at most 255), slots ascending. */
interface Postings { entries: Uint32Array; n: number }

/** Documents an index holds at most (a slot takes 24 bits of a posting). */
export const MAX_DOCUMENTS = 2 ** 24;
const MAX_TF = 255;

/** The index as saved: the plain part, and its typed arrays in order (each field's lengths, then each term's postings in `terms` order). */
export interface SavedTerms {
  fields: string[];
  ids: string[];
  kinds: number[];
  /** Per field, its terms and their postings' lengths. */
  terms: [string, number][][];
}

const grow = (a: Uint32Array, size: number): Uint32Array => {
  if (size <= a.length) return a;
  const b = new Uint32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
};


export class TermIndex {
  /** Each slot's document id; null once dropped. */
  private ids: (string | null)[] = [];
  private kinds: number[] = [];
  private slotOf = new Map<string, number>();
  /** Per field: each slot's count of distinct terms in it. */
  private lengths: Uint32Array[];
  private totalLength: number[];
  private withField: number[];
  private postings: Map<string, Postings>[];
  /** Terms by their first character, for prefix look-ups. */
  private byFirst = new Map<string, Set<string>>();
  private live = 0;

  constructor(readonly fields: readonly string[]) {
    this.lengths = fields.map(() => new Uint32Array(1024));
    this.totalLength = fields.map(() => 0);
    this.withField = fields.map(() => 0);
    this.postings = fields.map(() => new Map());
  }

  get documentCount(): number { return this.live; }

  /** Slots of dropped documents still in the postings. */
  get dropped(): number { return this.ids.length - this.live; }

  has(id: string): boolean { return this.slotOf.has(id); }

  /** Adds a document (replacing one of the same id); `texts` by field name, a missing field left empty. */
  add(id: string, kind: number, texts: Readonly<Record<string, string | undefined>>): void {
    this.discard(id);
    if (this.ids.length >= MAX_DOCUMENTS) this.vacuum();
    if (this.ids.length >= MAX_DOCUMENTS) throw new KgError('STORE_ERROR', `the search index holds at most ${MAX_DOCUMENTS} documents`);
    const slot = this.ids.length;
    this.ids.push(id);
    this.kinds.push(kind);
    this.slotOf.set(id, slot);
    this.live++;
    this.fields.forEach((field, f) => {
      const text = texts[field];
      this.lengths[f] = grow(this.lengths[f], slot + 1);
      if (!text) return;
      const counts = new Map<string, number>();
      for (const term of indexTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      this.lengths[f][slot] = counts.size;
      this.totalLength[f] += counts.size;
      this.withField[f]++;
      const map = this.postings[f];
      for (const [term, tf] of counts) {
        let p = map.get(term);
        if (!p) {
          p = { entries: new Uint32Array(2), n: 0 };
          map.set(term, p);
          this.addFirst(term);
        }
        p.entries = grow(p.entries, p.n + 1);
        p.entries[p.n++] = slot * 256 + Math.min(tf, MAX_TF);
      }
    });
  }

  private addFirst(term: string): void {
    let set = this.byFirst.get(term[0]!);
    if (!set) this.byFirst.set(term[0]!, (set = new Set()));
    set.add(term);
  }

  /** Drops a document; its postings stay until vacuum(). */
  discard(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.live--;
    this.fields.forEach((_, f) => {
      const len = this.lengths[f][slot];
      if (len > 0) { this.totalLength[f] -= len; this.withField[f]--; }
    });
  }

  /** Renumbers the documents kept and leaves the dropped ones out of every posting. */
  vacuum(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const kinds: number[] = [];
    this.ids.forEach((id, slot) => {
      if (id === null) return;
      renumber[slot] = ids.length;
      ids.push(id);
      kinds.push(this.kinds[slot]);
    });
    this.fields.forEach((_, f) => {
      const lengths = new Uint32Array(Math.max(1024, ids.length));
      renumber.forEach((to, slot) => { if (to >= 0) lengths[to] = this.lengths[f][slot]; });
      this.lengths[f] = lengths;
      for (const [term, p] of this.postings[f]) {
        let n = 0;
        for (let i = 0; i < p.n; i++) {
          const e = p.entries[i]!;
          const to = renumber[e >>> 8]!;
          if (to >= 0) p.entries[n++] = to * 256 + (e & 0xff);
        }
        if (n === 0) this.postings[f].delete(term);
        else p.n = n;
      }
    });
    for (const [first, terms] of this.byFirst) {
      for (const t of terms) if (!this.postings.some((m) => m.has(t))) terms.delete(t);
      if (terms.size === 0) this.byFirst.delete(first);
    }
    this.ids = ids;
    this.kinds = kinds;
    this.slotOf = new Map(ids.map((id, slot) => [id, slot]));
  }

  /**
   * The documents that hold, for every query term, one of its forms (a
   * prefix term: one of the terms it starts), of a kind `keep` accepts (all
   * when null); unordered.
   */
  search(terms: readonly QueryTerm[], boosts: Readonly<Record<string, number>>, keep: ((kind: number) => boolean) | null): { id: string; kind: number; score: number }[] {
    if (terms.length === 0) return [];
    const leaves = new Map<string, Map<number, number>>();
    const leaf = (form: string, prefix: boolean): Map<number, number> => {
      const key = `${prefix ? '*' : '='}${form}`;
      let scores = leaves.get(key);
      if (!scores) {
        scores = new Map();
        this.score(form, 1, boosts, scores);
        if (prefix) {
          for (const t of this.byFirst.get(form[0]) ?? []) {
            if (t === form || !t.startsWith(form)) continue;
            this.score(t, PREFIX_WEIGHT * t.length / (t.length + 0.3 * (t.length - form.length)), boosts, scores);
          }
        }
        leaves.set(key, scores);
      }
      return scores;
    };
    // Each term's documents: the union of its forms'.
    const perTerm = terms.map((t) => t.any.map((form) => leaf(form, t.prefix ?? false)));
    const sizeOf = (maps: Map<number, number>[]) => maps.reduce((n, m) => n + m.size, 0);
    const order = perTerm.map((_, i) => i).sort((a, b) => sizeOf(perTerm[a]) - sizeOf(perTerm[b]));
    let candidates: number[] = [...new Set(perTerm[order[0]].flatMap((m) => [...m.keys()]))];
    for (const i of order.slice(1)) candidates = candidates.filter((slot) => perTerm[i].some((m) => m.has(slot)));
    const out: { id: string; kind: number; score: number }[] = [];
    for (const slot of candidates) {
      const id = this.ids[slot];
      if (id === null || (keep && !keep(this.kinds[slot]))) continue;
      let score = 0;
      for (const maps of perTerm) for (const m of maps) score += m.get(slot) ?? 0;
      let quality = 0;
      for (const m of leaves.values()) if (m.has(slot)) quality++;
      out.push({ id, kind: this.kinds[slot], score: score * quality });
    }
    return out;
  }

  /** Adds one term's weighted BM25+ score, field by field, to each live document that holds it. */
  private score(term: string, weight: number, boosts: Readonly<Record<string, number>>, into: Map<number, number>): void {
    const n = this.live;
    this.fields.forEach((field, f) => {
      const p = this.postings[f].get(term);
      if (!p) return;
      const boost = boosts[field] ?? 1;
      const avg = this.withField[f] > 0 ? this.totalLength[f] / this.withField[f] : 1;
      // Documents dropped and not yet vacuumed do not count: a score is the same before a vacuum and after.
      let df = 0;
      for (let i = 0; i < p.n; i++) if (this.ids[p.entries[i]! >>> 8] !== null) df++;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const lengths = this.lengths[f];
      for (let i = 0; i < p.n; i++) {
        const slot = p.entries[i]! >>> 8;
        if (this.ids[slot] === null) continue;
        const tf = p.entries[i]! & 0xff;
        const s = idf * (D + tf * (K + 1) / (tf + K * (1 - B + B * lengths[slot] / avg)));
        into.set(slot, (into.get(slot) ?? 0) + weight * boost * s);
      }
    });
  }

  /** The index as saved (dropped documents left out): its plain part, and its typed arrays in the order SavedTerms gives. */
  save(): { saved: SavedTerms; arrays: Uint32Array[] } {
    if (this.dropped > 0) this.vacuum();
    const arrays: Uint32Array[] = this.lengths.map((l) => l.subarray(0, this.ids.length));
    const terms = this.postings.map((map) => [...map].map(([term, p]): [string, number] => {
      arrays.push(p.entries.subarray(0, p.n));
      return [term, p.n];
    }));
    return { saved: { fields: [...this.fields], ids: this.ids as string[], kinds: this.kinds, terms }, arrays };
  }

  /**
   * An index saved by save(), its arrays read back as one run of 32-bit
   * numbers in the same order (taken as they are, not copied); null when it
   * was saved with other fields or the numbers do not add up.
   */
  static load(saved: SavedTerms, numbers: Uint32Array, fields: readonly string[]): TermIndex | null {
    if (saved.fields.join('\n') !== fields.join('\n')) return null;
    const slots = saved.ids.length;
    const need = fields.length * slots + saved.terms.reduce((n, ts) => n + ts.reduce((m, [, k]) => m + k, 0), 0);
    if (need !== numbers.length || saved.kinds.length !== slots) return null;
    const index = new TermIndex(fields);
    index.ids = [...saved.ids];
    index.kinds = [...saved.kinds];
    saved.ids.forEach((id, slot) => index.slotOf.set(id, slot));
    index.live = slots;
    let at = 0;
    fields.forEach((_, f) => {
      const lengths = numbers.subarray(at, (at += slots));
      index.lengths[f] = grow(lengths, Math.max(1024, slots));
      for (let i = 0; i < slots; i++) if (lengths[i]! > 0) { index.totalLength[f] += lengths[i]!; index.withField[f]++; }
    });
    saved.terms.forEach((ts, f) => {
      for (const [term, n] of ts) {
        index.postings[f].set(term, { entries: numbers.subarray(at, (at += n)), n });
        index.addFirst(term);
      }
    });
    return index;
  }
}
