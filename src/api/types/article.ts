import { builder } from '../builder.ts';
import { readCount, readRows } from '../read.ts';
import { offsetConnection } from '../paging.ts';
import { articlesCount, articlesPage } from '../queries/articles.ts';
import { ArticleFilterInput, toArticleFilter } from './filters.ts';
import { AuthorshipRef } from './authorship.ts';
import { PositionRef } from './position.ts';
import { ActivityRef, ArticleRef, OrganizationRef, PageRef, PersonRef, PlaceRef, toArticle } from './refs.ts';

ArticleRef.implement({
  description: 'One article of a page: the source every fact of the graph points back to.',
  fields: (t) => ({
    headline: t.exposeString('headline', { nullable: true }),
    altTitles: t.stringList({ description: 'Kicker, subtitle and section banner lines.', resolve: (a) => a.altTitles ?? [] }),
    section: t.exposeString('section', { nullable: true }),
    body: t.exposeString('body', { nullable: true }),
    index: t.exposeInt('index', { nullable: true, description: '0-based place on the page.' }),
    page: t.field({
      type: PageRef,
      nullable: true,
      resolve: async (a, _args, ctx) => (await ctx.loaders.pageOfArticle.load(a.id))[0] ?? null,
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
    positions: t.field({ type: [PositionRef], description: 'The titles this article gives people.', resolve: (a, _args, ctx) => ctx.loaders.positionsInArticle.load(a.id) }),
    places: t.field({ type: [PlaceRef], resolve: (a, _args, ctx) => ctx.loaders.placesInArticle.load(a.id) }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    description: 'Articles in page order, filtered by page, person, organization or district.',
    args: { filter: t.arg({ type: ArticleFilterInput }) },
    resolve: (_root, args, ctx) => {
      const filter = toArticleFilter(args.filter);
      return offsetConnection(
        args,
        async (offset, limit) => (await readRows(ctx, articlesPage(filter, offset, limit))).map(toArticle),
        () => readCount(ctx, articlesCount(filter)),
      );
    },
  }),
);
