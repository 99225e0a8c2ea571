// search(query:): ranked full-text hits over article headlines and bodies,
// person names, organization names and aliases, and place names, each with a
// snippet that marks what matched 【like this】.
import { KgError } from '../../errors.ts';
import { SEARCH_KIND_NAMES, SEARCH_KINDS, type SearchKind, type SearchMatch } from '../../graph/search/searchIndex.ts';
import { queryParts } from '../../graph/search/terms.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { boundedText, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from '../limits.ts';
import { snippetOf, type Snippet } from '../snippet.ts';
import { NodeInterface } from './path.ts';
import { loadNode } from './refs.ts';

export const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What a search finds: articles (by headline and body), people, organizations (by name and alias), places.',
  values: Object.fromEntries(SEARCH_KIND_NAMES.map((k) => [k, { value: k }])) as Record<SearchKind, { value: SearchKind }>,
});

interface Hit extends SearchMatch { parts: string[] }

/** The text fields of a loaded node, in the order a snippet looks at them (an organization's aliases one by one). */
function fieldsOf(kind: SearchKind, node: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const f of SEARCH_KINDS[kind].fields) {
    const v = node[f];
    if (Array.isArray(v)) for (const x of v) out.push([f, String(x)]);
    else if (typeof v === 'string') out.push([f, v]);
  }
  return out;
}

async function snippet(ctx: ApiContext, hit: Hit): Promise<Snippet> {
  const node = await loadNode(ctx, hit.id);
  return snippetOf(node ? fieldsOf(hit.kind, node as unknown as Record<string, unknown>) : [], hit.parts);
}

const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One search hit.',
  fields: (t) => ({
    score: t.float({ description: 'Relevance: higher is better; comparable within one search only.', resolve: (h) => h.score }),
    kind: t.field({ type: SearchKindEnum, resolve: (h) => h.kind }),
    node: t.field({ type: NodeInterface, resolve: (h, _a, ctx) => loadNode(ctx, h.id) as never }),
    field: t.string({ description: 'The field the snippet is from: headline, body, name or aliases.', resolve: async (h, _a, ctx) => (await snippet(ctx, h)).field }),
    snippet: t.string({
      description: 'The words around the match in that field, each occurrence of the query marked 【】, … where the text is cut.',
      resolve: async (h, _a, ctx) => (await snippet(ctx, h)).text,
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: 'Full-text search, best hits first. Chinese needs no spaces; a space separates parts that must all be found. '
      + 'Traditional characters find Simplified text (趙麗君 finds 赵丽君).',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: `At most this many hits (default ${DEFAULT_PAGE_SIZE}, limit ${MAX_PAGE_SIZE}).` }),
      kinds: t.arg({ type: [SearchKindEnum], description: 'Only these kinds (default all).' }),
    },
    resolve: async (_root, args, ctx) => {
      const text = boundedText('query', args.query);
      const parts = queryParts(text).map((p) => p.text);
      if (!parts.length) throw new KgError('BAD_REQUEST', '"query" must have a word to search for', { argument: 'query' });
      const search = ctx.store.search;
      if (!search) throw new KgError('STORE_ERROR', 'this store was opened without its search index');
      const matches = await search.find({ text, kinds: args.kinds ?? [], limit: pageSize(args.first) });
      // A hit whose node is gone (a write in between) is left out.
      const nodes = await Promise.all(matches.map((m) => loadNode(ctx, m.id)));
      return matches.filter((_m, i) => nodes[i]).map((m) => ({ ...m, parts }));
    },
  }),
}));
