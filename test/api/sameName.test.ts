// Two people of one name are two persons; one person whose title changes stays
// one. Invented pages in the genre, read by the pipeline into a real store.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { openStore } from '../../src/graph/open.ts';
import { parseOverrides } from '../../src/graph/people.ts';
import { applyOverrides } from '../../src/graph/peopleOverrides.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { gql } from './http.ts';

const PAGES: Record<string, string> = {
  // 张伟 of 东城区总工会, 副主席 in May ...
  '2024-05-11/1.txt': `# 工会新闻

## 东城区总工会召开职工代表大会

本报讯（记者 李明）5月10日，东城区总工会召开第三届职工代表大会。东城区总工会副主席张伟出席会议并讲话，东城区总工会主席王红作工作报告。
`,
  // ... 党组书记、主席 in June: the same person, with a new title.
  '2024-06-04/1.txt': `# 工会新闻

## 东城区总工会开展劳模走访慰问活动

本报讯 6月3日，东城区总工会党组书记、主席张伟带队走访慰问劳动模范，东城区总工会副主席王红参加慰问。
`,
  // Another 张伟, of a 海淀区 association, with nothing in common: someone else.
  '2024-06-20/3.txt': `# 科技园区

## 海淀区科技企业举办职工技能比赛

本报讯 近日，海淀区科学技术协会举办职工技能比赛。海淀区科学技术协会主席张伟、中关村软件园有限公司总经理刘洋出席比赛并为获奖职工颁奖。
`,
};

async function ingestInto(store: GraphStore, dir: string, pages: Record<string, string>) {
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const summary = await ingestPaths(store, [dir]);
  expect(summary.failed).toEqual([]);
}

describe('same-name people', () => {
  let dir: string;
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-names-'));
    store = await openStore({ dataDir: join(dir, 'data'), neo4j: null });
    await ingestInto(store, join(dir, 'pages'), PAGES);
    app = createApp({ store, config: { ingestToken: null } });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('splits two people of one name in unrelated contexts', async () => {
    const res = await gql(app, `{ people(name: "张伟") { totalCount edges { node { id
      resolution { reason score context } positions { titles organization { name } } sameNameAs { id } } } } }`);
    expect(res.errors).toBeUndefined();
    const people = res.data.people.edges.map((e: { node: unknown }) => e.node);
    expect(res.data.people.totalCount).toBe(2);
    const byId = new Map(people.map((p: { id: string }) => [p.id, p]));
    const first: any = byId.get('person:张伟');
    const second: any = byId.get('person:张伟~2');
    expect(new Set(first.positions.map((p: any) => p.organization.name))).toEqual(new Set(['东城区总工会']));
    expect(second.positions).toEqual([{ titles: ['主席'], organization: { name: '海淀区科学技术协会' } }]);
    expect(first.resolution.reason).toBe('first');
    expect(second.resolution).toMatchObject({ reason: 'split', score: 0 });
    expect(second.resolution.context).toEqual(['org:海淀区科学技术协会', 'district:海淀区', 'peer:刘洋']);
    expect(first.sameNameAs).toEqual([{ id: 'person:张伟~2' }]);
    expect(second.sameNameAs).toEqual([{ id: 'person:张伟' }]);
  });

  it('keeps one person across pages when the title changes', async () => {
    const res = await gql(app, `{ node(id: "person:张伟") { ... on Person { resolution { mentions }
      positions { titles } associates { person { id } } } } }`);
    const person = res.data.node;
    expect(person.resolution.mentions).toBe(2);
    expect(new Set(person.positions.flatMap((p: any) => p.titles))).toEqual(new Set(['副主席', '党组书记', '主席']));
    // Her colleague is an associate; the 海淀区 manager is not.
    expect(person.associates.map((a: any) => a.person.id)).toEqual(['person:王红']);
  });

  it('person(name:) with two persons of the name is an error listing both', async () => {
    const res = await gql(app, '{ person(name: "张伟") { id } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_REQUEST', matches: ['person:张伟', 'person:张伟~2'] });
    expect(res.errors?.[0].message).toBe('"张伟" is 2 people: person:张伟 (东城区总工会, 东城区); person:张伟~2 (海淀区科学技术协会, 海淀区). '
      + 'Ask for one by id with node(id:), or list them with people(name:)');
    const one = await gql(app, '{ person(name: "王红") { id resolution { reason } } }');
    expect(one.data.person).toEqual({ id: 'person:王红', resolution: { reason: 'first' } });
  });

  it('gives the same ids when the pages are ingested again, changed or not', async () => {
    const changed = { ...PAGES, '2024-06-20/3.txt': PAGES['2024-06-20/3.txt'].replace('为获奖职工颁奖', '为获奖职工颁发证书') };
    await ingestInto(store, join(dir, 'pages'), changed);
    const res = await gql(app, '{ people(name: "张伟") { edges { node { id positions { organization { name } } } } } }');
    expect(res.data.people.edges.map((e: any) => [e.node.id, e.node.positions[0].organization.name])).toEqual([
      ['person:张伟', '东城区总工会'], ['person:张伟~2', '海淀区科学技术协会'],
    ]);
  });

  it('applies a curator\'s merge and split to the pages already stored, once', async () => {
    const overrides = parseOverrides(JSON.stringify({
      merge: [{ ids: ['person:张伟~2'], into: 'person:张伟' }],
      split: [{ article: 'article:2024-06-04/1.txt#0', name: '王红' }],
    }), 'people.json');
    expect((await applyOverrides(store, overrides)).sort()).toEqual(['2024-06-04/1.txt', '2024-06-20/3.txt']);
    const merged = await gql(app, `{ people(name: "张伟") { totalCount edges { node { id resolution { mergedFrom }
      positions { organization { name } } } } } }`);
    expect(merged.data.people.totalCount).toBe(1);
    const zhang = merged.data.people.edges[0].node;
    expect(zhang.id).toBe('person:张伟');
    expect(zhang.resolution.mergedFrom).toEqual(['person:张伟~2']);
    expect(new Set(zhang.positions.map((p: any) => p.organization.name))).toEqual(new Set(['东城区总工会', '海淀区科学技术协会']));
    // 王红 of the June page is a person of her own now; the May page's 王红 keeps the id.
    const wang = await gql(app, '{ people(name: "王红") { edges { node { id resolution { reason } mentionedIn { edges { node { id } } } } } } }');
    expect(wang.data.people.edges.map((e: any) => [e.node.id, e.node.resolution.reason, e.node.mentionedIn.edges.map((x: any) => x.node.id)])).toEqual([
      ['person:王红', 'first', ['article:2024-05-11/1.txt#0']],
      ['person:王红~2', 'split-by-curator', ['article:2024-06-04/1.txt#0']],
    ]);
    // Applied: nothing is left to write.
    expect(await applyOverrides(store, overrides)).toEqual([]);
  });
});
