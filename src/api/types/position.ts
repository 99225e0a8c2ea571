import { builder } from '../builder.ts';
import { DEFAULT_PAGE_SIZE, LIST_FIRST } from '../limits.ts';
import { firstOf } from '../paging.ts';
import { mergePositions, positionsAsOf } from '../positionsInTime.ts';
import type { PositionRow, PositionStatement } from '../rows.ts';
import { DateScalar } from './dates.ts';
import { ArticleRef, OrganizationRef, PersonRef } from './refs.ts';
import { EvidenceRef } from './evidence.ts';

export const PositionRef = builder.objectRef<PositionRow>('Position').implement({
  description: 'Titles a person holds in an organization, as articles state them.',
  fields: (t) => ({
    titles: t.stringList({ resolve: (p) => p.titles }),
    person: t.field({ type: PersonRef, resolve: (p) => p.person }),
    organization: t.field({ type: OrganizationRef, resolve: (p) => p.organization }),
    firstSeen: t.field({ type: DateScalar, nullable: true, description: 'Issue date of the first article that states these titles.', resolve: (p) => p.firstSeen }),
    lastSeen: t.field({ type: DateScalar, nullable: true, description: 'Issue date of the latest article that states them (up to `asOf` when given).', resolve: (p) => p.lastSeen }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The first article that states it.', resolve: (p) => p.articles[0] ?? null }),
    evidence: t.field({ type: EvidenceRef, nullable: true, description: 'The sentence that states it in the first article that states it, and the rules that read it; null for facts stored before evidence was kept.', resolve: (p) => p.evidence }),
    articles: t.field({ type: [ArticleRef], description: 'The articles that state it, first first.', args: { first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: LIST_FIRST }) }, resolve: (p, args) => firstOf(p.articles, args.first) }),
  }),
});

/** Statements merged into positions, or read as of a day. */
export const positionsOf = (statements: readonly PositionStatement[], asOf: string | null | undefined): PositionRow[] =>
  (asOf ? positionsAsOf(statements, asOf) : mergePositions(statements));

export const asOfArg = {
  type: DateScalar,
  description: 'Only what the latest statement on or before this day says, per person and organization (undated statements left out).',
} as const;
