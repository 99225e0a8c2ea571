// Stages 6-8 over whole seed pages: positions, activity and participants
// against the gold, with the gold's organizations and people as their inputs
// (so the figure measures these stages, not the ones before them).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../src/extract/segment.ts';
import { findAuthors } from '../../src/extract/authors.ts';
import { findPlaces } from '../../src/extract/places.ts';
import { findPositions } from '../../src/extract/positions.ts';
import { findActivity } from '../../src/extract/activity.ts';
import { findParticipants } from '../../src/extract/participants.ts';
import type { OrgKind } from '../../src/extract/types.ts';
import { orgs, people } from './handMentions.ts';

interface GoldArticle {
  anchor: string;
  activity: { kind: string; districts: string[]; organizers: string[] };
  participants: { name: string; roles: string[] }[];
  positions: { name: string; organization: string; titles: string[] }[];
  people: { name: string }[];
  organizations: { name: string; aliases: string[]; kind: OrgKind }[];
}

const squash = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
const counts = { tp: 0, fp: 0, fn: 0 };
type Field = 'positions' | 'participant_roles' | 'districts' | 'organizers' | 'kind';
const fields: Record<Field, typeof counts> = {
  positions: { ...counts }, participant_roles: { ...counts }, districts: { ...counts }, organizers: { ...counts }, kind: { ...counts },
};

function tally(field: Field, gold: string[], got: string[]) {
  const g = new Set(gold);
  const s = new Set(got);
  for (const x of s) if (g.has(x)) fields[field].tp++; else fields[field].fp++;
  for (const x of g) if (!s.has(x)) fields[field].fn++;
}

for (const file of fs.readdirSync('seeds')) {
  const gold: { articles: GoldArticle[] } = JSON.parse(fs.readFileSync(`test/gold/${file.replace('.txt', '.json')}`, 'utf8'));
  for (const block of segmentPage(fs.readFileSync(`seeds/${file}`, 'utf8'))) {
    const text = squash([block.headline ?? '', ...block.alt_titles, ...block.paragraphs].join('\n'));
    const g = gold.articles.find((a) => text.includes(squash(a.anchor)));
    if (!g) continue;
    const forms: Record<string, [string, OrgKind]> = {};
    for (const o of g.organizations) for (const n of [o.name, ...o.aliases]) forms[n] = [o.name, o.kind];
    const authors = findAuthors(block);
    const who = people(block, g.people.map((p) => p.name));
    const bodies = orgs(block, forms);
    const positions = findPositions(block, who, bodies);
    const activity = findActivity(block, bodies, findPlaces(block));
    const participants = findParticipants(block, who, positions, authors);
    const aliasOf = (name: string) => g.organizations.find((o) => o.aliases.includes(name))?.name ?? name;
    tally('positions', g.positions.flatMap((p) => p.titles.map((t) => `${p.name}|${p.organization}|${t}`)),
      positions.flatMap((p) => p.titles.map((t) => `${p.name}|${aliasOf(p.organization)}|${t}`)));
    tally('participant_roles', g.participants.flatMap((p) => p.roles.map((r) => `${p.name}/${r}`)),
      participants.flatMap((p) => p.roles.map((r) => `${p.name}/${r}`)));
    tally('districts', g.activity.districts, activity.districts);
    tally('organizers', g.activity.organizers, activity.organizers.map(aliasOf));
    tally('kind', [g.activity.kind], [activity.kind]);
  }
}

describe('positions, activity and participants on the seed pages', () => {
  it.each(Object.keys(fields) as Field[])('%s F1 is at least 0.95', (field) => {
    const { tp, fp, fn } = fields[field];
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(tp).toBeGreaterThan(0);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});
