import { builder } from '../builder.ts';
import { pagePlace } from '../../graph/ids.ts';
import { readCount, readKeyed, readRows } from '../read.ts';
import { inOrder, keysConnection, keysetConnection } from '../paging.ts';
import { activitiesOrder } from '../orders.ts';
import { activitiesCount, activitiesPage, activityIds, startsFromNode } from '../queries/activities.ts';
import type { ActivityNode } from '../rows.ts';
import { ActivityKindEnum } from './enums.ts';
import { DatePrecisionEnum, DateScalar, ListOrderInput, toListOrder } from './dates.ts';
import { ActivityFilterInput, toActivityFilter } from './filters.ts';
import { ParticipationRef } from './participation.ts';
import { ActivityRef, ArticleRef, DistrictRef, OrganizationRef, toActivity } from './refs.ts';

interface ActivityDate { value: string; precision: 'day' | 'month'; fromIssue: boolean; text: string | null }

const ActivityDateRef = builder.objectRef<ActivityDate>('ActivityDate').implement({
  description: 'When an activity took place: the day or month its article gives, or the issue date where it gives none.',
  fields: (t) => ({
    value: t.field({ type: DateScalar, description: 'The day (for a month: its first day).', resolve: (d) => d.value }),
    precision: t.field({ type: DatePrecisionEnum, resolve: (d) => d.precision }),
    fromIssue: t.exposeBoolean('fromIssue', { description: 'True when the article gives no day and this is the issue date (an upper bound).' }),
    text: t.exposeString('text', { nullable: true, description: 'The words the date was read from: 昨天, 1月31日.' }),
  }),
});

ActivityRef.implement({
  description: 'The main event an article reports: a visit, a meeting, a contest…',
  fields: (t) => ({
    kind: t.field({ type: ActivityKindEnum, resolve: (a) => a.kind }),
    date: t.field({
      type: ActivityDateRef,
      nullable: true,
      description: 'Null when neither the article nor its page gives a date.',
      resolve: (a) => (a.date ? { value: a.date, precision: a.datePrecision === 'month' ? 'month' as const : 'day' as const, fromIssue: a.dateSource === 'issue', text: a.dateText } : null),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The article that reports it.',
      resolve: async (a, _args, ctx) => a.article ?? (await ctx.loaders.articleOfActivity.load(a.id))[0] ?? null,
    }),
    districts: t.field({ type: [DistrictRef], resolve: (a, _args, ctx) => ctx.loaders.districtsOfActivity.load(a.id) }),
    organizers: t.field({ type: [OrganizationRef], resolve: (a, _args, ctx) => ctx.loaders.organizersOfActivity.load(a.id) }),
    participants: t.field({
      type: [ParticipationRef],
      description: 'People who took part, with their roles, in the order the article names them.',
      resolve: (a, _args, ctx) => ctx.loaders.participantsOfActivity.load(a.id),
    }),
  }),
});

builder.queryField('activities', (t) =>
  t.connection({
    type: ActivityRef,
    description: 'Activities in page order (or by `orderBy`), filtered by kind, district, organizer, participant, role and date.',
    args: { filter: t.arg({ type: ActivityFilterInput }), orderBy: t.arg({ type: ListOrderInput }) },
    resolve: (_root, args, ctx) => {
      const filter = toActivityFilter(args.filter);
      const listOrder = toListOrder(args.orderBy);
      const order = activitiesOrder(listOrder);
      if (listOrder.field === 'PAGE' && startsFromNode(filter)) {
        return keysConnection(
          args,
          order,
          async () => inOrder((await readRows(ctx, activityIds(filter))).flatMap((r) => {
            const id = String(r.id);
            const at = pagePlace(id);
            return at ? [{ node: id, key: [at.page, at.position, id] }] : [];
          }), order),
          (ids) => ActivityRef.getDataloader(ctx).loadMany(ids) as Promise<(ActivityNode | Error)[]>,
        );
      }
      return keysetConnection(
        args,
        order,
        (page) => readKeyed(ctx, activitiesPage(filter, order, page), order, toActivity),
        () => readCount(ctx, activitiesCount(filter)),
      );
    },
  }),
);
