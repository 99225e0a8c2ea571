import { builder } from '../builder.ts';
import { readCount, readKeyed, readRows } from '../read.ts';
import { keysConnection, keysetConnection } from '../paging.ts';
import { articlesOrder } from '../orders.ts';
import { articleKeys, articlesCount, articlesPage } from '../queries/articles.ts';
import { articleKeyOf, mergeArticleKeys } from '../articleKeys.ts';
import { resolvePageFilter } from '../pageNames.ts';
import type { ArticleNode } from '../rows.ts';
import { ArticleFilterInput, toArticleFilter } from './filters.ts';
import { DateScalar, ListOrderInput, toListOrder } from './dates.ts';
import { AuthorshipRef } from './authorship.ts';
import { PositionRef, positionsOf } from './position.ts';
import { ActivityRef, ArticleRef, OrganizationRef, PageRef, PersonRef, PlaceRef, toArticle } from './refs.ts';

ArticleRef.implement({
  description: 'One article of a page: the source every fact of the graph points back to.',
  fields: (t) => ({
    headline: t.exposeString('headline', { nullable: true }),
    altTitles: t.stringList({ description: 'Kicker, subtitle and section banner lines.', resolve: (a) => a.altTitles ?? [] }),
    section: t.exposeString('section', { nullable: true }),
    body: t.exposeString('body', { nullable: true }),
    index: t.exposeInt('index', { nullable: true, description: '0-based place on the page.' }),
    date: t.field({ type: DateScalar, nullable: true, description: 'The issue date of its page.', resolve: (a) => a.date }),
    page: t.field({
      type: PageRef,
      nullable: true,
      // The article's own page id is a key look-up; walking HAS_ARTICLE reads one relationship per article.
      resolve: async (a, _args, ctx) => a.page ?? (await ctx.loaders.pageOfArticle.load(a.id))[0] ?? null,
    }),
    authors: t.field({ type: [AuthorshipRef], resolve: (a, _args, ctx) => ctx.loaders.authorsOfArticle.load(a.id) }),
    activity: t.field({
      type: ActivityRef,
      nullable: true,
      description: "The article's main activity.",
      resolve: async (a, _args, ctx) => (await ctx.loaders.activityOfArticle.load(a.id))[0] ?? null,
    }),
    people: t.field({ type: [PersonRef], description: 'Everyone named in the article.', resolve: (a, _args, ctx) => ctx.loaders.peopleInArticle.load(a.id) }),
    organizations: t.field({ type: [OrganizationRef], resolve: (a, _args, ctx) => ctx.loaders.organizationsInArticle.load(a.id) }),
    positions: t.field({ type: [PositionRef], description: 'The titles this article gives people.', resolve: async (a, _args, ctx) => positionsOf(await ctx.loaders.positionsInArticle.load(a.id), null) }),
    places: t.field({ type: [PlaceRef], resolve: (a, _args, ctx) => ctx.loaders.placesInArticle.load(a.id) }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    description: 'Articles in page order (or by `orderBy`), filtered by page, person, organization, district or date.',
    args: { filter: t.arg({ type: ArticleFilterInput }), orderBy: t.arg({ type: ListOrderInput }) },
    resolve: async (_root, args, ctx) => {
      const typed = toArticleFilter(args.filter);
      const filter = typed.page ? { ...typed, page: await resolvePageFilter(ctx, typed.page) } : typed;
      const listOrder = toListOrder(args.orderBy);
      const order = articlesOrder(listOrder);
      if (filter.district) {
        return keysConnection(
          args,
          order,
          async () => mergeArticleKeys((await Promise.all(articleKeys(filter, listOrder.field === 'DATE').map((s) => readRows(ctx, s))))
            .map((rows) => rows.flatMap((r) => articleKeyOf(r) ?? [])), listOrder),
          (ids) => ArticleRef.getDataloader(ctx).loadMany(ids) as Promise<(ArticleNode | Error)[]>,
        );
      }
      return keysetConnection(
        args,
        order,
        (page) => readKeyed(ctx, articlesPage(filter, order, page), order, toArticle),
        () => readCount(ctx, articlesCount(filter)),
      );
    },
  }),
);
