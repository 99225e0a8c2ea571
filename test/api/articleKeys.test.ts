import { describe, expect, it } from 'vitest';
import { articleKeyOf, mergeArticleKeys, type ArticleKey } from '../../src/api/articleKeys.ts';
import { activityId, articleId, pagePlace } from '../../src/graph/ids.ts';

const k = (page: string, position: number, date: string | null = null): ArticleKey => ({ id: `article:${page}#${position}`, page: `page:${page}`, position, date });

const ids = (keys: { node: string }[]) => keys.map((x) => x.node.slice(8));

describe('mergeArticleKeys', () => {
  const byActivity = [k('b.txt', 0, '2024-03-01'), k('a.txt', 2, '2024-01-05')];
  const byPlace = [k('a.txt', 2, '2024-01-05'), k('a.txt', 0), k('c.txt', 1, '2024-02-01')];

  it.each([
    ['page order, each article once', { field: 'PAGE', direction: 'ASC' }, ['a.txt#0', 'a.txt#2', 'b.txt#0', 'c.txt#1']],
    ['page order backwards', { field: 'PAGE', direction: 'DESC' }, ['c.txt#1', 'b.txt#0', 'a.txt#2', 'a.txt#0']],
    ['oldest first, undated last', { field: 'DATE', direction: 'ASC' }, ['a.txt#2', 'c.txt#1', 'b.txt#0', 'a.txt#0']],
    ['newest first, undated still last', { field: 'DATE', direction: 'DESC' }, ['b.txt#0', 'c.txt#1', 'a.txt#2', 'a.txt#0']],
  ] as const)('%s', (_why, order, expected) => {
    expect(ids(mergeArticleKeys([byActivity, byPlace], order))).toEqual(expected);
  });
});

describe('an article key from its id alone', () => {
  it.each([
    ['p1.txt', 0],
    ['2024/05/01/2024-05-01_p12.txt', 11],
    ['a#b.txt', 3],
  ] as const)('reads the page and place back out of the id of %s #%i', (file, index) => {
    expect(pagePlace(articleId(file, index))).toEqual({ page: `page:${file}`, position: index });
    expect(pagePlace(activityId(file, index))).toEqual({ page: `page:${file}`, position: index });
  });

  it.each(['person:张伟', 'page:p1.txt#1', 'article:p1.txt', 'article:p1.txt#x', 'article:p1.txt#', 'activity'])('reads no place out of %s', (id) => {
    expect(pagePlace(id)).toBeNull();
  });

  it('takes a row read whole as it is, and an id row as its page and place, undated', () => {
    expect(articleKeyOf({ id: 'article:a.txt#2', page: 'page:a.txt', position: 2, date: '2024-01-05' })).toEqual(k('a.txt', 2, '2024-01-05'));
    expect(articleKeyOf({ id: 'article:b.txt#10' })).toEqual(k('b.txt', 10));
    expect(articleKeyOf({ id: null })).toBeNull();
  });

  it('orders id rows by page, then by place as a number (#10 after #9)', () => {
    const rows = [{ id: 'article:a.txt#10' }, { id: 'article:a.txt#9' }, { id: 'article:0.txt#1' }].map((r) => articleKeyOf(r)!);
    expect(ids(mergeArticleKeys([rows], { field: 'PAGE', direction: 'ASC' }))).toEqual(['0.txt#1', 'a.txt#9', 'a.txt#10']);
  });
});
