// Look-ups, filters, connections and the dashboard over the seed pages, with
// every expected answer read from the gold (test/gold/*.json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPages } from '../../src/graph/export.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { GOLD, goldArticles, goldPositions } from './gold.ts';
import { gql } from './http.ts';
import { countingStore, openSeededStore, type FactSource, type SeededStore } from './seeded.ts';

const headlines = (res: any, field = 'activities') => res.data[field].edges.map((e: any) => (e.node.article ?? e.node).headline);
const goldHeadlines = (pred: (a: ReturnType<typeof goldArticles>[number]) => boolean) => goldArticles().filter(pred).map((a) => a.headline);
const ACTIVITIES = `query($filter: ActivityFilter, $first: Int, $after: String) { activities(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id kind article { headline } } } } }`;

describe.each<FactSource>(['gold', 'pipeline'])('the API over the seed pages (%s facts)', (source) => {
  let seeded: SeededStore;
  let app: App;
  beforeAll(async () => {
    seeded = await openSeededStore(source);
    app = createApp({ store: seeded.store, config: { ingestToken: null } });
  });
  afterAll(() => seeded.close());
  const activities = async (filter: Record<string, unknown>) => {
    const res = await gql(app, ACTIVITIES, { filter, first: 100 });
    expect(res.errors).toBeUndefined();
    return res;
  };

  describe('look-ups', () => {
    it('finds an organization by canonical name or alias, as the same node', async () => {
      const res = await gql(app, '{ a: organization(name: "市总工会") { id name } b: organization(name: "北京市总工会") { id name } }');
      expect(res.data.a).toEqual({ id: 'org:北京市总工会', name: '北京市总工会' });
      expect(res.data.b).toEqual(res.data.a);
    });

    it('gives, for an alias several organizations share, the one most mentions meant, and lists them all', async () => {
      // Gold: 区总工会 is the alias of 门头沟区总工会, 海淀区总工会, 朝阳区总工会 and 房山区总工会.
      const uses = new Map<string, number>();
      for (const o of goldArticles().flatMap((a) => a.organizations)) if (o.aliases.includes('区总工会')) uses.set(o.name, (uses.get(o.name) ?? 0) + 1);
      expect(uses.size).toBeGreaterThan(1);
      const res = await gql(app, '{ organization(name: "区总工会") { name } organizationMatches(name: "区总工会") { organization { name } canonical homeCity mentions } }');
      expect(res.errors).toBeUndefined();
      const matches = res.data.organizationMatches;
      if (source === 'gold') {
        expect(new Set(matches.map((m: any) => m.organization.name))).toEqual(new Set(uses.keys()));
        expect(matches.map((m: any) => m.mentions)).toEqual([...uses.values()].sort((a, b) => b - a));
      }
      expect(matches.length).toBeGreaterThan(1);
      expect(res.data.organization.name).toBe(matches[0].organization.name);
      expect(matches.every((m: any) => !m.canonical && !m.homeCity)).toBe(true);
      const counts = matches.map((m: any) => m.mentions);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    });

    it('accepts a district by its short name', async () => {
      const res = await gql(app, '{ a: district(name: "东城") { id name } b: district(name: "东城区") { id name } }');
      expect(res.data.a).toEqual({ id: 'district:东城区', name: '东城区' });
      expect(res.data.b).toEqual(res.data.a);
    });

    it('finds a person by name and by id; an unknown name is null', async () => {
      const res = await gql(app, '{ person(name: "赵丽君") { id name } node(id: "person:赵丽君") { ... on Person { name } } nobody: person(name: "无此人") { name } }');
      expect(res.data).toEqual({ person: { id: 'person:赵丽君', name: '赵丽君' }, node: { name: '赵丽君' }, nobody: null });
    });
  });

  describe('nodes and their fields', () => {
    it('an article: titles, section, bylines with roles, people and organizations', async () => {
      const res = await gql(app, `{ articles(filter: { page: "001_7dcc9af707f72cfe.txt" }, first: 20) { edges { node {
        headline altTitles section authors { role person { name } } people { name } organizations { name }
        activity { kind } page { file } } } } }`);
      expect(res.errors).toBeUndefined();
      // Gold 001#2: a show reported by 张晶 and photographed by 曹立栋.
      const gold = GOLD.find((p) => p.file.startsWith('001'))!.articles[2];
      const node = res.data.articles.edges.map((e: any) => e.node).find((n: any) => n.headline === gold.headline);
      expect(node.altTitles).toEqual(gold.alt_titles);
      expect(node.section).toBe(gold.section);
      expect(node.authors).toEqual(gold.authors.map((a) => ({ role: a.role.toUpperCase(), person: { name: a.name } })));
      expect(node.people.map((p: any) => p.name)).toEqual(gold.people.map((p) => p.name));
      expect(new Set(node.organizations.map((o: any) => o.name))).toEqual(new Set(gold.organizations.map((o) => o.name)));
      expect(node.activity.kind).toBe(gold.activity.kind.toUpperCase());
      expect(node.page.file).toBe('001_7dcc9af707f72cfe.txt');
    });

    it('a person: occupation, authored articles and articles naming them', async () => {
      // Gold 000#2: 周俊杰, 外卖配送员. Gold: 张晶 reported 000#0, 001#2 and 002#0.
      const res = await gql(app, `{ zhou: person(name: "周俊杰") { occupation mentionedIn { totalCount } }
        zhang: person(name: "张晶") { authored(first: 10) { totalCount edges { node { role article { headline } } } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.zhou).toEqual({ occupation: '外卖配送员', mentionedIn: { totalCount: 1 } });
      const written = goldArticles().filter((a) => a.authors.some((x) => x.name === '张晶'));
      expect(res.data.zhang.authored.edges.map((e: any) => e.node.article.headline)).toEqual(written.map((a) => a.headline));
      expect(res.data.zhang.authored.edges.every((e: any) => e.node.role === 'REPORTER')).toBe(true);
    });
  });

  describe('activity filters', () => {
    it('by kind', async () => {
      const res = await activities({ kind: 'VISIT' });
      expect(headlines(res)).toEqual(goldHeadlines((a) => a.activity.kind === 'visit'));
      expect(res.data.activities.totalCount).toBe(headlines(res).length);
    });

    it('by district, short or full name', async () => {
      const short = await activities({ district: '西城' });
      expect(headlines(short)).toEqual(goldHeadlines((a) => a.activity.districts.includes('西城区')));
      expect(headlines(await activities({ district: '西城区' }))).toEqual(headlines(short));
    });

    it('by organizer, through an alias', async () => {
      const res = await activities({ organizer: '市总工会' });
      expect(headlines(res)).toEqual(goldHeadlines((a) => a.activity.organizers.includes('北京市总工会')));
    });

    it('by participant and role', async () => {
      // Gold: 赵丽君 LED the inspection of 001#1 and ATTENDED the show of 003#0.
      expect(headlines(await activities({ participant: '赵丽君', role: 'LED' }))).toEqual(['市推进产业工人队伍建设改革工作评价组赴东城调研']);
      expect(headlines(await activities({ participant: '赵丽君', role: 'ATTENDED' }))).toEqual(['东城区总工会举办“五月的鲜花”歌咏比赛展示活动']);
      expect(headlines(await activities({ role: 'LED' }))).toEqual(goldHeadlines((a) => a.participants.some((p) => p.roles.includes('LED'))));
    });

    it('combined', async () => {
      const res = await activities({ kind: 'VISIT', district: '朝阳区' });
      expect(headlines(res)).toEqual(goldHeadlines((a) => a.activity.kind === 'visit' && a.activity.districts.includes('朝阳区')));
      // One node to start from, the other filters as conditions on its activities.
      const both = await activities({ organizer: '市总工会', district: '东城区' });
      const expected = goldHeadlines((a) => a.activity.organizers.includes('北京市总工会') && a.activity.districts.includes('东城区'));
      expect(expected.length).toBeGreaterThan(0);
      expect(headlines(both)).toEqual(expected);
      expect(headlines(await activities({ participant: '赵丽君', district: '东城区', kind: 'INSPECTION' }))).toEqual(['市推进产业工人队伍建设改革工作评价组赴东城调研']);
      expect(headlines(await activities({ participant: '赵丽君', district: '朝阳区' }))).toEqual([]);
    });

    it('pages stably: consecutive pages are the whole list, in order, without overlap', async () => {
      const whole = await gql(app, ACTIVITIES, { first: 100 });
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await gql(app, ACTIVITIES, { first: 7, after });
        ids.push(...page.data.activities.edges.map((e: any) => e.node.id));
        if (!page.data.activities.pageInfo.hasNextPage) break;
        after = page.data.activities.pageInfo.endCursor;
      }
      expect(ids).toEqual(whole.data.activities.edges.map((e: any) => e.node.id));
      expect(ids).toHaveLength(goldArticles().length);
    });
  });

  describe('pageInfo at the ends of a list', () => {
    // One list a query: a cursor belongs to the list that gave it.
    const PAGE = (list: 'people' | 'pages') => `query($first: Int, $after: String, $last: Int, $before: String) {
      ${list}(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;

    it.each(['people', 'pages'] as const)('%s: the last page has no next one, the first no previous one, and an empty page no cursors', async (list) => {
      const ask = async (vars: Record<string, unknown>) => {
        const res = await gql(app, PAGE(list), vars);
        expect(res.errors).toBeUndefined();
        return res.data as Record<'people' | 'pages', any>;
      };
      const total: number = (await ask({ first: 1 }))[list].totalCount;
      expect(total).toBeGreaterThan(2);
      const whole = await ask({ first: total });
      expect(whole[list].pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      expect((await ask({ first: total - 1 }))[list].pageInfo.hasNextPage).toBe(true);
      const cursors: string[] = whole[list].edges.map((e: any) => e.cursor);
      const tail = (await ask({ first: 5, after: cursors[total - 3] }))[list];
      expect(tail.edges.map((e: any) => e.cursor)).toEqual(cursors.slice(total - 2));
      expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: cursors[total - 2], endCursor: cursors[total - 1] });
      const head = (await ask({ last: 5, before: cursors[2] }))[list];
      expect(head.edges.map((e: any) => e.cursor)).toEqual(cursors.slice(0, 2));
      expect(head.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const last = (await ask({ last: 2 }))[list];
      expect(last.edges.map((e: any) => e.node.id)).toEqual(whole[list].edges.slice(total - 2).map((e: any) => e.node.id));
      expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: cursors[total - 2], endCursor: cursors[total - 1] });
      expect(last.totalCount).toBe(total);
      for (const empty of [(await ask({ first: 2, after: cursors[total - 1] }))[list], (await ask({ last: 2, before: cursors[0] }))[list]]) {
        expect(empty.edges).toEqual([]);
        expect(empty.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
        expect(empty.totalCount).toBe(total);
      }
    });
  });

  it('pages are read from the store one page of the list at a time, from the key of the cursor', async () => {
    const first = await gql(app, '{ pages(first: 1) { pageInfo { endCursor } } }');
    const store = countingStore(seeded.store);
    const res = await gql(createApp({ store, config: { ingestToken: null } }), 'query($after: String) { pages(first: 2, after: $after) { edges { node { file } } } }',
      { after: first.data.pages.pageInfo.endCursor });
    expect(res.data.pages.edges.map((e: any) => e.node.file)).toEqual(GOLD.map((p) => p.file).sort().slice(1, 3));
    expect(store.statements).toEqual([expect.stringMatching(/MATCH \(pg:Page\) WITH pg WHERE \(pg\.file > \$afterKey0 OR .* LIMIT \$limit$/)]);
    expect(store.statements[0]).not.toMatch(/SKIP/);
  });

  describe('article, people and organization lists', () => {
    const ARTICLES = 'query($filter: ArticleFilter) { articles(filter: $filter, first: 100) { totalCount edges { node { headline } } } }';

    it('articles by page, in page order', async () => {
      const res = await gql(app, ARTICLES, { filter: { page: '003_abbda0325e153582' } });
      expect(headlines(res, 'articles')).toEqual(GOLD.find((p) => p.file.startsWith('003'))!.articles.map((a) => a.headline));
    });

    it('articles naming a person, or an organization by alias', async () => {
      const byPerson = await gql(app, ARTICLES, { filter: { person: '赵丽君' } });
      expect(headlines(byPerson, 'articles')).toEqual(goldHeadlines((a) => a.people.some((p) => p.name === '赵丽君')));
      const byOrg = await gql(app, ARTICLES, { filter: { organization: '市总工会' } });
      expect(headlines(byOrg, 'articles')).toEqual(goldHeadlines((a) => a.organizations.some((o) => o.name === '北京市总工会')));
    });

    it('articles in a district (their activity or a place they name), alone or with a person', async () => {
      const stored = (await exportPages(seeded.store)).flatMap((p) => p.articles);
      const inDongcheng = (a: (typeof stored)[number]) => a.activity.districts.includes('东城区') || (a.places ?? []).some((x) => x.district === '东城区');
      const expected = stored.filter(inDongcheng).map((a) => a.headline);
      expect(expected.length).toBeGreaterThan(2);
      const res = await gql(app, ARTICLES, { filter: { district: '东城' } });
      expect(headlines(res, 'articles')).toEqual(expected);
      expect(res.data.articles.totalCount).toBe(expected.length);
      const named = (a: (typeof stored)[number]) => a.people.some((p) => p.name === '赵丽君') || a.authors.some((p) => p.name === '赵丽君');
      const both = await gql(app, ARTICLES, { filter: { district: '东城区', person: '赵丽君' } });
      expect(headlines(both, 'articles')).toEqual(stored.filter((a) => inDongcheng(a) && named(a)).map((a) => a.headline));
      expect(both.data.articles.totalCount).toBeGreaterThan(0);
    });

    it('people and organizations by a search string, sorted by name', async () => {
      const people = await gql(app, '{ people(search: "张", first: 100) { edges { node { name } } } }');
      const names = people.data.people.edges.map((e: any) => e.node.name);
      const gold = [...new Set(goldArticles().flatMap((a) => [...a.people.map((p) => p.name), ...a.authors.map((p) => p.name)]).filter((n) => n.includes('张')))];
      expect(names).toEqual([...gold].sort());
      const orgs = await gql(app, '{ organizations(search: "东城区", first: 100) { edges { node { name } } } }');
      const orgNames = orgs.data.organizations.edges.map((e: any) => e.node.name);
      expect(orgNames).toEqual([...orgNames].sort());
      expect(orgNames).toEqual(expect.arrayContaining(['东城区总工会', '东城区职工大学']));
    });
  });

  describe('lists that grow with the archive', () => {
    it('give their first items, 20 by default, and as many as `first` asks for', async () => {
      const res = await gql(app, '{ organization(name: "北京市总工会") { all: positions(first: 100) { person { name } } two: positions(first: 2) { person { name } } dflt: positions { person { name } } } }');
      const o = res.data.organization;
      expect(o.all.length).toBeGreaterThan(2);
      expect(o.two).toEqual(o.all.slice(0, 2));
      expect(o.dflt).toEqual(o.all.slice(0, 20));
      const over = await gql(app, '{ organization(name: "北京市总工会") { positions(first: 101) { titles } } }');
      expect(over.errors?.[0].message).toBe('"first" must be at most 100, got 101');
    });
  });

  describe('connections', () => {
    it('associates say what is shared', async () => {
      const res = await gql(app, '{ person(name: "赵丽君") { associates(first: 100) { count person { name } sharedActivities { article { headline } } sharedOrganizations { name } } } }');
      const byName = new Map(res.data.person.associates.map((a: any) => [a.person.name, a]));
      // Gold 001#1: 李长华 took part in the inspection with her.
      expect(byName.get('李长华')).toMatchObject({ count: 1, sharedActivities: [{ article: { headline: '市推进产业工人队伍建设改革工作评价组赴东城调研' } }], sharedOrganizations: [] });
      // Gold 001#0: 王敬东 is also an official of 北京市总工会.
      expect(byName.get('王敬东')).toMatchObject({ count: 1, sharedActivities: [], sharedOrganizations: [{ name: '北京市总工会' }] });
    });

    it('path explains each hop with its relationship, properties and source article', async () => {
      const res = await gql(app, `{ path(from: "person:赵丽君", to: "person:王敬东") { length nodes { id }
        hops { type from { id } to { id } titles roles article { id headline } } } }`);
      expect(res.errors).toBeUndefined();
      const path = res.data.path;
      // Gold: both hold positions at 北京市总工会 (001#1 and 003#0 for her, 001#0 for him).
      expect(path.length).toBe(2);
      expect(path.nodes.map((n: any) => n.id)).toEqual(['person:赵丽君', 'org:北京市总工会', 'person:王敬东']);
      expect(path.hops.map((h: any) => [h.type, h.from.id, h.to.id])).toEqual([
        ['HOLDS_POSITION', 'person:赵丽君', 'org:北京市总工会'],
        ['HOLDS_POSITION', 'person:王敬东', 'org:北京市总工会'],
      ]);
      expect(new Set(path.hops[0].titles)).toEqual(goldPositions('赵丽君').get('北京市总工会'));
      expect(path.hops[1].titles).toEqual(['党组成员', '副主席', '一级巡视员']);
      for (const hop of path.hops) {
        const person = hop.from.id.replace('person:', '');
        const source = goldArticles().find((a) => `article:${a.file}#${a.index}` === hop.article.id)!;
        expect(source.positions.some((p) => p.name === person && p.organization === '北京市总工会')).toBe(true);
      }
    });

    it('a page-structure hop points at its article', async () => {
      const res = await gql(app, '{ path(from: "activity:003_abbda0325e153582.txt#0", to: "article:003_abbda0325e153582.txt#0") { hops { type from { id } to { id } article { id } } } }');
      expect(res.data.path.hops).toEqual([{
        type: 'REPORTS', from: { id: 'article:003_abbda0325e153582.txt#0' }, to: { id: 'activity:003_abbda0325e153582.txt#0' },
        article: { id: 'article:003_abbda0325e153582.txt#0' },
      }]);
    });

    it('path the other way round is the same chain reversed, each hop still in its own direction', async () => {
      const query = (from: string, to: string) => gql(app, `{ path(from: "${from}", to: "${to}") { nodes { id } hops { type from { id } to { id } } } }`);
      const there = (await query('person:赵丽君', 'person:王敬东')).data.path;
      const back = (await query('person:王敬东', 'person:赵丽君')).data.path;
      expect(back.nodes).toEqual([...there.nodes].reverse());
      expect(back.hops).toEqual([...there.hops].reverse());
    });

    it('path finds its ends by label and id, never with a statement over every label', async () => {
      const store = countingStore(seeded.store);
      const counted = createApp({ store, config: { ingestToken: null } });
      const missing = await gql(counted, '{ path(from: "person:无此人", to: "org:无此会") { length } }');
      expect(missing.errors?.[0]).toMatchObject({ message: 'No node with id "person:无此人" or "org:无此会"', extensions: { code: 'NOT_FOUND' } });
      expect(store.statements.length).toBeGreaterThan(0);
      for (const cypher of store.statements) expect(cypher).not.toMatch(/MATCH \(\w*\)/);
    });

    it('path to itself is empty; to an unknown id is NOT_FOUND', async () => {
      const res = await gql(app, '{ path(from: "person:赵丽君", to: "person:赵丽君") { length } }');
      expect(res.data.path).toEqual({ length: 0 });
      const missing = await gql(app, '{ path(from: "person:赵丽君", to: "person:无此人") { length } }');
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('dashboard', () => {
    const STATS = `query($filter: ActivityFilter) { stats(filter: $filter) { activityCount byKind { kind count }
      byDistrict { district { name } count } byOrganizer(first: 3) { organization { name } count }
      topPeople(first: 1) { person { name } count } topOrganizations(first: 1) { organization { name } count } } }`;
    const tally = (keys: string[]) => {
      const m = new Map<string, number>();
      keys.forEach((k) => m.set(k, (m.get(k) ?? 0) + 1));
      return m;
    };

    it('counts activities by kind and district, and ranks people and organizations', async () => {
      const res = await gql(app, STATS);
      expect(res.errors).toBeUndefined();
      const s = res.data.stats;
      expect(s.activityCount).toBe(goldArticles().length);
      expect(new Map(s.byKind.map((k: any) => [k.kind, k.count]))).toEqual(new Map([...tally(goldArticles().map((a) => a.activity.kind.toUpperCase()))]));
      expect(new Map(s.byDistrict.map((d: any) => [d.district.name, d.count]))).toEqual(tally(goldArticles().flatMap((a) => a.activity.districts)));
      // Gold: 北京市总工会 organized the most (4), 赵丽君 took part in the most (2).
      expect(s.byOrganizer[0]).toEqual({ organization: { name: '北京市总工会' }, count: 4 });
      expect(s.topPeople).toEqual([{ person: { name: '赵丽君' }, count: 2 }]);
      expect(s.topOrganizations[0].organization.name).toBe('北京市总工会');
    });

    it('takes the same filters as the activity list', async () => {
      const res = await gql(app, STATS, { filter: { district: '东城' } });
      const inDongcheng = goldArticles().filter((a) => a.activity.districts.includes('东城区'));
      expect(res.data.stats.activityCount).toBe(inDongcheng.length);
      expect(res.data.stats.byKind.reduce((n: number, k: any) => n + k.count, 0)).toBe(inDongcheng.length);
      expect(res.data.stats.byDistrict[0]).toEqual({ district: { name: '东城区' }, count: inDongcheng.length });
    });
  });
});
