// The three example queries of the README, as written, answered over the seed
// pages. `pipeline` is the product: the pages as the extractor reads them.
// `gold` loads the same pages with their annotated facts, so these tests also
// show the API answers right whatever the extractor's current quality.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { goldArticles, goldAssociates, goldOrganization, goldPositions } from './gold.ts';
import { gql } from './http.ts';
import { openSeededStore, type FactSource, type SeededStore } from './seeded.ts';

const [OFFICIALS_IN_DONGCHENG, MUNICIPAL_UNION, ZHAO_LIJUN] = EXAMPLE_QUERIES.map((e) => e.query);

describe.each<FactSource>(['pipeline', 'gold'])('example queries over the seed pages (%s facts)', (source) => {
  let seeded: SeededStore;
  let app: App;
  beforeAll(async () => {
    seeded = await openSeededStore(source);
    app = createApp({ store: seeded.store, config: { ingestToken: null } });
  });
  afterAll(() => seeded.close());

  it('1: officials at events in 东城区, with their titles', async () => {
    const res = await gql(app, OFFICIALS_IN_DONGCHENG);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.activities.edges.map((e: any) => e.node);
    const byHeadline = new Map(nodes.map((n: any) => [n.article.headline, n]));
    // Gold: the activities whose districts include 东城区, in page order.
    const expected = goldArticles().filter((a) => a.activity.districts.includes('东城区'));
    expect(nodes.map((n: any) => n.article.headline)).toEqual(expected.map((a) => a.headline));
    for (const a of expected) {
      const node: any = byHeadline.get(a.headline);
      expect(node.kind).toBe(a.activity.kind.toUpperCase());
      expect(node.participants.map((p: any) => ({ name: p.person.name, roles: [...p.roles].sort() })))
        .toEqual(a.participants.map((p) => ({ name: p.name, roles: [...p.roles].sort() })));
    }
    // Gold 001 article 1: 赵丽君 LED the inspection; 李长华 ACCOMPANIED, 党组书记 and 常务副主席 of 东城区总工会.
    const inspection: any = byHeadline.get('市推进产业工人队伍建设改革工作评价组赴东城调研');
    const li = inspection.participants.find((p: any) => p.person.name === '李长华');
    expect(li.roles).toEqual(['ACCOMPANIED']);
    expect(li.person.positions).toContainEqual({ titles: ['党组书记', '常务副主席'], organization: { name: '东城区总工会' } });
    const zhao = inspection.participants.find((p: any) => p.person.name === '赵丽君');
    expect(zhao.roles).toEqual(expect.arrayContaining(['LED', 'SPOKE']));
    expect(zhao.person.positions).toContainEqual({ titles: ['党组成员', '副主席'], organization: { name: '北京市总工会' } });
  });

  it('2: 北京市总工会 found by its short name 市总工会', async () => {
    const res = await gql(app, MUNICIPAL_UNION);
    expect(res.errors).toBeUndefined();
    const org = res.data.organization;
    expect(goldOrganization('市总工会')).toBe('北京市总工会');
    expect(org).toMatchObject({ name: '北京市总工会', kind: 'UNION' });
    expect(org.aliases).toContain('市总工会');
    // Gold: everyone holding a position at 北京市总工会 (王敬东, 赵丽君, 蒋文云, 张文涛).
    const holders = goldArticles().flatMap((a) => a.positions).filter((p) => p.organization === '北京市总工会');
    expect(new Set(org.positions.map((p: any) => p.person.name))).toEqual(new Set(holders.map((p) => p.name)));
    expect(org.positions).toContainEqual({ titles: ['党组成员', '副主席', '一级巡视员'], person: { name: '王敬东' } });
    // Gold: the activities 北京市总工会 organized, in page order.
    const organized = goldArticles().filter((a) => a.activity.organizers.includes('北京市总工会'));
    expect(org.organized.edges.map((e: any) => e.node.article.headline)).toEqual(organized.map((a) => a.headline));
    expect(org.organized.edges.map((e: any) => e.node.kind)).toEqual(organized.map((a) => a.activity.kind.toUpperCase()));
  });

  it('3: who 赵丽君 is connected to, and through what', async () => {
    const res = await gql(app, ZHAO_LIJUN);
    expect(res.errors).toBeUndefined();
    const p = res.data.person;
    expect(p.name).toBe('赵丽君');
    // Gold 001#1 and 003#0: 党组成员 and 副主席 of 北京市总工会.
    const positions = goldPositions('赵丽君');
    expect(p.positions.map((x: any) => ({ org: x.organization.name, titles: new Set(x.titles) })))
      .toEqual([...positions].map(([org, titles]) => ({ org, titles })));
    // Gold: she LED the inspection in 东城区 (001#1) and ATTENDED the show in 东城区 (003#0).
    expect(p.participations.map((x: any) => ({ headline: x.activity.article.headline, kind: x.activity.kind, roles: [...x.roles].sort(), districts: x.activity.districts.map((d: any) => d.name) })))
      .toEqual(goldArticles().filter((a) => a.participants.some((x) => x.name === '赵丽君')).map((a) => ({
        headline: a.headline, kind: a.activity.kind.toUpperCase(), districts: a.activity.districts,
        roles: [...a.participants.find((x) => x.name === '赵丽君')!.roles].sort(),
      })));
    // Gold: the people at those two activities, and the other officials of 北京市总工会.
    const expected = goldAssociates('赵丽君');
    expect(expected.size).toBeLessThanOrEqual(10);
    expect(new Set(p.associates.map((a: any) => a.person.name))).toEqual(expected);
    for (const a of p.associates) expect(a.count).toBeGreaterThanOrEqual(1);
    // Read from the pages, every title and every part she took comes with the sentence that states
    // it, which names her; facts written from the gold files carry none.
    for (const x of [...p.positions, ...p.participations]) {
      if (source === 'gold') expect(x.evidence).toBeNull();
      else expect(x.evidence.text).toContain('赵丽君');
    }
    if (source === 'pipeline') for (const x of p.positions) expect(x.evidence.rule).toMatch(/^position\./);
  });
});

describe('the examples are the ones users see', () => {
  it('README.md shows each example query exactly', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    for (const e of EXAMPLE_QUERIES) expect(readme).toContain(e.query);
  });

  it('GraphiQL opens with the example queries', async () => {
    const seeded = await openSeededStore('gold');
    try {
      const app = createApp({ store: seeded.store, config: { ingestToken: null } });
      const res = await app.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const e of EXAMPLE_QUERIES) expect(html).toContain(JSON.stringify(e.query).slice(1, 40));
    } finally {
      await seeded.close();
    }
  });
});
