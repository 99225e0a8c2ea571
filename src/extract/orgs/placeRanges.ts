// The place names of one line as [start, end) ranges, looked up by position. orgSpans asks of
// every name it reads which place holds, ends at or starts at a point of the line; findPlaces
// gives the ranges in line order and never overlapping, so a binary search answers, and a line
// with thousands of places (a page that is one endless line) costs log n per question, not n.
// Ranges in any other order are searched one by one, with the same answers.
export type Range = readonly [start: number, end: number];

export class PlaceRanges {
  private readonly ordered: boolean;

  constructor(private readonly ranges: readonly Range[]) {
    let ordered = true;
    for (let i = 0; i < ranges.length && ordered; i++) {
      const [s, e] = ranges[i]!;
      ordered = s < e && (i === 0 || ranges[i - 1]![1] <= s);
    }
    this.ordered = ordered;
  }

  /** The first range with `start < at < end`. */
  containing(at: number): Range | undefined {
    if (!this.ordered) return this.ranges.find(([s, e]) => s < at && at < e);
    const r = this.ranges[this.lastStartingBefore(at)];
    return r && r[1] > at ? r : undefined;
  }

  /** The first range that ends at `at`. */
  endingAt(at: number): Range | undefined {
    if (!this.ordered) return this.ranges.find(([, e]) => e === at);
    let lo = 0, hi = this.ranges.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.ranges[mid]![1] < at) lo = mid + 1; else hi = mid; }
    const r = this.ranges[lo];
    return r && r[1] === at ? r : undefined;
  }

  /** The first range that starts at `at` and whose end passes `ok`. */
  startingAt(at: number, ok: (end: number) => boolean = () => true): Range | undefined {
    if (!this.ordered) return this.ranges.find(([s, e]) => s === at && ok(e));
    const r = this.ranges[this.lastStartingBefore(at + 1)];
    return r && r[0] === at && ok(r[1]) ? r : undefined;
  }

  /** Whether a range lies in [from, …) and ends before `to`: `start >= from && end < to`. */
  someWithin(from: number, to: number): boolean {
    if (!this.ordered) return this.ranges.some(([s, e]) => s >= from && e < to);
    // ends rise with starts: the first range at or after `from` ends first
    const r = this.ranges[this.lastStartingBefore(from) + 1];
    return !!r && r[1] < to;
  }

  /** Index of the last range that starts before `at` (-1: none). */
  private lastStartingBefore(at: number): number {
    let lo = 0, hi = this.ranges.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.ranges[mid]![0] < at) lo = mid + 1; else hi = mid; }
    return lo - 1;
  }
}
