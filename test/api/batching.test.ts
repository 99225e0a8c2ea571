// DataLoader batching: the store is wrapped to count its read round trips (it
// still runs every query on the real store). A query over N activities costs
// the same number of round trips as over 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import { createApp } from '../../src/server/app.ts';
import { gql } from './http.ts';
import { countingStore, openSeededStore, type FactSource, type SeededStore } from './seeded.ts';

const EXAMPLE_1 = EXAMPLE_QUERIES[0].query;
const ALL_ACTIVITIES = (first: number) => `{ activities(first: ${first}) { edges { node {
  kind article { headline authors { role person { name } } }
  districts { name } organizers { name positions { titles } }
  participants { roles person { name positions { titles organization { name } } participations { roles } } } } } } }`;

async function roundTrips(seeded: SeededStore, query: string) {
  const store = countingStore(seeded.store);
  const app = createApp({ store, config: { ingestToken: null } });
  const res = await gql(app, query);
  expect(res.errors).toBeUndefined();
  return { reads: store.reads, data: res.data };
}

describe.each<FactSource>(['gold', 'pipeline'])('store round trips per query (%s facts)', (source) => {
  let seeded: SeededStore;
  beforeAll(async () => { seeded = await openSeededStore(source); });
  afterAll(() => seeded.close());

  it('example 1 with 20 activities costs no more round trips than with 2', async () => {
    const two = await roundTrips(seeded, EXAMPLE_1.replace('first: 20', 'first: 2'));
    const twenty = await roundTrips(seeded, EXAMPLE_1);
    expect(two.data.activities.edges).toHaveLength(2);
    expect(twenty.data.activities.edges.length).toBeGreaterThanOrEqual(source === 'gold' ? 5 : 2);
    expect(twenty.reads).toBeLessThanOrEqual(two.reads);
    console.log(`[${source}] example 1: ${two.reads} round trips for 2 activities, ${twenty.reads} for ${twenty.data.activities.edges.length}`);
    // the district's activity ids (sorted here), those activities, articles, participants, people, positions, organizations.
    expect(twenty.reads).toBeLessThanOrEqual(7);
  });

  it('a wide query over every activity costs at most one round trip per list or entity level', async () => {
    const all = await roundTrips(seeded, ALL_ACTIVITIES(40));
    const n = all.data.activities.edges.length;
    expect(n).toBeGreaterThan(20);
    console.log(`[${source}] wide query: ${all.reads} round trips for ${n} activities`);
    // 15 reads: activities; article, its authors and their people; districts and
    // their nodes; organizers, their nodes and positions (two: the first holders,
    // then their statements); participants, people, their positions,
    // organizations and participations.
    expect(all.reads).toBeLessThanOrEqual(15);
  });
});
