// Places over the seed pages: look-up by name, activities filtered by a place
// their article names, and each district's places listed once. The gold
// annotates no places: expected answers come from the extraction of the
// seed pages, read apart from the store.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractPageFile } from '../../src/extract/pageFile.ts';
import { gql } from './http.ts';
import { SEEDS, useSeededApp } from './seeded.ts';

const seedArticles = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
  .flatMap((f) => extractPageFile(join(SEEDS, f)).articles.map((a, index) => ({ ...a, file: f, index })));
const seedPlaces = () => seedArticles().flatMap((a) => a.places);

describe('places over the seed pages', () => {
  const seeds = useSeededApp();

  it('lists each place of a district once, as many as the district has', async () => {
    // A place is put in its district once per article that names it: 西城区 itself by several articles.
    const repeated = await seeds.seeded.store.read('MATCH (pl:Place)-[r:IN_DISTRICT]->(d:District) WITH pl, d, count(r) AS n WHERE n > 1 RETURN count(*) AS pairs');
    expect(Number(repeated[0].pairs)).toBeGreaterThan(0);
    const res = await gql(seeds.app, '{ districts { id name places(first: 100) { totalCount edges { node { id name } } } } }');
    expect(res.errors).toBeUndefined();
    for (const d of res.data.districts) {
      const ids = d.places.edges.map((e: any) => e.node.id);
      expect(new Set(ids).size, d.name).toBe(ids.length);
      const distinct = await seeds.seeded.store.read('MATCH (pl:Place)-[:IN_DISTRICT]->(d:District {id: $id}) RETURN count(DISTINCT pl) AS n', { id: d.id });
      expect(d.places.totalCount, d.name).toBe(Number(distinct[0].n));
      expect(ids.length).toBe(d.places.totalCount);
    }
  });

  it('looks a place up by name, with its district; an unknown name is null', async () => {
    const place = seedPlaces().find((p) => p.district && p.name !== p.district)!;
    const res = await gql(seeds.app, '{ place(name: $name) { id name district { name } } none: place(name: "没有这个地方") { id } }'.replace('$name', JSON.stringify(place.name)));
    expect(res.errors).toBeUndefined();
    expect(res.data.place).toEqual({ id: `place:${place.name}`, name: place.name, district: { name: place.district } });
    expect(res.data.none).toBeNull();
  });

  it('filters activities by a place their article names, alone and with another condition', async () => {
    const counts = new Map<string, number>();
    for (const p of seedPlaces()) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    // A place named by more than one article, and one that is not a district.
    const [name] = [...counts].find(([n, c]) => c > 1 && !n.endsWith('区')) ?? [...counts].find(([, c]) => c > 1)!;
    const expected = seedArticles().filter((a) => a.places.some((p) => p.name === name)).map((a) => `activity:${a.file}#${a.index}`);
    const query = 'query($f: ActivityFilter) { activities(filter: $f, first: 100) { totalCount edges { node { id kind } } } }';
    const res = await gql(seeds.app, query, { f: { place: name } });
    expect(res.errors).toBeUndefined();
    expect(res.data.activities.edges.map((e: any) => e.node.id).sort()).toEqual(expected.sort());
    expect(res.data.activities.totalCount).toBe(expected.length);

    const kind = res.data.activities.edges[0].node.kind;
    const both = await gql(seeds.app, query, { f: { place: name, kind } });
    expect(both.data.activities.edges.map((e: any) => e.node.id).sort())
      .toEqual(res.data.activities.edges.filter((e: any) => e.node.kind === kind).map((e: any) => e.node.id).sort());
    const inDistrict = new Set((await seeds.seeded.store.read("MATCH (a:Activity)-[:TOOK_PLACE_IN]->(:District {id: 'district:朝阳区'}) RETURN a.id AS id")).map((r) => String(r.id)));
    const district = await gql(seeds.app, query, { f: { place: name, district: '朝阳' } });
    expect(district.errors).toBeUndefined();
    expect(district.data.activities.edges.map((e: any) => e.node.id).sort())
      .toEqual(res.data.activities.edges.map((e: any) => e.node.id).filter((id: string) => inDistrict.has(id)).sort());
  });
});
