import { builder } from '../builder.ts';
import type { ParticipationRow } from '../rows.ts';
import { ParticipantRoleEnum } from './enums.ts';
import { ActivityRef, ArticleRef, PersonRef } from './refs.ts';
import { EvidenceRef } from './evidence.ts';

export const ParticipationRef = builder.objectRef<ParticipationRow>('Participation').implement({
  description: 'A person taking part in an activity, with the roles the article gives them.',
  fields: (t) => ({
    roles: t.field({ type: [ParticipantRoleEnum], resolve: (p) => p.roles }),
    person: t.field({ type: PersonRef, resolve: (p) => p.person }),
    activity: t.field({ type: ActivityRef, resolve: (p) => p.activity }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The source article.', resolve: (p) => p.article }),
    evidence: t.field({ type: EvidenceRef, nullable: true, description: 'The sentence that states it, and the rules that read it; null for facts stored before evidence was kept.', resolve: (p) => p.evidence }),
  }),
});
