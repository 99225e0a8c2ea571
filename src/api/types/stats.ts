// The dashboard: counts over the activities a filter selects. Each field is
// one statement, run only when asked for.
import { builder } from '../builder.ts';
import { readCount, readRows } from '../read.ts';
import { firstOf } from '../paging.ts';
import { activitiesCount, activityBreakdown, organizationActivityPairs, type ActivityFilter, type Breakdown } from '../queries/activities.ts';
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
    topOrganizations: t.field({
      type: [OrganizationCountRef],
      description: 'Organizations by the number of activities they organized or in which someone holding a position there took part.',
      args: { first: t.arg.int(firstArg) },
      resolve: async (s, a, ctx) => {
        const counts = new Map<string, number>();
        for (const r of await readRows(ctx, organizationActivityPairs(s.filter))) counts.set(String(r.key), (counts.get(String(r.key)) ?? 0) + 1);
        const sorted = [...counts].map(([key, count]) => ({ key, count }))
          .sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
        return firstOf(sorted, a.first);
      },
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
