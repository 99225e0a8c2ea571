import { idOfRow, nodeListConnection } from '../nodeLists.ts';
import { position } from '../loaders.ts';
import { firstPositionHolders, positionsOfHolders } from '../queries/relations.ts';
import type { ApiContext } from '../context.ts';
import { rankNameMatches, type NameMatch, type NameMatchRow } from '../nameMatches.ts';
import { builder } from '../builder.ts';
import { readCount, readKeyed, readRows } from '../read.ts';
import { ORGANIZATION_MENTIONED_IN_ORDER, ORGANIZATION_ORGANIZED_ORDER, ORGANIZATIONS_ORDER } from '../orders.ts';
import { boundedText, DEFAULT_PAGE_SIZE, LIST_FIRST, MAX_PAGE_SIZE, pageSize } from '../limits.ts';
import { firstOf, keysetConnection } from '../paging.ts';
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
      args: { asOf: t.arg(asOfArg), first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: LIST_FIRST }) },
      resolve: async (o, args, ctx) => {
        const first = pageSize(args.first, MAX_PAGE_SIZE);
        const holders = (await ctx.loaders.statementRows.load(firstPositionHolders(o.id, first, args.asOf ?? null))).map((r) => String(r.holder));
        const rows = holders.length ? await ctx.loaders.statementRows.load(positionsOfHolders(o.id, holders)) : [];
        return firstOf(positionsOf(rows.map(position), args.asOf), first);
      },
    }),
    organized: t.connection(
      {
        type: ActivityRef,
        description: 'Activities it organized, in page order.',
        resolve: (o, args, ctx) => nodeListConnection(ctx, args, ORGANIZATION_ORGANIZED_ORDER, 'Organization.organized', o.id, idOfRow),
      },
      { name: 'OrganizationOrganizedConnection' },
      { name: 'OrganizationOrganizedEdge' },
    ),
    mentionedIn: t.connection(
      {
        type: ArticleRef,
        description: 'Articles that name it.',
        resolve: (o, args, ctx) => nodeListConnection(ctx, args, ORGANIZATION_MENTIONED_IN_ORDER, 'Organization.mentionedIn', o.id, idOfRow),
      },
      { name: 'OrganizationMentionedInConnection' },
      { name: 'OrganizationMentionedInEdge' },
    ),
  }),
});

const OrganizationMatchRef = builder.objectRef<NameMatch>('OrganizationMatch').implement({
  description: 'An organization a name can mean.',
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (m) => m.id }),
    canonical: t.exposeBoolean('canonical', { description: 'The name is its canonical name.' }),
    homeCity: t.exposeBoolean('homeCity', { description: "Its canonical name is of the paper's own city." }),
    mentions: t.exposeInt('mentions', { description: 'Mentions that used this name for it (as an alias).' }),
  }),
});

export const nameMatches = async (ctx: ApiContext, name: string): Promise<NameMatch[]> =>
  rankNameMatches((await readRows(ctx, organizationsByName(name))) as unknown as NameMatchRow[], name, ctx.homeCity);

builder.queryFields((t) => ({
  organization: t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'An organization by canonical name or by any alias (市总工会). A name several organizations have means, in order: '
      + 'the one whose canonical name it is, one of the paper\'s own city, the one most articles meant by it; `organizationMatches` lists them all.',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const name = boundedText('name', args.name);
      const [best] = await nameMatches(ctx, name);
      return best ? OrganizationRef.getDataloader(ctx).load(best.id) : null;
    },
  }),
  organizationMatches: t.field({
    type: [OrganizationMatchRef],
    description: 'Every organization that has this name, canonical or alias, in the order `organization(name:)` ranks them.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => nameMatches(ctx, boundedText('name', args.name)),
  }),
  organizations: t.connection({
    type: OrganizationRef,
    description: 'Organizations by name; `search` keeps those whose name contains it or that have it as an alias.',
    args: { search: t.arg.string() },
    resolve: (_root, args, ctx) => {
      const search = boundedText('search', args.search);
      return keysetConnection(
        args,
        ORGANIZATIONS_ORDER,
        (page) => readKeyed(ctx, organizationsPage(search, page), ORGANIZATIONS_ORDER, toOrganization),
        () => readCount(ctx, organizationsCount(search)),
      );
    },
  }),
}));
