// The time examples of README and GraphiQL, answered over the dated
// development articles (test/dev-dates) loaded with their gold facts, and
// checked against answers worked out from the same gold files here.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import type { PageExtraction } from '../../src/extract/types.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { gql } from './http.ts';

const DATED = join(import.meta.dirname, '..', 'dev-dates');
type GoldPage = PageExtraction & { issue_date: string | null };
const gold: GoldPage[] = readdirSync(join(DATED, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(DATED, 'gold', f), 'utf8')));
const goldOf = (path: string): PageExtraction => {
  const g = gold.find((p) => p.file === basename(path))!;
  return { ...g, articles: g.articles.map((a) => ({ ...a, body: a.body ?? '', places: a.places ?? [] })) };
};
const example = (title: string) => EXAMPLE_QUERIES.find((e) => e.title.startsWith(title))!.query;

/** Each gold article with the day the graph gives its activity: its own, else the issue's. */
const dated = gold.flatMap((p) => p.articles.map((a, i) => ({ page: p, a, i, day: (a.activity.date ?? p.issue_date) as string | null })));

describe('time examples over the dated articles (gold facts)', () => {
  let dir: string;
  let store: LadybugStore;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-time-ex-'));
    store = await LadybugStore.open(dir);
    await store.migrate();
    const s = await ingestPaths(store, [join(DATED, 'pages')], { extract: goldOf });
    expect(s.failed).toEqual([]);
    app = createApp({ store, config: { ingestToken: null } });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('what happened in 通州区, newest first', async () => {
    const res = await gql(app, example('What happened in 通州区'));
    expect(res.errors).toBeUndefined();
    const expected = dated.filter((d) => d.a.activity.districts.includes('通州区') && d.day && d.day >= '2017-01-01' && d.day <= '2022-12-31')
      .sort((x, y) => (y.day! < x.day! ? -1 : y.day! > x.day! ? 1 : x.page.file < y.page.file ? -1 : 1));
    expect(expected.length).toBeGreaterThan(2);
    expect(res.data.activities.edges.map((e: any) => [e.node.article.headline, e.node.date.value, e.node.date.fromIssue]))
      .toEqual(expected.map((d) => [d.a.headline, d.day, d.a.activity.date == null]));
  });

  it('activities per year by kind, empty years at zero', async () => {
    const res = await gql(app, example('Activities per year'));
    expect(res.errors).toBeUndefined();
    const years = dated.filter((d) => d.day && d.day >= '2013-01-01').map((d) => ({ kind: d.a.activity.kind, year: d.day!.slice(0, 4) }));
    expect(res.data.stats.activityCount).toBe(years.length);
    const last = Math.max(...years.map((y) => Number(y.year)));
    const lines = res.data.stats.series;
    for (const line of lines) {
      const mine = years.filter((y) => y.kind === line.kind.toLowerCase());
      expect(line.total).toBe(mine.length);
      expect(line.points.map((p: any) => p.start)).toEqual(Array.from({ length: last - 2013 + 1 }, (_, k) => `${2013 + k}-01-01`));
      expect(line.points.map((p: any) => p.count)).toEqual(line.points.map((p: any) => mine.filter((y) => `${y.year}-01-01` === p.start).length));
    }
    // The largest kinds come first: the gold has more visits than anything else.
    const visits = years.filter((y) => y.kind === 'visit').length;
    expect(lines[0]).toMatchObject({ kind: 'VISIT', total: visits });
    expect(lines[0].points.some((p: any) => p.count === 0)).toBe(true);
  });

  it('titles at 北京市建筑工会 as of a day', async () => {
    const res = await gql(app, example('Who held which titles'));
    expect(res.errors).toBeUndefined();
    const stated = gold.filter((p) => p.issue_date! <= '2022-06-30')
      .flatMap((p) => p.articles.flatMap((a) => a.positions.filter((x) => x.organization === '北京市建筑工会').map((x) => ({ ...x, day: p.issue_date }))));
    expect(stated.length).toBeGreaterThan(0);
    const got = res.data.organization.positions.map((p: any) => [p.person.name, [...p.titles].sort(), p.lastSeen]);
    expect(got.sort()).toEqual(stated.map((s) => [s.name, [...s.titles].sort(), s.day]).sort());
  });
});
