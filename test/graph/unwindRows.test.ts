// The rows of a batch write as they travel to each store: one list of maps
// for Neo4j, one list per column for LadybugDB, with the columns it cannot
// type (null or empty in every row) written as typed literals. On a real
// embedded store, every shape stores the values given.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwindRows } from '../../src/graph/dialect.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { createNodes, createRels } from '../../src/graph/statements.ts';

describe('unwindRows', () => {
  const rows = [{ id: 'a', n: 1, l: ['x'], z: null }, { id: 'b', n: null, l: [], z: null }];

  it('gives Neo4j the rows as they are', () => {
    expect(unwindRows('neo4j', rows, { id: 'STRING', n: 'INT64', l: 'STRING[]', z: 'STRING' })).toEqual({ clause: 'UNWIND $rows AS r', params: { rows } });
  });

  it('gives LadybugDB a list per column, and a typed literal for a column with no value', () => {
    expect(unwindRows('ladybug', rows, { id: 'STRING', n: 'INT64', l: 'STRING[]', z: 'DATE' })).toEqual({
      clause: 'UNWIND range(1, $n) AS i WITH {id: $c0[i], n: $c1[i], l: $c2[i], z: CAST(NULL AS STRING)} AS r',
      params: { n: 2, c0: ['a', 'b'], c1: [1, null], c2: [['x'], []] },
    });
    expect(unwindRows('ladybug', [{ l: [] }, { l: [] }], { l: 'INT64[]' }).clause).toBe('UNWIND range(1, $n) AS i WITH {l: CAST([] AS INT64[])} AS r');
    // A property a row leaves out is null in it.
    expect(unwindRows('ladybug', [{ id: 'a' }, { id: 'b', n: 2 }], { id: 'STRING', n: 'INT64' }).params).toEqual({ n: 2, c0: ['a', 'b'], c1: [null, 2] });
  });

  it('falls back to a list of maps for a column of nulls and empty lists only', () => {
    const mixed = [{ l: null }, { l: [] }];
    expect(unwindRows('ladybug', mixed, { l: 'STRING[]' })).toEqual({ clause: 'UNWIND $rows AS r', params: { rows: mixed } });
  });
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('batch writes on the embedded store', () => {
  let tmp: string;
  let store: LadybugStore;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kg-unwind-'));
    store = await LadybugStore.open(tmp);
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('stores every value given, whatever shape each column travels in', async () => {
    const orgs = [
      { id: 'org:甲', name: '甲', kind: null, aliases: ['甲会'] },
      { id: 'org:乙', name: '乙', kind: 'union', aliases: [] },
    ];
    const articles = [
      { id: 'article:p#0', page: 'page:p', position: 0, headline: '职工运动会举行', altTitles: [], section: null, body: '本报讯', date: '2024-05-01' },
      { id: 'article:p#1', page: 'page:p', position: 1, headline: '劳模座谈会', altTitles: [], section: null, body: '', date: null },
    ];
    const mentions = [
      { from: 'article:p#0', to: 'org:甲', article: 'article:p#0', aliases: ['甲会'], kind: null, position: 0, evStart: 3, evEnd: 5, evText: null, rules: [] },
      { from: 'article:p#1', to: 'org:乙', article: 'article:p#1', aliases: [], kind: 'union', position: 0, evStart: 0, evEnd: 0, evText: '劳模座谈会', rules: [] },
    ];
    const statements = [createNodes('Organization', orgs, 'ladybug'), createNodes('Article', articles, 'ladybug'), createRels('MENTIONS_ORG', mentions, 'ladybug')];
    // The columns LadybugDB cannot type went as literals: section (null) and altTitles and rules (empty).
    expect(statements.map((s) => s.cypher).join(' ')).toMatch(/section: CAST\(NULL AS STRING\).*altTitles: CAST\(\[\] AS STRING\[\]\)|altTitles: CAST\(\[\] AS STRING\[\]\).*section: CAST\(NULL AS STRING\)/);
    expect(statements[2].cypher).toContain('rules: CAST([] AS STRING[])');
    expect((await store.write(statements)).map((r) => r[0].created)).toEqual([2, 2, 2]);

    expect(await store.read('MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.kind AS kind, o.aliases AS aliases ORDER BY id')).toEqual(byId(orgs));
    expect(await store.read('MATCH (a:Article) RETURN a.id AS id, a.page AS page, a.position AS position, a.headline AS headline, a.altTitles AS altTitles, '
      + 'a.section AS section, a.body AS body, a.date AS date ORDER BY id')).toEqual(articles);
    expect(await store.read('MATCH (a:Article)-[m:MENTIONS_ORG]->(o:Organization) RETURN a.id AS from, o.id AS to, m.article AS article, m.aliases AS aliases, '
      + 'm.kind AS kind, m.position AS position, m.evStart AS evStart, m.evEnd AS evEnd, m.evText AS evText, m.rules AS rules ORDER BY from')).toEqual(mentions);
  });
});
