// A person's or an organization's dated record in order: the activities they
// took part in or organized, and each statement of their titles.
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { MAX_PAGE_SIZE, pageSize } from '../limits.ts';
import type { ActivityNode, PositionStatement } from '../rows.ts';
import { DateRangeInput, DateScalar, toDateRange, type DateRange } from './dates.ts';
import { ParticipantRoleEnum } from './enums.ts';
import { PositionRef } from './position.ts';
import { ActivityRef, OrganizationRef, PersonRef } from './refs.ts';

interface TimelineEntry {
  date: string;
  activity: ActivityNode | null;
  /** Roles of the person in the activity (a person's timeline). */
  roles: string[];
  position: PositionStatement | null;
}

const TimelineKindEnum = builder.enumType('TimelineKind', { values: { ACTIVITY: { value: 'activity' }, POSITION: { value: 'position' } } });

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  description: 'One dated entry: an activity (with the person\'s roles in it), or an article stating titles.',
  fields: (t) => ({
    date: t.field({ type: DateScalar, description: 'The activity\'s day, or the issue date of the article stating the titles.', resolve: (e) => e.date }),
    kind: t.field({ type: TimelineKindEnum, resolve: (e) => (e.activity ? 'activity' : 'position') }),
    activity: t.field({ type: ActivityRef, nullable: true, resolve: (e) => e.activity }),
    roles: t.field({ type: [ParticipantRoleEnum], resolve: (e) => e.roles }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      resolve: (e) => (e.position ? { ...e.position, articles: e.position.article ? [e.position.article] : [], firstSeen: e.position.date, lastSeen: e.position.date } : null),
    }),
    person: t.field({ type: PersonRef, nullable: true, description: 'Who holds the titles (an organization\'s timeline).', resolve: (e) => e.position?.person ?? null }),
    organization: t.field({ type: OrganizationRef, nullable: true, description: 'Where the titles are held.', resolve: (e) => e.position?.organization ?? null }),
  }),
});

const within = (d: string | null, r: DateRange | null): d is string => d !== null && (!r?.from || d >= r.from) && (!r?.to || d <= r.to);

/** Entries oldest first (activities before statements on the same day, then by id), undated ones left out. */
function ordered(entries: TimelineEntry[], first: number): TimelineEntry[] {
  const id = (e: TimelineEntry) => e.activity?.id ?? `${e.position!.article}|${e.position!.person}|${e.position!.organization}`;
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(!a.activity) - Number(!b.activity) || (id(a) < id(b) ? -1 : 1))).slice(0, first);
}

/**
 * The entries of one timeline: the activities (with the roles, by activity id, a
 * person had in them) and the title statements, within the range, oldest first.
 */
async function timeline(
  ctx: ApiContext, args: { date?: { from?: string | null; to?: string | null } | null; first?: number | null },
  activityIds: string[], roles: ReadonlyMap<string, string[]>, positions: readonly PositionStatement[],
): Promise<TimelineEntry[]> {
  const range = toDateRange(args.date);
  const first = pageSize(args.first, MAX_PAGE_SIZE);
  const loaded = await ActivityRef.getDataloader(ctx).loadMany(activityIds);
  const entries: TimelineEntry[] = [];
  for (const v of loaded) {
    if (!v || v instanceof Error || !within(v.date, range)) continue;
    entries.push({ date: v.date, activity: v, roles: roles.get(v.id) ?? [], position: null });
  }
  for (const s of positions) if (within(s.date, range)) entries.push({ date: s.date, activity: null, roles: [], position: s });
  return ordered(entries, first);
}

const timelineArgs = `At most this many, oldest first (limit ${MAX_PAGE_SIZE}).`;

builder.objectField(PersonRef, 'timeline', (t) =>
  t.field({
    type: [TimelineEntryRef],
    description: 'The person\'s dated activities and title statements, oldest first.',
    args: { date: t.arg({ type: DateRangeInput }), first: t.arg.int({ defaultValue: MAX_PAGE_SIZE, description: timelineArgs }) },
    resolve: async (p, a, ctx) => {
      const [parts, positions] = await Promise.all([ctx.loaders.participationsOfPerson.load(p.id), ctx.loaders.positionsOfPerson.load(p.id)]);
      return timeline(ctx, a, parts.map((x) => x.activity), new Map(parts.map((x) => [x.activity, x.roles])), positions);
    },
  }),
);

builder.objectField(OrganizationRef, 'timeline', (t) =>
  t.field({
    type: [TimelineEntryRef],
    description: 'Activities the organization organized and statements of titles held there, oldest first.',
    args: { date: t.arg({ type: DateRangeInput }), first: t.arg.int({ defaultValue: MAX_PAGE_SIZE, description: timelineArgs }) },
    resolve: async (o, a, ctx) => {
      const [organized, positions] = await Promise.all([ctx.loaders.activitiesOrganizedBy.load(o.id), ctx.loaders.positionsInOrganization.load(o.id)]);
      return timeline(ctx, a, organized.map((x) => x.node), new Map(), positions);
    },
  }),
);
