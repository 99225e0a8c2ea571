import { builder } from '../builder.ts';
import type { PositionRow } from '../rows.ts';
import { ArticleRef, OrganizationRef, PersonRef } from './refs.ts';

export const PositionRef = builder.objectRef<PositionRow>('Position').implement({
  description: 'Titles a person holds in an organization, as articles state them.',
  fields: (t) => ({
    titles: t.stringList({ resolve: (p) => p.titles }),
    person: t.field({ type: PersonRef, resolve: (p) => p.person }),
    organization: t.field({ type: OrganizationRef, resolve: (p) => p.organization }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The first article that states it.', resolve: (p) => p.articles[0] ?? null }),
    articles: t.field({ type: [ArticleRef], description: 'Every article that states it.', resolve: (p) => p.articles }),
  }),
});
