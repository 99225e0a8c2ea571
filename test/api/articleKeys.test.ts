import { describe, expect, it } from 'vitest';
import { mergeArticleKeys, type ArticleKey } from '../../src/api/articleKeys.ts';

const k = (page: string, position: number, date: string | null = null): ArticleKey => ({ id: `article:${page}#${position}`, page: `page:${page}`, position, date });

describe('mergeArticleKeys', () => {
  const byActivity = [k('b.txt', 0, '2024-03-01'), k('a.txt', 2, '2024-01-05')];
  const byPlace = [k('a.txt', 2, '2024-01-05'), k('a.txt', 0), k('c.txt', 1, '2024-02-01')];
  const ids = (keys: { node: string }[]) => keys.map((x) => x.node.slice(8));

  it.each([
    ['page order, each article once', { field: 'PAGE', direction: 'ASC' }, ['a.txt#0', 'a.txt#2', 'b.txt#0', 'c.txt#1']],
    ['page order backwards', { field: 'PAGE', direction: 'DESC' }, ['c.txt#1', 'b.txt#0', 'a.txt#2', 'a.txt#0']],
    ['oldest first, undated last', { field: 'DATE', direction: 'ASC' }, ['a.txt#2', 'c.txt#1', 'b.txt#0', 'a.txt#0']],
    ['newest first, undated still last', { field: 'DATE', direction: 'DESC' }, ['b.txt#0', 'c.txt#1', 'a.txt#2', 'a.txt#0']],
  ] as const)('%s', (_why, order, expected) => {
    expect(ids(mergeArticleKeys([byActivity, byPlace], order))).toEqual(expected);
  });
});
