// Time series from counts per day: days grouped into intervals, with the
// empty intervals between the first and the last present (a chart's x axis
// has no gaps). Pure: the store gives counts per day, this gives the points.
import { KgError } from '../errors.ts';
import type { DateRange, Interval } from './types/dates.ts';

/** Most points one series may have: ten years by week is 522; by day it needs a date range. */
export const MAX_SERIES_POINTS = 1000;

export interface SeriesPoint { start: string; end: string; count: number }

const day = (d: Date): string => d.toISOString().slice(0, 10);
const parse = (s: string): Date => new Date(`${s}T00:00:00Z`);

/** First day of the interval that holds `d`. */
export function intervalStart(d: string, interval: Interval): string {
  const t = parse(d);
  if (interval === 'WEEK') t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
  if (interval === 'MONTH') t.setUTCDate(1);
  if (interval === 'YEAR') { t.setUTCMonth(0); t.setUTCDate(1); }
  return day(t);
}

/** First day of the interval after the one starting at `start`. */
export function nextIntervalStart(start: string, interval: Interval): string {
  const t = parse(start);
  if (interval === 'DAY') t.setUTCDate(t.getUTCDate() + 1);
  if (interval === 'WEEK') t.setUTCDate(t.getUTCDate() + 7);
  if (interval === 'MONTH') t.setUTCMonth(t.getUTCMonth() + 1);
  if (interval === 'YEAR') t.setUTCFullYear(t.getUTCFullYear() + 1);
  return day(t);
}

/**
 * Points from `range.from` (or the first day counted) to `range.to` (or the
 * last), one per interval, `end` its last day.
 *   [{2024-01-03: 2}, {2024-03-10: 1}] by MONTH -> Jan 2, Feb 0, Mar 1
 */
export function seriesPoints(counts: { day: string; n: number }[], interval: Interval, range: DateRange | null): SeriesPoint[] {
  const days = counts.map((c) => c.day).sort();
  const first = range?.from ?? days[0];
  const last = range?.to ?? days[days.length - 1];
  if (!first || !last) return [];
  const byStart = new Map<string, number>();
  for (const c of counts) {
    const s = intervalStart(c.day, interval);
    byStart.set(s, (byStart.get(s) ?? 0) + c.n);
  }
  const out: SeriesPoint[] = [];
  for (let s = intervalStart(first, interval); s <= last; s = nextIntervalStart(s, interval)) {
    if (out.length >= MAX_SERIES_POINTS) {
      throw new KgError('BAD_REQUEST', `A series may have at most ${MAX_SERIES_POINTS} points: give a shorter date range or a wider interval`, { limit: MAX_SERIES_POINTS });
    }
    const next = nextIntervalStart(s, interval);
    const end = day(new Date(parse(next).getTime() - 86_400_000));
    out.push({ start: s, end, count: byStart.get(s) ?? 0 });
  }
  return out;
}
