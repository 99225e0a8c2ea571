// The rows one page becomes: a pair named twice in an article is one fact.
import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../../src/extract/types.ts';
import { planPage } from '../../src/graph/plan.ts';

const page: PageExtraction = {
  file: 'p.txt',
  articles: [{
    headline: '区总工会开展慰问', alt_titles: [], section: null, body: '正文', authors: [], people: [], places: [], organizations: [], positions: [],
    participants: [{ name: '张伟', roles: ['LED'] }, { name: '李娜', roles: ['ATTENDED'] }, { name: '张伟', roles: ['SPOKE'] }],
    activity: { kind: 'visit', districts: ['朝阳区', '朝阳区'], organizers: ['朝阳区总工会', '朝阳区总工会'], date: null },
  }],
};

describe('planPage', () => {
  it('writes a participant, organizer or district listed twice once, the first time it is listed', () => {
    const plan = planPage(page);
    expect(plan.rels.PARTICIPATED_IN.map((r) => [r.from, r.roles, r.position])).toEqual([['person:张伟', ['LED'], 0], ['person:李娜', ['ATTENDED'], 1]]);
    expect(plan.rels.ORGANIZED.map((r) => r.from)).toEqual(['org:朝阳区总工会']);
    expect(plan.rels.TOOK_PLACE_IN.map((r) => r.to)).toEqual(['district:朝阳区']);
    expect(plan.rels.INVOLVED_IN.map((r) => r.from)).toEqual(['org:朝阳区总工会']);
  });
});
