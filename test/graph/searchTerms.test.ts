// The terms of the embedded search index and the snippet of a hit, as tables.
import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../src/api/snippet.ts';
import { indexTerms, queryParts } from '../../src/graph/search/terms.ts';

describe('index terms', () => {
  it.each<[string, string[]]>([
    // every two-character piece, and jieba's whole words of three or more
    ['赵丽君出席', ['赵丽', '丽君', '君出', '出席', '赵丽君']],
    // Traditional read as Simplified
    ['趙麗君', ['赵丽', '丽君', '赵丽君']],
    // a lone Han character between other characters stands for itself; Latin and digits lowercased, full-width as ASCII
    ['２０２４年APP', ['年', '2024', 'app']],
  ])('%s → %j', (text, terms) => {
    expect(indexTerms(text).sort()).toEqual(terms.sort());
  });
});

describe('query parts', () => {
  it.each<[string, unknown]>([
    ['劳模', [{ text: '劳模', all: [{ any: ['劳模'] }] }]],
    // a whole word rides on its first piece
    ['趙麗君', [{ text: '赵丽君', all: [{ any: ['赵丽', '赵丽君'] }, { any: ['丽君'] }] }]],
    // a space separates parts; a lone character is the start of a piece
    ['赵 工会', [{ text: '赵', all: [{ any: ['赵'], prefix: true }] }, { text: '工会', all: [{ any: ['工会'] }] }]],
    ['  。 ', []],
  ])('%s → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });
});

describe('snippets', () => {
  const body = `${'前'.repeat(30)}赵丽君出席${'后'.repeat(100)}`;
  it.each<[ReadonlyArray<readonly [string, string]>, string[], { field: string; text: string }]>([
    [[['headline', '劳模赵丽君获奖']], ['赵丽君'], { field: 'headline', text: '劳模【赵丽君】获奖' }],
    // the headline first; a body cut around the match, … where cut
    [[['headline', '工会活动'], ['body', body]], ['赵丽君'], { field: 'body', text: `…${'前'.repeat(20)}【赵丽君】出席${'后'.repeat(55)}…` }],
    // the stored Traditional text quoted, matched through its Simplified form; every part marked
    [[['body', '趙麗君出席大會']], ['赵丽君', '大会'], { field: 'body', text: '【趙麗君】出席【大會】' }],
    // pieces found apart: the start of the first field, unmarked
    [[['headline', '赵丽与丽君']], ['赵丽君'], { field: 'headline', text: '赵丽与丽君' }],
  ])('%j %j', (fields, parts, snippet) => {
    expect(snippetOf(fields, parts)).toEqual(snippet);
  });
});
