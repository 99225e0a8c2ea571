// Seeded randomness for the corpus generator: the same seed gives the same
// corpus on every machine (no Math.random, no clock).

/** mulberry32: a small, fast 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a few integers (splitmix-like), to derive a value from an index without a stream. */
export function hash32(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * Ranks 0..n-1 drawn with probability ∝ 1/(rank+1)^s: with s < 1 over a large
 * n, a few ranks are drawn hundreds of times and most once or never.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) { sum += 1 / (r + 1) ** s; this.cdf[r] = sum; }
    for (let r = 0; r < n; r++) this.cdf[r] /= sum;
  }

  draw(rand: () => number): number {
    const u = rand();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}

/** One item by weight: `weighted(rand, [[3, 5], [4, 10]])` gives 4 twice as often as 3. */
export function weighted<T>(rand: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((n, [, w]) => n + w, 0);
  let u = rand() * total;
  for (const [x, w] of table) { if ((u -= w) < 0) return x; }
  return table[table.length - 1][0];
}
