// An inverted index over the terms of terms.ts: for each field, each term's
// postings (the documents that hold it, with how often), in typed arrays. A
// text of Chinese without spaces gives a term per two characters, so a page
// gives thousands of terms and an archive millions of postings: each is two
// 32-bit numbers here, added with one hash look-up.
//
// Scoring is BM25+ per field (k 1.2, b 0.7, d 0.5), times the field's boost,
// summed over the query's terms and multiplied by how many of the query's
// terms the document holds; a term asked as a prefix also matches the longer
// terms it starts, at a lower weight.
//
//   const index = new TermIndex(['headline', 'body']);
//   index.add('article:1', 0, { headline: '赵丽君出席', body: '…' });
//   index.search([{ any: ['赵丽', '赵丽君'] }, { any: ['丽君'] }], { headline: 3, body: 1 }, null);
import type { QueryTerm } from './terms.ts';
import { indexTerms } from './terms.ts';

const K = 1.2;
const B = 0.7;
const D = 0.5;
/** The weight of a longer term matched by a prefix, against the term itself. */
const PREFIX_WEIGHT = 0.375;

/** One term's postings in one field: [slot, frequency] pairs, slots ascending. */
interface Postings { pairs: Uint32Array; n: number }

/** The index as saved: typed arrays as base64 (little-endian, as this machine's). */
export interface SavedTerms {
  fields: string[];
  ids: (string | null)[];
  kinds: number[];
  /** Per field, each slot's count of distinct terms, as base64 of a Uint32Array. */
  lengths: string[];
  /** Per field, [term, base64 of its pairs]. */
  postings: [string, string][][];
}

const grow = (a: Uint32Array, size: number): Uint32Array => {
  if (size <= a.length) return a;
  const b = new Uint32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
};

const toBase64 = (a: Uint32Array, n = a.length) => Buffer.from(a.buffer, a.byteOffset, n * 4).toString('base64');
const fromBase64 = (s: string): Uint32Array => {
  const buf = Buffer.from(s, 'base64');
  const out = new Uint32Array(buf.length / 4);
  new Uint8Array(out.buffer).set(buf);
  return out;
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
          p = { pairs: new Uint32Array(4), n: 0 };
          map.set(term, p);
          const first = term[0];
          let set = this.byFirst.get(first);
          if (!set) this.byFirst.set(first, (set = new Set()));
          set.add(term);
        }
        p.pairs = grow(p.pairs, p.n * 2 + 2);
        p.pairs[p.n * 2] = slot;
        p.pairs[p.n * 2 + 1] = tf;
        p.n++;
      }
    });
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
          const to = renumber[p.pairs[i * 2]];
          if (to < 0) continue;
          p.pairs[n * 2] = to;
          p.pairs[n * 2 + 1] = p.pairs[i * 2 + 1];
          n++;
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
      for (let i = 0; i < p.n; i++) if (this.ids[p.pairs[i * 2]] !== null) df++;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const lengths = this.lengths[f];
      for (let i = 0; i < p.n; i++) {
        const slot = p.pairs[i * 2];
        if (this.ids[slot] === null) continue;
        const tf = p.pairs[i * 2 + 1];
        const s = idf * (D + tf * (K + 1) / (tf + K * (1 - B + B * lengths[slot] / avg)));
        into.set(slot, (into.get(slot) ?? 0) + weight * boost * s);
      }
    });
  }

  /** The index as plain data (dropped documents left out). */
  toJSON(): SavedTerms {
    if (this.dropped > 0) this.vacuum();
    return {
      fields: [...this.fields],
      ids: this.ids,
      kinds: this.kinds,
      lengths: this.lengths.map((l) => toBase64(l, this.ids.length)),
      postings: this.postings.map((map) => [...map].map(([term, p]): [string, string] => [term, toBase64(p.pairs, p.n * 2)])),
    };
  }

  /** An index saved by toJSON, or null when it was saved with other fields. */
  static fromJSON(saved: SavedTerms, fields: readonly string[]): TermIndex | null {
    if (saved.fields.join('\n') !== fields.join('\n')) return null;
    const index = new TermIndex(fields);
    index.ids = saved.ids;
    index.kinds = saved.kinds;
    saved.ids.forEach((id, slot) => { if (id !== null) { index.slotOf.set(id, slot); index.live++; } });
    fields.forEach((_, f) => {
      const lengths = fromBase64(saved.lengths[f]);
      index.lengths[f] = grow(lengths, Math.max(1024, lengths.length));
      lengths.forEach((len, slot) => { if (len > 0 && saved.ids[slot] !== null) { index.totalLength[f] += len; index.withField[f]++; } });
      for (const [term, pairs] of saved.postings[f]) {
        const a = fromBase64(pairs);
        index.postings[f].set(term, { pairs: a, n: a.length / 2 });
        let set = index.byFirst.get(term[0]);
        if (!set) index.byFirst.set(term[0], (set = new Set()));
        set.add(term);
      }
    });
    return index;
  }
}
