import { builder } from '../builder.ts';
import { readCount, readKeyed } from '../read.ts';
import { keysetConnection } from '../paging.ts';
import { PAGES_ORDER } from '../orders.ts';
import { pagesCount, pagesPage } from '../queries/articles.ts';
import { ArticleRef, PageRef, toPage } from './refs.ts';
import { DateScalar } from './dates.ts';

PageRef.implement({
  description: 'One page of the newspaper, as ingested from one text file.',
  fields: (t) => ({
    file: t.exposeString('file', { description: 'Its name: the file name, or its path under the folder ingested (2024/05/01/p1.txt).' }),
    hash: t.exposeString('hash', { nullable: true, description: 'SHA-256 of the page text: the provenance of every fact read from it.' }),
    ingestedAt: t.exposeString('ingestedAt', { nullable: true }),
    issueDate: t.field({ type: DateScalar, nullable: true, description: 'The day of the issue the page belongs to.', resolve: (p) => p.issueDate }),
    number: t.exposeString('number', { nullable: true, description: 'The page number in its issue, as printed (3, A3).' }),
    name: t.exposeString('name', { nullable: true, description: 'The page name (工会, 综合).' }),
    articles: t.field({
      type: [ArticleRef],
      description: 'The articles in page order.',
      resolve: (page, _args, ctx) => ctx.loaders.articlesOfPage.load(page.id),
    }),
  }),
});

builder.queryField('pages', (t) =>
  t.connection({
    type: PageRef,
    description: 'The ingested pages, by file name (then id).',
    // Paged in the store: the number of pages grows with every issue ingested.
    resolve: (_root, args, ctx) =>
      keysetConnection(
        args,
        PAGES_ORDER,
        (page) => readKeyed(ctx, pagesPage(page), PAGES_ORDER, toPage),
        () => readCount(ctx, pagesCount()),
      ),
  }),
);
