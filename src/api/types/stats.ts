// The dashboard: counts over the activities a filter selects. Each field is
// one statement, run only when asked for.
import { builder } from '../builder.ts';
import { readCount, readRows } from '../read.ts';
import { activitiesCount, activitiesPerDay, activityBreakdown, type ActivityFilter, type Breakdown, type SeriesUnit } from '../queries/activities.ts';
import { seriesPoints, type SeriesPoint } from '../series.ts';
import { DateScalar, IntervalEnum } from './dates.ts';
import { MAX_PAGE_SIZE, pageSize } from '../limits.ts';
import { ActivityKindEnum } from './enums.ts';
import { ActivityFilterInput, toActivityFilter } from './filters.ts';
import { DistrictRef, OrganizationRef, PersonRef } from './refs.ts';

interface Count { key: string; count: number }

const KindCountRef = builder.objectRef<Count>('KindCount').implement({
  fields: (t) => ({ kind: t.field({ type: ActivityKindEnum, resolve: (c) => c.key }), count: t.exposeInt('count') }),
});
const DistrictCountRef = builder.objectRef<Count>('DistrictCount').implement({
  fields: (t) => ({ district: t.field({ type: DistrictRef, resolve: (c) => c.key }), count: t.exposeInt('count') }),
});
const OrganizationCountRef = builder.objectRef<Count>('OrganizationCount').implement({
  fields: (t) => ({ organization: t.field({ type: OrganizationRef, resolve: (c) => c.key }), count: t.exposeInt('count') }),
});
const PersonCountRef = builder.objectRef<Count>('PersonCount').implement({
  fields: (t) => ({ person: t.field({ type: PersonRef, resolve: (c) => c.key }), count: t.exposeInt('count') }),
});

async function breakdown(ctx: Parameters<typeof readRows>[0], f: ActivityFilter, by: Breakdown, first: number): Promise<Count[]> {
  const rows = await readRows(ctx, activityBreakdown(f, by, first));
  return rows.map((r) => ({ key: String(r.key), count: Number(r.n) }));
}

const SeriesPointRef = builder.objectRef<SeriesPoint>('SeriesPoint').implement({
  description: 'Activities of one interval: from `start` to `end`, both included.',
  fields: (t) => ({
    start: t.field({ type: DateScalar, resolve: (p) => p.start }),
    end: t.field({ type: DateScalar, resolve: (p) => p.end }),
    count: t.exposeInt('count'),
  }),
});

interface SeriesLine { key: string | null; by: SeriesBy | null; total: number; points: SeriesPoint[] }
type SeriesBy = Exclude<Breakdown, 'person' | 'involved'>;

const SeriesByEnum = builder.enumType('SeriesBy', {
  description: 'One line per kind, district or organizer.',
  values: { KIND: { value: 'kind' }, DISTRICT: { value: 'district' }, ORGANIZER: { value: 'organizer' } },
});

const SeriesLineRef = builder.objectRef<SeriesLine>('SeriesLine').implement({
  description: 'One line of a time series: all the activities, or those of one kind, district or organizer (the others null).',
  fields: (t) => ({
    kind: t.field({ type: ActivityKindEnum, nullable: true, resolve: (l) => (l.by === 'kind' ? l.key : null) }),
    district: t.field({ type: DistrictRef, nullable: true, resolve: (l) => (l.by === 'district' ? l.key : null) }),
    organizer: t.field({ type: OrganizationRef, nullable: true, resolve: (l) => (l.by === 'organizer' ? l.key : null) }),
    total: t.exposeInt('total', { description: 'Activities on the line, all intervals together.' }),
    points: t.field({ type: [SeriesPointRef], description: 'One per interval, empty intervals included, oldest first.', resolve: (l) => l.points }),
  }),
});

/** Lines of a series: one for all activities, or the `first` largest keys of `by`, each over the same intervals. */
async function series(ctx: Parameters<typeof readRows>[0], f: ActivityFilter, interval: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR', by: SeriesBy | null, first: number): Promise<SeriesLine[]> {
  const unit = interval.toLowerCase() as SeriesUnit;
  const rows = (await readRows(ctx, activitiesPerDay(f, by ?? undefined, unit, ctx.store.dialect))).map((r) => ({ key: by ? String(r.key) : null, day: String(r.day), n: Number(r.n) }));
  const days = rows.map((r) => r.day).sort();
  // Every line spans the same intervals: the filter's range, else the first and last day counted.
  const range = { from: f.date?.from ?? days[0] ?? null, to: f.date?.to ?? days[days.length - 1] ?? null };
  const byKey = new Map<string | null, { day: string; n: number }[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  if (!by && !byKey.size) byKey.set(null, []);
  return [...byKey].map(([key, counts]) => ({ key, by, total: counts.reduce((n, c) => n + c.n, 0), points: seriesPoints(counts, interval, range) }))
    .sort((x, y) => y.total - x.total || String(x.key).localeCompare(String(y.key)))
    .slice(0, first);
}

const firstArg = { description: `At most this many (default and limit ${MAX_PAGE_SIZE}).` };

const StatsRef = builder.objectRef<{ filter: ActivityFilter }>('Stats').implement({
  description: 'Counts of the activities the filter selects; largest first, ties by id.',
  fields: (t) => ({
    activityCount: t.int({ resolve: (s, _a, ctx) => readCount(ctx, activitiesCount(s.filter)) }),
    byKind: t.field({ type: [KindCountRef], resolve: (s, _a, ctx) => breakdown(ctx, s.filter, 'kind', MAX_PAGE_SIZE) }),
    byDistrict: t.field({ type: [DistrictCountRef], resolve: (s, _a, ctx) => breakdown(ctx, s.filter, 'district', MAX_PAGE_SIZE) }),
    byOrganizer: t.field({
      type: [OrganizationCountRef],
      args: { first: t.arg.int(firstArg) },
      resolve: (s, a, ctx) => breakdown(ctx, s.filter, 'organizer', pageSize(a.first, MAX_PAGE_SIZE)),
    }),
    topPeople: t.field({
      type: [PersonCountRef],
      description: 'People by the number of activities they took part in.',
      args: { first: t.arg.int(firstArg) },
      resolve: (s, a, ctx) => breakdown(ctx, s.filter, 'person', pageSize(a.first, MAX_PAGE_SIZE)),
    }),
    series: t.field({
      type: [SeriesLineRef],
      description: 'Activities per interval, for a chart: dated activities only (an article with no day counts at its issue date).',
      args: {
        interval: t.arg({ type: IntervalEnum, required: true }),
        by: t.arg({ type: SeriesByEnum, description: 'One line per key instead of one line for all.' }),
        first: t.arg.int({ description: `With \`by\`: the largest lines, at most this many (default 10, limit ${MAX_PAGE_SIZE}).` }),
      },
      resolve: (s, a, ctx) => series(ctx, s.filter, a.interval, a.by ?? null, pageSize(a.first, 10)),
    }),
    topOrganizations: t.field({
      type: [OrganizationCountRef],
      description: 'Organizations by the number of activities they organized or in which someone the same article gives a title there took part.',
      args: { first: t.arg.int(firstArg) },
      resolve: (s, a, ctx) => breakdown(ctx, s.filter, 'involved', pageSize(a.first, MAX_PAGE_SIZE)),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: StatsRef,
    description: 'Dashboard counts: activities by kind, district and organizer; the most active people and organizations.',
    args: { filter: t.arg({ type: ActivityFilterInput }) },
    resolve: (_root, args) => ({ filter: toActivityFilter(args.filter) }),
  }),
);
