// The embedded search's inverted index on invented texts of the genre: what
// matches (every term, any of its forms, a prefix), how it ranks (a boosted
// field, a rarer term, a shorter text, more of the query held), and that
// dropping, vacuuming and a save and load change no answer.
import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../src/graph/search/inverted.ts';
import { queryParts } from '../../src/graph/search/terms.ts';

const FIELDS = ['headline', 'body', 'name'];
const BOOST = { headline: 3, body: 1, name: 3 };

const DOCS: [string, Record<string, string>][] = [
  ['a1', { headline: '区总工会开展技能竞赛', body: '本报讯 近日，区总工会在园区举办职工技能竞赛，三百余名职工参赛。' }],
  ['a2', { headline: '春节前夕走访慰问困难职工', body: '区总工会负责人一行走访慰问困难职工，送去慰问金。技能人才代表参加座谈。' }],
  ['a3', { headline: '街道工会组织职工体检', body: '街道工会为辖区职工安排免费体检，并开展健康讲座。' }],
  ['p1', { name: '赵丽君' }],
  ['p2', { name: '赵明' }],
  ['p3', { name: '钱丽华' }],
];

const build = () => {
  const index = new TermIndex(FIELDS);
  for (const [id, texts] of DOCS) index.add(id, id.startsWith('p') ? 1 : 0, texts);
  return index;
};
const terms = (q: string) => queryParts(q).flatMap((p) => p.all);
const ids = (index: TermIndex, q: string, keep: ((k: number) => boolean) | null = null) =>
  index.search(terms(q), BOOST, keep).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).map((h) => h.id);
const scores = (index: TermIndex, q: string) =>
  Object.fromEntries(index.search(terms(q), BOOST, null).map((h) => [h.id, h.score]));

describe('TermIndex', () => {
  it('finds the documents that hold every piece of the query, and no other', () => {
    const index = build();
    expect(ids(index, '技能竞赛')).toEqual(['a1']);
    expect(ids(index, '慰问').sort()).toEqual(['a2']);
    expect(ids(index, '职工').sort()).toEqual(['a1', 'a2', 'a3']);
    // Both parts of a spaced query, in any documents that hold both.
    expect(ids(index, '工会 体检')).toEqual(['a3']);
    expect(ids(index, '竞赛 体检')).toEqual([]);
    expect(ids(index, '孙悟空')).toEqual([]);
  });

  it('ranks a word in a boosted field above the same word once in a body', () => {
    const index = build();
    // 技能 is in a1's headline and body, and once in a2's body only.
    expect(ids(index, '技能')).toEqual(['a1', 'a2']);
    const s = scores(index, '技能');
    expect(s.a1).toBeGreaterThan(3 * s.a2 * 0.9);
  });

  it('scores a rarer term higher than a common one in the same place', () => {
    const index = build();
    const rare = scores(index, '体检').a3;
    const common = scores(index, '职工').a3;
    expect(rare).toBeGreaterThan(common);
  });

  it('matches a lone character as the start of a term, the exact name first, and filters by kind', () => {
    const index = build();
    expect(ids(index, '赵', (k) => k === 1).sort()).toEqual(['p1', 'p2']);
    expect(ids(index, '丽', (k) => k === 1).sort()).toEqual(['p1', 'p3']);
    // A whole word of the query rides on its first piece: the name jieba cuts whole scores above its pieces alone.
    expect(ids(index, '赵丽君')).toEqual(['p1']);
    expect(ids(index, '赵', (k) => k === 0)).toEqual([]);
  });

  it('forgets a dropped or replaced document, and a vacuum changes no score', () => {
    const index = build();
    const before = scores(index, '职工');
    index.discard('a3');
    expect(index.documentCount).toBe(5);
    expect(index.dropped).toBe(1);
    expect(ids(index, '体检')).toEqual([]);
    const dropped = scores(index, '职工');
    expect(Object.keys(dropped).sort()).toEqual(['a1', 'a2']);
    expect(dropped.a1).not.toBeCloseTo(before.a1, 10);
    index.add('a2', 0, { headline: '劳模工作室揭牌', body: '劳模工作室在园区揭牌。' });
    expect(ids(index, '慰问')).toEqual([]);
    expect(ids(index, '劳模')).toEqual(['a2']);
    const unvacuumed = { ...scores(index, '园区'), ...scores(index, '工会') };
    index.vacuum();
    expect(index.dropped).toBe(0);
    expect({ ...scores(index, '园区'), ...scores(index, '工会') }).toEqual(unvacuumed);
  });

  it('gives the same answers after a save and a load, and refuses an index of other fields', () => {
    const index = build();
    index.discard('p2');
    const { saved, arrays } = index.save();
    // As a file gives them back: the plain part through JSON, the arrays as one run of numbers.
    const plain = JSON.parse(JSON.stringify(saved));
    const numbers = new Uint32Array(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const a of arrays) { numbers.set(a, at); at += a.length; }
    const loaded = TermIndex.load(plain, numbers, FIELDS)!;
    expect(loaded.documentCount).toBe(5);
    for (const q of ['职工', '技能', '赵', '区总工会', '工会 体检']) expect(scores(loaded, q)).toEqual(scores(index, q));
    loaded.add('a4', 0, { headline: '职工书屋', body: '职工书屋开放。' });
    expect(ids(loaded, '书屋')).toEqual(['a4']);
    // Adding to a loaded index leaves what it was loaded from as it was.
    expect(ids(TermIndex.load(plain, numbers, FIELDS)!, '书屋')).toEqual([]);
    expect(TermIndex.load(plain, numbers, ['headline', 'body'])).toBeNull();
    expect(TermIndex.load(plain, numbers.subarray(1), FIELDS)).toBeNull();
  });
});
