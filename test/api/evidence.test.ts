// The evidence of a fact through the API: the sentence that states it, found
// in its article's body at the offsets given, and the rules that read it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/pipeline.ts';
import { gql } from './http.ts';
import { SEEDS, useSeededApp } from './seeded.ts';

const seeds = useSeededApp();

/** The extraction's own position fact of a person and organization in an article (`article:FILE#INDEX`). */
function extractedPosition(article: string, person: string, organization: string) {
  const [, file, index] = /^article:(.+)#(\d+)$/.exec(article)!;
  const a = extractPage(file!, readFileSync(join(SEEDS, file!), 'utf8')).articles[Number(index)]!;
  return a.positions.find((x) => x.name === person && x.organization === organization)!;
}

describe('evidence in the API', () => {
  it('gives a position the sentence that states it, at its offsets in the body, with its rule', async () => {
    const res = await gql(seeds.app, `{ person(name: "赵丽君") { positions { titles organization { name }
      evidence { text start end rule rules article { id body } } } } }`);
    expect(res.errors).toBeUndefined();
    const position = res.data.person.positions.find((p: { organization: { name: string } }) => p.organization.name === '北京市总工会');
    const e = position.evidence;
    const want = extractedPosition(e.article.id, '赵丽君', '北京市总工会');
    expect(e.text).toBe(want.evidence!.text);
    expect(e.text).toContain('赵丽君');
    expect([e.start, e.end]).toEqual([want.evidence!.start, want.evidence!.end]);
    expect(e.article.body.slice(e.start, e.end)).toBe(e.text);
    expect(e.rule).toBe(want.rules![0]);
    expect(e.rules).toEqual(want.rules);
  });

  it('gives a participation its sentence and a byline its line, with no offsets', async () => {
    const res = await gql(seeds.app, `{ person(name: "赵丽君") { participations(first: 5) { roles evidence { text start rule article { body } } } }
      a: person(name: "张晶") { authored(first: 1) { edges { node { role evidence { text start end rules } } } } } }`);
    expect(res.errors).toBeUndefined();
    const [part] = res.data.person.participations;
    expect(part.evidence.text).toContain('赵丽君');
    expect(part.evidence.article.body).toContain(part.evidence.text);
    const byline = res.data.a.authored.edges[0].node.evidence;
    expect(byline).toMatchObject({ start: null, end: null, rules: ['dateline.own', 'byline.dateline'] });
    expect(byline.text).toMatch(/^本报讯（记者 ?张晶/);
  });

  it('explains each hop of a path with its evidence', async () => {
    const res = await gql(seeds.app, `{ path(from: "person:赵丽君", to: "person:王敬东") { hops { type evidence { text rule } } } }`);
    expect(res.errors).toBeUndefined();
    const hops = res.data.path.hops as Array<{ type: string; evidence: { text: string; rule: string } | null }>;
    expect(hops.length).toBeGreaterThan(0);
    for (const h of hops) {
      expect(h.evidence, h.type).not.toBeNull();
      expect(h.evidence!.text.length).toBeGreaterThan(4);
      expect(h.evidence!.rule).toMatch(/^[a-z]+\./);
    }
  });
});
