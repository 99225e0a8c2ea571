// Who a name is, decided mention by mention: invented articles in the genre,
// as the extraction gives them.
import { describe, expect, it } from 'vitest';
import type { ArticleFacts, PageExtraction } from '../../src/extract/types.ts';
import { mentionContexts, parseOverrides, PeopleResolver } from '../../src/graph/people.ts';

interface Said { positions?: [string, string][]; occupation?: [string, string][]; byline?: [string, string][]; districts?: string[]; people?: string[] }

/** An article's facts: the people named, with the organizations, occupations, bylines and districts it gives. */
function article(s: Said): ArticleFacts {
  const names = new Set([...(s.people ?? []), ...(s.positions ?? []).map(([n]) => n), ...(s.occupation ?? []).map(([n]) => n)]);
  return {
    headline: '', alt_titles: [], section: null, body: '', places: [],
    authors: (s.byline ?? []).map(([name, role]) => ({ name, role })),
    people: [...names].map((name) => ({ name, occupation: s.occupation?.find(([n]) => n === name)?.[1] ?? null })),
    organizations: [],
    positions: (s.positions ?? []).map(([name, organization]) => ({ name, organization, titles: ['主席'] })),
    participants: [...names].map((name) => ({ name, roles: ['attendee'] })),
    activity: { kind: 'meeting', districts: s.districts ?? [], organizers: [], date: null },
  } as unknown as ArticleFacts;
}

const page = (file: string, ...articles: ArticleFacts[]): PageExtraction => ({ file, articles } as PageExtraction);

/** The person each article's mention of `name` resolves to, page after page, with the reason. */
function resolveAll(name: string, pages: PageExtraction[], resolver = new PeopleResolver([])) {
  return pages.flatMap((p) => [...resolver.resolvePage(p).values()].map((d) => {
    const x = d.get(name)!;
    return `${x.id} ${x.reason}`;
  }));
}

describe('mentionContexts', () => {
  it('gives each name the organizations, occupation, districts and companions the article gives', () => {
    const ctx = mentionContexts(article({ positions: [['张伟', '东城区总工会']], occupation: [['李梅', '教师']], districts: ['东城区'], byline: [['王明', 'reporter']] }));
    expect(ctx.get('张伟')).toEqual(['org:东城区总工会', 'district:东城区', 'peer:李梅']);
    expect(ctx.get('李梅')).toEqual(['role:教师', 'district:东城区', 'peer:张伟']);
    // A staff byline is its own context, and names no district or companion.
    expect(ctx.get('王明')).toEqual(['role:byline']);
  });

  it('does not take a correspondent for the paper\'s staff', () => {
    expect(mentionContexts(article({ byline: [['包丽', 'correspondent']] })).get('包丽')).toEqual([]);
  });
});

describe('PeopleResolver', () => {
  it.each([
    ['one organization, a changing title: one person', [
      article({ positions: [['张伟', '东城区总工会']] }),
      article({ positions: [['张伟', '东城区总工会']], districts: ['东城区'] }),
    ], ['person:张伟 first', 'person:张伟 context']],
    ['another organization and nothing shared: two persons', [
      article({ positions: [['张伟', '东城区总工会']] }),
      article({ positions: [['张伟', '海淀区科学技术协会']], districts: ['海淀区'] }),
    ], ['person:张伟 first', 'person:张伟~2 split']],
    ['an occupation unlike the title: two persons', [
      article({ positions: [['张伟', '东城区总工会']] }),
      article({ occupation: [['张伟', '快递员']] }),
    ], ['person:张伟 first', 'person:张伟~2 split']],
    ['a mention that says nothing joins the one most mentioned', [
      article({ positions: [['张伟', '东城区总工会']] }),
      article({ positions: [['张伟', '海淀区科学技术协会']] }),
      article({ positions: [['张伟', '东城区总工会']] }),
      article({ people: ['张伟'] }),
    ], ['person:张伟 first', 'person:张伟~2 split', 'person:张伟 context', 'person:张伟 no-context']],
    ['a district alone does not tell them apart: joins', [
      article({ positions: [['张伟', '东城区总工会']] }),
      article({ people: ['张伟'], districts: ['西城区'] }),
    ], ['person:张伟 first', 'person:张伟 no-context']],
    ['other organizations but two companions in common: one person who moved', [
      article({ positions: [['张伟', '东城区总工会']], people: ['王红', '李强'] }),
      article({ positions: [['张伟', '北京市总工会']], people: ['王红', '李强'] }),
    ], ['person:张伟 first', 'person:张伟 context']],
    ['the paper\'s reporter and an official of the same name: two persons', [
      article({ positions: [['王明', '西城区总工会']] }),
      article({ byline: [['王明', 'reporter']] }),
      article({ byline: [['王明', 'photographer']] }),
    ], ['person:王明 first', 'person:王明~2 split', 'person:王明~2 context']],
  ])('%s', (_what, articles, expected) => {
    const name = expected[0]!.split(' ')[0]!.slice('person:'.length);
    expect(resolveAll(name, articles.map((a, i) => page(`p${i}.txt`, a)))).toEqual(expected);
  });

  it('finds the persons it made before: the same pages give the same ids again', () => {
    const pages = [page('a.txt', article({ positions: [['张伟', '东城区总工会']] })), page('b.txt', article({ positions: [['张伟', '海淀区科学技术协会']] }))];
    const first = new PeopleResolver([]);
    resolveAll('张伟', pages, first);
    const again = new PeopleResolver(first.changed());
    expect(resolveAll('张伟', pages, again)).toEqual(['person:张伟 context', 'person:张伟~2 context']);
  });

  it('applies a curator\'s merge and split to the pages ingested next, with ids that stay', () => {
    const pages = [
      page('a.txt', article({ positions: [['张伟', '东城区总工会']] })),
      page('b.txt', article({ positions: [['张伟', '海淀区科学技术协会']] })),
      page('c.txt', article({ positions: [['张伟', '东城区总工会']] })),
    ];
    const before = new PeopleResolver([]);
    expect(resolveAll('张伟', pages, before)).toEqual(['person:张伟 first', 'person:张伟~2 split', 'person:张伟 context']);
    const overrides = parseOverrides(JSON.stringify({
      merge: [{ ids: ['person:张伟~2'], into: 'person:张伟' }],
      split: [{ article: 'article:c.txt#0', name: '张伟' }],
    }), 'people.json');
    const after = new PeopleResolver(before.changed(), overrides);
    expect(resolveAll('张伟', pages, after)).toEqual(['person:张伟 context', 'person:张伟 merged', 'person:张伟~3 split-by-curator']);
    expect(after.changed().find((p) => p.id === 'person:张伟')!.mergedFrom).toEqual(['person:张伟~2']);
    const again = new PeopleResolver(after.changed(), overrides);
    expect(resolveAll('张伟', pages, again).at(-1)).toBe('person:张伟~3 split-by-curator');
  });
});

describe('parseOverrides', () => {
  it.each([
    ['[]', 'expected an object'],
    ['{"merge": [{"ids": ["张伟"], "into": "person:张伟"}]}', 'merge 1: expected'],
    ['{"split": [{"article": "x", "name": "张伟"}]}', 'split 1: expected'],
    ['{"merges": []}', 'unknown key "merges"'],
    ['{', 'not JSON'],
  ])('%s is refused: %s', (text, message) => {
    expect(() => parseOverrides(text, 'data/people.json')).toThrow(`data/people.json: ${message}`);
  });
});
