// A page printed in Traditional characters gives the facts of its Simplified
// twin: the same names (in Simplified, as the graph keeps them), the same
// scores against the Simplified gold, and its titles, body and evidence as
// printed, each piece of evidence at its offsets in the printed body.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { scorePages, type ScoredPage } from '../../src/eval/score.ts';
import { extractPage } from '../../src/extract/pipeline.ts';
import { PrintedText } from '../../src/extract/printed.ts';
import type { ArticleFacts, Evidence, PageExtraction } from '../../src/extract/types.ts';
import { scriptOf, toSimplified } from '../../src/text/script.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED_FILES = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seedText = (f: string) => readFileSync(join(root, 'seeds', f), 'utf8');
const gold: ScoredPage[] = readdirSync(join(root, 'test/gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ ...JSON.parse(readFileSync(join(root, 'test/gold', f), 'utf8')), file: f }));

// Hong Kong characters: read back into Simplified, every seed page is its own text again.
// (Taiwan's standard prints both 着 and 著 as 著, and 著 reads back as 著: `许艳丽着重从…` loses its person.)
const to = OpenCC.Converter({ from: 'cn', to: 'hk' });

const simplified = new Map(SEED_FILES.map((f) => [f, extractPage(f, seedText(f))]));
const traditional = new Map(SEED_FILES.map((f) => [f, extractPage(f, to(seedText(f)))]));

/** The facts of an article by name, with the names read back into Simplified (no evidence, no rules). */
function facts(a: ArticleFacts) {
  const s = toSimplified;
  return {
    authors: a.authors.map((x) => ({ name: s(x.name), role: x.role })),
    people: a.people.map((x) => ({ name: s(x.name), occupation: x.occupation && s(x.occupation) })),
    organizations: a.organizations.map((x) => ({ name: s(x.name), aliases: x.aliases.map(s), kind: x.kind })),
    positions: a.positions.map((x) => ({ name: s(x.name), organization: s(x.organization), titles: x.titles.map(s) })),
    participants: a.participants.map((x) => ({ name: s(x.name), roles: x.roles })),
    places: a.places.map((x) => ({ name: s(x.name), district: x.district && s(x.district) })),
    activity: { kind: a.activity.kind, districts: a.activity.districts.map(s), organizers: a.activity.organizers.map(s), date: a.activity.date },
  };
}

/** Every piece of evidence of an article, named by the fact it backs. */
function evidence(a: ArticleFacts): Array<[string, Evidence]> {
  const out: Array<[string, Evidence]> = [];
  const add = (kind: string, xs: Array<{ name: string; evidence?: Evidence }>) => {
    for (const x of xs) if (x.evidence) out.push([`${kind} ${x.name}`, x.evidence]);
  };
  add('author', a.authors); add('person', a.people); add('org', a.organizations); add('position', a.positions);
  add('participant', a.participants); add('place', a.places);
  for (const [k, e] of Object.entries(a.activity.evidence?.districts ?? {})) out.push([`district ${k}`, e]);
  for (const [k, e] of Object.entries(a.activity.evidence?.organizers ?? {})) out.push([`organizer ${k}`, e]);
  if (a.activity.evidence?.date) out.push(['date', a.activity.evidence.date]);
  return out;
}

describe('a seed page converted to Traditional', () => {
  it.each(SEED_FILES)('%s gives the facts of its Simplified page, names in Simplified', (file) => {
    const page = traditional.get(file)!, twin = simplified.get(file)!;
    expect(page.script).toBe('traditional');
    expect(page.articles.length).toBe(twin.articles.length);
    expect(page.articles.map(facts)).toEqual(twin.articles.map(facts));
    // the names are the Simplified forms themselves, not just equal once converted
    const names = page.articles.flatMap((a) => [...a.people.map((p) => p.name), ...a.organizations.map((o) => o.name)]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => toSimplified(n) !== n)).toEqual([]);
  });

  it('scores as its Simplified page does against the Simplified gold', () => {
    const want = scorePages(gold, [...simplified.values()], { rules: true });
    const got = scorePages(gold, [...traditional.values()], { rules: true });
    expect(want.fields.find((f) => f.field === 'people')!.tp).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });
});

describe('the printed text of a Traditional page', () => {
  it.each(SEED_FILES)('%s keeps its titles and body as printed, the same length as read', (file) => {
    const page = traditional.get(file)!, twin = simplified.get(file)!;
    page.articles.forEach((a, i) => {
      const s = twin.articles[i]!;
      expect(a.body).toBe(to(s.body));
      expect(a.headline).toBe(s.headline === null ? null : to(s.headline));
      expect(a.alt_titles).toEqual(s.alt_titles.map(to));
      expect(a.section).toBe(s.section === null ? null : to(s.section));
    });
    const bodies = page.articles.map((a) => a.body).join('\n');
    expect(scriptOf(bodies)).toBe('traditional');
    expect(toSimplified(bodies)).toBe(twin.articles.map((a) => a.body).join('\n'));
  });

  it.each(SEED_FILES)('%s: each fact\'s evidence is printed text, at its offsets in the printed body', (file) => {
    const page = traditional.get(file)!, twin = simplified.get(file)!;
    let inBody = 0, changed = 0;
    page.articles.forEach((a, i) => {
      const s = twin.articles[i]!;
      const want = evidence(s);
      const got = evidence(a);
      expect(got.map(([k]) => k)).toEqual(want.map(([k]) => k));
      for (const [n, [key, e]] of got.entries()) {
        const w = want[n]![1];
        expect([key, e.start, e.end]).toEqual([key, w.start, w.end]);
        expect([key, e.text]).toEqual([key, to(w.text)]);
        if (e.start !== null) {
          expect([key, a.body.slice(e.start, e.end!)]).toEqual([key, e.text]);
          inBody++;
        }
        if (e.text !== w.text) changed++;
      }
    });
    expect(inBody).toBeGreaterThan(0);
    expect(changed).toBeGreaterThan(0);
  });

  it('gives the day of each activity, and the words it was read from as printed', () => {
    // pages with an issue date (in the file name or a page header)
    const files = ['test/dev-dates/pages', 'test/holdout/pages'].flatMap((dir) =>
      readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, dir, f)));
    const read = (f: string, text: string) => extractPage(f, text).articles.map((a) => a.activity);
    const got = files.flatMap((f) => read(f, to(readFileSync(f, 'utf8'))));
    const want = files.flatMap((f) => read(f, readFileSync(f, 'utf8')));
    expect(want.filter((a) => a.date).length).toBeGreaterThan(10);
    expect(got.map((a) => a.date)).toEqual(want.map((a) => a.date));
    expect(got.map((a) => a.date_text)).toEqual(want.map((a) => a.date_text && to(a.date_text)));
    expect(want.filter((a) => a.date_text && to(a.date_text) !== a.date_text).length).toBeGreaterThan(0);
  });

  it('a Simplified page carries no script field', () => {
    for (const page of simplified.values()) expect('script' in page).toBe(false);
  });
});

describe('PrintedText', () => {
  const read = '本报讯 东城区总工会\n副主席刘红梅带队。\n（记者 张晶）';
  const printed = '本報訊 東城區總工會\n副主席劉紅梅帶隊。\n（記者 張晶）';
  const text = new PrintedText(read, printed);

  it.each([
    ['东城区总工会', '東城區總工會'],
    // a paragraph rejoined across a line break: two runs of the page
    ['东城区总工会副主席刘红梅带队。', '東城區總工會副主席劉紅梅帶隊。'],
    // a character the page does not hold stays as it is
    ['刘红梅说：', '劉紅梅说：'],
    ['', ''],
  ])('%s -> %s', (s, want) => {
    expect(text.of(s)).toBe(want);
    expect(text.of(s)).toHaveLength(s.length);
  });

  it('gives a Simplified page back unchanged', () => {
    expect(new PrintedText(read, read).of('刘红梅')).toBe('刘红梅');
  });
});
