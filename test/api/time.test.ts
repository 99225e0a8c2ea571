// The graph in time, over a real embedded store with dated pages written by
// hand (so every date is known): date ranges, order by date with ties, a
// monthly series with empty months, and titles as of a day.
import { describe, expect, it } from 'vitest';
import type { ArticleFacts, PageExtraction } from '../../src/extract/types.ts';
import { intervalStart, nextIntervalStart, seriesPoints } from '../../src/api/series.ts';
import { gql } from './http.ts';
import { useWrittenPages } from './seeded.ts';

const article = (headline: string, kind: ArticleFacts['activity']['kind'], district: string, date: string | null,
  positions: ArticleFacts['positions'] = [], also: string[] = []): ArticleFacts => ({
  headline, alt_titles: [], section: null, authors: [],
  activity: { kind, districts: [district], organizers: ['北京市总工会'], date, date_text: date ? '某日' : null },
  participants: [...positions.map((p) => ({ name: p.name, roles: ['LED' as const] })), ...also.map((name) => ({ name, roles: ['ATTENDED' as const] }))],
  positions,
  people: [...positions.map((p) => p.name), ...also].map((name) => ({ name, occupation: null })),
  organizations: [{ name: '北京市总工会', aliases: ['市总工会'], kind: 'union' }],
  places: [], body: headline,
});

const PAGES: PageExtraction[] = [
  { file: 'p1.txt', issue_date: '2023-03-01', articles: [
    article('市总工会慰问一线职工', 'visit', '东城区', '2023-02-28', [{ name: '赵丽君', organization: '北京市总工会', titles: ['副主席'] }], ['孙立']),
  ] },
  { file: 'p2.txt', issue_date: '2024-01-10', articles: [
    article('市总工会召开座谈会', 'meeting', '西城区', '2024-01-09', [{ name: '赵丽君', organization: '北京市总工会', titles: ['主席'] }], ['孙立', '王红']),
    article('职工代表座谈', 'meeting', '西城区', '2024-01-09'),
  ] },
  { file: 'p3.txt', issue_date: '2024-03-05', articles: [article('春季送岗位', 'visit', '东城区', null)] },
  { file: 'p4.txt', issue_date: null, articles: [article('无日期的活动', 'other', '东城区', null)] },
];

describe('series arithmetic', () => {
  it.each([
    ['2024-01-03', 'WEEK', '2024-01-01'], ['2024-01-07', 'WEEK', '2024-01-01'], ['2024-01-01', 'WEEK', '2024-01-01'],
    ['2023-12-31', 'WEEK', '2023-12-25'], ['2024-02-29', 'MONTH', '2024-02-01'], ['2024-07-09', 'YEAR', '2024-01-01'],
  ] as const)('%s starts its %s on %s', (d, interval, start) => expect(intervalStart(d, interval)).toBe(start));

  it('steps over month ends and leap days', () => {
    expect(nextIntervalStart('2024-01-01', 'MONTH')).toBe('2024-02-01');
    expect(nextIntervalStart('2024-02-28', 'DAY')).toBe('2024-02-29');
    expect(seriesPoints([{ day: '2024-02-10', n: 1 }], 'MONTH', null)).toEqual([{ start: '2024-02-01', end: '2024-02-29', count: 1 }]);
  });

  it('refuses a series of more points than a chart needs', () => {
    expect(() => seriesPoints([{ day: '2000-01-01', n: 1 }, { day: '2024-01-01', n: 1 }], 'DAY', null)).toThrow(/at most 1000 points/);
  });
});

describe('time questions over dated pages', () => {
  const held = useWrittenPages(PAGES);

  const headlines = (res: any) => res.data.activities.edges.map((e: any) => e.node.article.headline);

  it('activities in a date range: the day the article gives, or its issue date where it gives none', async () => {
    const res = await gql(held.app, `{ activities(filter: { date: { from: "2024-01-01", to: "2024-12-31" } }) {
      totalCount edges { node { article { headline } date { value precision fromIssue text } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.activities.totalCount).toBe(3);
    expect(res.data.activities.edges.map((e: any) => [e.node.article.headline, e.node.date])).toEqual([
      ['市总工会召开座谈会', { value: '2024-01-09', precision: 'DAY', fromIssue: false, text: '某日' }],
      ['职工代表座谈', { value: '2024-01-09', precision: 'DAY', fromIssue: false, text: '某日' }],
      ['春季送岗位', { value: '2024-03-05', precision: 'DAY', fromIssue: true, text: null }],
    ]);
  });

  it('orders by date, newest first, ties in page order and undated last', async () => {
    const res = await gql(held.app, '{ activities(orderBy: { field: DATE, direction: DESC }) { edges { node { article { headline } } } } }');
    expect(res.errors).toBeUndefined();
    expect(headlines(res)).toEqual(['春季送岗位', '市总工会召开座谈会', '职工代表座谈', '市总工会慰问一线职工', '无日期的活动']);
    const asc = await gql(held.app, '{ activities(orderBy: { field: DATE }) { edges { node { article { headline } } } } }');
    expect(headlines(asc)).toEqual(['市总工会慰问一线职工', '市总工会召开座谈会', '职工代表座谈', '春季送岗位', '无日期的活动']);
  });

  it('articles by issue date, and pages with their issue date', async () => {
    const res = await gql(held.app, `{ articles(filter: { date: { to: "2023-12-31" } }) { edges { node { headline date page { issueDate } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.articles.edges.map((e: any) => e.node)).toEqual([{ headline: '市总工会慰问一线职工', date: '2023-03-01', page: { issueDate: '2023-03-01' } }]);
  });

  it("a district's articles in page order and by issue date, newest first, undated last", async () => {
    const q = (order: string) => `{ articles(filter: { district: "东城区" }${order}) { totalCount edges { node { headline date } } } }`;
    const byPage = await gql(held.app, q(''));
    expect(byPage.errors).toBeUndefined();
    expect(byPage.data.articles.totalCount).toBe(3);
    expect(byPage.data.articles.edges.map((e: any) => e.node.headline)).toEqual(['市总工会慰问一线职工', '春季送岗位', '无日期的活动']);
    const byDate = await gql(held.app, q(', orderBy: { field: DATE, direction: DESC }'));
    expect(byDate.data.articles.edges.map((e: any) => [e.node.headline, e.node.date])).toEqual([
      ['春季送岗位', '2024-03-05'], ['市总工会慰问一线职工', '2023-03-01'], ['无日期的活动', null],
    ]);
    const dated = await gql(held.app, '{ articles(filter: { district: "东城区", date: { from: "2024-01-01" } }) { totalCount edges { node { headline } } } }');
    expect(dated.data.articles.edges.map((e: any) => e.node.headline)).toEqual(['春季送岗位']);
    expect(dated.data.articles.totalCount).toBe(1);
  });

  it('a monthly series has every month between the first and the last, empty ones at zero', async () => {
    const res = await gql(held.app, '{ stats { series(interval: MONTH) { total points { start end count } } } }');
    expect(res.errors).toBeUndefined();
    const [line] = res.data.stats.series;
    expect(line.total).toBe(4);
    expect(line.points).toHaveLength(14); // 2023-02 … 2024-03
    expect(line.points[0]).toEqual({ start: '2023-02-01', end: '2023-02-28', count: 1 });
    expect(line.points[1]).toEqual({ start: '2023-03-01', end: '2023-03-31', count: 0 });
    expect(line.points.slice(-3).map((p: any) => [p.start, p.count])).toEqual([['2024-01-01', 2], ['2024-02-01', 0], ['2024-03-01', 1]]);
  });

  it('a series by kind over the filter\'s range: one line per kind, largest first', async () => {
    const res = await gql(held.app, `{ stats(filter: { date: { from: "2024-01-01", to: "2024-03-31" } }) {
      series(interval: MONTH, by: KIND) { kind total points { count } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.stats.series).toEqual([
      { kind: 'MEETING', total: 2, points: [{ count: 2 }, { count: 0 }, { count: 0 }] },
      { kind: 'VISIT', total: 1, points: [{ count: 0 }, { count: 0 }, { count: 1 }] },
    ]);
  });

  it('counts an activity once in a series when several of its participants match the filter', async () => {
    // 孙立 and 王红 both ATTENDED the 2024-01-09 meeting; 孙立 the 2023 visit too.
    const res = await gql(held.app, '{ stats(filter: { role: ATTENDED }) { activityCount series(interval: YEAR) { total points { start count } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.stats.activityCount).toBe(2);
    expect(res.data.stats.series).toEqual([{ total: 2, points: [{ start: '2023-01-01', count: 1 }, { start: '2024-01-01', count: 1 }] }]);
  });

  it('weeks (from Monday), months and years, grouped by the store, hold what their days hold', async () => {
    const series = async (interval: string) => {
      const res = await gql(held.app, `{ stats(filter: { date: { from: "2023-01-01", to: "2024-12-31" } }) { series(interval: ${interval}) { points { start end count } } } }`);
      expect(res.errors).toBeUndefined();
      return res.data.stats.series[0].points as { start: string; end: string; count: number }[];
    };
    const days = await series('DAY');
    expect(days.filter((d) => d.count).map((d) => [d.start, d.count])).toEqual([['2023-02-28', 1], ['2024-01-09', 2], ['2024-03-05', 1]]);
    for (const interval of ['WEEK', 'MONTH', 'YEAR'] as const) {
      const points = await series(interval);
      for (const p of points) expect(p.count, `${interval} ${p.start}`).toBe(days.filter((d) => d.start >= p.start && d.start <= p.end).reduce((n, d) => n + d.count, 0));
      expect(points.reduce((n, p) => n + p.count, 0)).toBe(4);
      expect(points.every((p) => intervalStart(p.start, interval) === p.start)).toBe(true);
    }
    // 2024-01-09 is a Tuesday: its week starts on Monday the 8th.
    expect((await series('WEEK')).find((p) => p.count === 2)).toEqual({ start: '2024-01-08', end: '2024-01-14', count: 2 });
  });

  it('titles as of a day: what the latest statement on or before it says', async () => {
    const q = (asOf: string) => gql(held.app, `{ person(name: "赵丽君") { positions(asOf: "${asOf}") { titles firstSeen lastSeen organization { name } } } }`);
    const before = await q('2023-12-31');
    expect(before.errors).toBeUndefined();
    expect(before.data.person.positions).toEqual([{ titles: ['副主席'], firstSeen: '2023-03-01', lastSeen: '2023-03-01', organization: { name: '北京市总工会' } }]);
    expect((await q('2024-06-01')).data.person.positions.map((p: any) => p.titles)).toEqual([['主席']]);
    expect((await q('2022-01-01')).data.person.positions).toEqual([]);
    const all = await gql(held.app, '{ person(name: "赵丽君") { positions { titles firstSeen lastSeen } } }');
    expect(all.data.person.positions).toEqual([
      { titles: ['副主席'], firstSeen: '2023-03-01', lastSeen: '2023-03-01' },
      { titles: ['主席'], firstSeen: '2024-01-10', lastSeen: '2024-01-10' },
    ]);
    const org = await gql(held.app, '{ organization(name: "市总工会") { positions(asOf: "2024-02-01") { titles person { name } } } }');
    expect(org.data.organization.positions).toEqual([{ titles: ['主席'], person: { name: '赵丽君' } }]);
  });

  it('a timeline: dated activities and title statements in order, undated left out', async () => {
    const res = await gql(held.app, `{ person(name: "赵丽君") { timeline { date kind roles activity { article { headline } } position { titles } organization { name } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.person.timeline.map((e: any) => [e.date, e.kind, e.roles, e.activity?.article.headline ?? null, e.position?.titles ?? null])).toEqual([
      ['2023-02-28', 'ACTIVITY', ['LED'], '市总工会慰问一线职工', null],
      ['2023-03-01', 'POSITION', [], null, ['副主席']],
      ['2024-01-09', 'ACTIVITY', ['LED'], '市总工会召开座谈会', null],
      ['2024-01-10', 'POSITION', [], null, ['主席']],
    ]);
    const org = await gql(held.app, `{ organization(name: "北京市总工会") { timeline(date: { from: "2024-01-01" }, first: 3) { date kind activity { kind } person { name } } } }`);
    expect(org.data.organization.timeline).toEqual([
      { date: '2024-01-09', kind: 'ACTIVITY', activity: { kind: 'MEETING' }, person: null },
      { date: '2024-01-09', kind: 'ACTIVITY', activity: { kind: 'MEETING' }, person: null },
      { date: '2024-01-10', kind: 'POSITION', activity: null, person: { name: '赵丽君' } },
    ]);
  });

  it('associates within a date range count only what happened on those days', async () => {
    const q = (range: string) => gql(held.app, `{ person(name: "赵丽君") { associates${range} { count person { name } } } }`);
    const all = await q('');
    expect(all.errors).toBeUndefined();
    expect(all.data.person.associates).toEqual([{ count: 2, person: { name: '孙立' } }, { count: 1, person: { name: '王红' } }]);
    const in2023 = await q('(date: { from: "2023-01-01", to: "2023-12-31" })');
    expect(in2023.data.person.associates).toEqual([{ count: 1, person: { name: '孙立' } }]);
  });

  it('a malformed or reversed date is a BAD_REQUEST saying what is wrong', async () => {
    const bad = await gql(held.app, '{ activities(filter: { date: { from: "2024-02-30" } }) { totalCount } }');
    expect(bad.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const reversed = await gql(held.app, '{ activities(filter: { date: { from: "2024-03-01", to: "2024-01-01" } }) { totalCount } }');
    expect(reversed.errors?.[0]).toMatchObject({ message: expect.stringContaining('is after'), extensions: { code: 'BAD_REQUEST' } });
  });
});
