import { builder } from '../builder.ts';
import { readCount, readRows } from '../read.ts';
import { offsetConnection } from '../paging.ts';
import { activitiesCount, activitiesPage } from '../queries/activities.ts';
import { ActivityKindEnum } from './enums.ts';
import { ActivityFilterInput, toActivityFilter } from './filters.ts';
import { ParticipationRef } from './participation.ts';
import { ActivityRef, ArticleRef, DistrictRef, OrganizationRef, toActivity } from './refs.ts';

ActivityRef.implement({
  description: 'The main event an article reports: a visit, a meeting, a contest…',
  fields: (t) => ({
    kind: t.field({ type: ActivityKindEnum, resolve: (a) => a.kind }),
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
    description: 'Activities in page order, filtered by kind, district, organizer, participant and role.',
    args: { filter: t.arg({ type: ActivityFilterInput }) },
    resolve: (_root, args, ctx) => {
      const filter = toActivityFilter(args.filter);
      return offsetConnection(
        args,
        async (offset, limit) => (await readRows(ctx, activitiesPage(filter, offset, limit))).map(toActivity),
        () => readCount(ctx, activitiesCount(filter)),
      );
    },
  }),
);
