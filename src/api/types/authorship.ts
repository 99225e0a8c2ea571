import { builder } from '../builder.ts';
import type { AuthorshipRow } from '../rows.ts';
import { AuthorRoleEnum } from './enums.ts';
import { ArticleRef, PersonRef } from './refs.ts';
import { EvidenceRef } from './evidence.ts';

export const AuthorshipRef = builder.objectRef<AuthorshipRow>('Authorship').implement({
  description: 'A byline: who wrote or photographed an article, in which role.',
  fields: (t) => ({
    role: t.field({ type: AuthorRoleEnum, resolve: (a) => a.role }),
    person: t.field({ type: PersonRef, resolve: (a) => a.person }),
    article: t.field({ type: ArticleRef, resolve: (a) => a.article }),
    evidence: t.field({ type: EvidenceRef, nullable: true, description: 'The sentence that states it (the byline), and the rules that read it; null for facts stored before evidence was kept.', resolve: (a) => a.evidence }),
  }),
});
