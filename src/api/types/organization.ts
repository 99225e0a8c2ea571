import { KgError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { readCount, readRows } from '../read.ts';
import { boundedText } from '../limits.ts';
import { arrayConnection, offsetConnection } from '../paging.ts';
import { organizationsByName } from '../queries/nodes.ts';
import { organizationsCount, organizationsPage } from '../queries/articles.ts';
import { OrganizationKindEnum } from './enums.ts';
import { asOfArg, PositionRef, positionsOf } from './position.ts';
import { ActivityRef, ArticleRef, OrganizationRef, toOrganization } from './refs.ts';

OrganizationRef.implement({
  description: 'A named body, under its canonical name (北京市总工会), with the aliases articles use (市总工会).',
  fields: (t) => ({
    name: t.exposeString('name'),
    aliases: t.stringList({ resolve: (o) => o.aliases ?? [] }),
    kind: t.field({ type: OrganizationKindEnum, nullable: true, resolve: (o) => o.kind }),
    positions: t.field({
      type: [PositionRef],
      description: 'People holding positions there, with their titles and the first and last issue that says so.',
      args: { asOf: t.arg(asOfArg) },
      resolve: async (o, args, ctx) => positionsOf(await ctx.loaders.positionsInOrganization.load(o.id), args.asOf),
    }),
    organized: t.connection(
      {
        type: ActivityRef,
        description: 'Activities it organized, in page order.',
        resolve: async (o, args, ctx) => arrayConnection(args, await ctx.loaders.activitiesOrganizedBy.load(o.id)),
      },
      { name: 'OrganizationOrganizedConnection' },
      { name: 'OrganizationOrganizedEdge' },
    ),
    mentionedIn: t.connection(
      {
        type: ArticleRef,
        description: 'Articles that name it.',
        resolve: async (o, args, ctx) => arrayConnection(args, await ctx.loaders.articlesMentioningOrganization.load(o.id)),
      },
      { name: 'OrganizationMentionedInConnection' },
      { name: 'OrganizationMentionedInEdge' },
    ),
  }),
});

builder.queryFields((t) => ({
  organization: t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'An organization by canonical name or by any alias (市总工会). An alias several organizations share is an error that lists them.',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const name = boundedText('name', args.name);
      const rows = await readRows(ctx, organizationsByName(name));
      const canonical = rows.find((r) => r.canonical === true);
      if (!canonical && rows.length > 1) {
        const ids = rows.map((r) => String(r.id));
        throw new KgError('BAD_REQUEST', `"${name}" is an alias of ${rows.length} organizations: ${ids.map((i) => i.replace(/^org:/, '')).join(', ')}; ask for one by its full name`, { candidates: ids });
      }
      const id = canonical?.id ?? rows[0]?.id;
      return id ? OrganizationRef.getDataloader(ctx).load(String(id)) : null;
    },
  }),
  organizations: t.connection({
    type: OrganizationRef,
    description: 'Organizations by name; `search` keeps those whose name contains it or that have it as an alias.',
    args: { search: t.arg.string() },
    resolve: (_root, args, ctx) => {
      const search = boundedText('search', args.search);
      return offsetConnection(
        args,
        async (offset, limit) => (await readRows(ctx, organizationsPage(search, offset, limit))).map(toOrganization),
        () => readCount(ctx, organizationsCount(search)),
      );
    },
  }),
}));
