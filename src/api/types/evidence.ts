// Evidence: the sentence of its article a fact was read from, and the rules
// that read it. The store keeps the sentence's span of the article's body; the
// text is read from the body (the article is loaded once per request).
import { builder } from '../builder.ts';
import type { EvidenceRow } from '../rows.ts';
import { ArticleRef } from './refs.ts';

export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence').implement({
  description: 'Where a fact was read: the sentence of the article that states it, its place in the body, and the extraction rules behind it.',
  fields: (t) => ({
    text: t.string({
      description: 'The sentence (or the byline or title line the fact was read from).',
      resolve: async (e, _a, ctx) => {
        if (e.text !== null) return e.text;
        const body = e.article ? (await ArticleRef.getDataloader(ctx).load(e.article))?.body ?? '' : '';
        return body.slice(e.start, e.end);
      },
    }),
    start: t.int({ nullable: true, description: 'Where the sentence starts in the article\'s body (UTF-16 code units); null for a line outside the body.', resolve: (e) => (e.text !== null ? null : e.start) }),
    end: t.int({ nullable: true, description: 'Where it ends (exclusive); null for a line outside the body.', resolve: (e) => (e.text !== null ? null : e.end) }),
    rule: t.string({ nullable: true, description: 'The main rule that made the fact (the first of `rules`).', resolve: (e) => e.rules[0] ?? null }),
    rules: t.stringList({ description: 'Every rule that made the fact (see `kg extract --trace`).', resolve: (e) => e.rules }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article it was read from.', resolve: (e) => e.article }),
  }),
});
