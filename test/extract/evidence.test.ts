// Every fact carries the sentence it was read from, with its offsets in the
// article's body: a reader can find it there, character for character.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../../src/extract/lexicon/examples.ts';
import { extractPage } from '../../src/extract/pipeline.ts';
import type { ArticleFacts, Evidence } from '../../src/extract/types.ts';

/** Every evidence of an article, with what it is the evidence of. */
function evidenceOf(a: ArticleFacts): Array<[string, Evidence | undefined]> {
  const out: Array<[string, Evidence | undefined]> = [];
  for (const [field, list] of Object.entries({ authors: a.authors, people: a.people, organizations: a.organizations, positions: a.positions, participants: a.participants, places: a.places })) {
    for (const f of list) out.push([`${field} ${f.name}`, f.evidence]);
  }
  for (const d of a.activity.districts) out.push([`district ${d}`, a.activity.evidence?.districts[d]]);
  for (const o of a.activity.organizers) out.push([`organizer ${o}`, a.activity.evidence?.organizers[o]]);
  return out;
}

describe('evidence', () => {
  const text = page(
    '## 区总工会慰问一线职工',
    '本报讯（记者 孙立）近日，东城区总工会副主席刘红梅带队慰问环卫工人。',
    '在东直门环卫站，慰问组为职工送去防暑用品。刘红梅表示，要把关爱送到一线。',
  );
  const [a] = extractPage('p.txt', text).articles;

  it('is the sentence that states a position, found in the body at its offsets', () => {
    const p = a!.positions.find((x) => x.name === '刘红梅')!;
    expect(p.evidence).toEqual({ text: '近日，东城区总工会副主席刘红梅带队慰问环卫工人。', start: 0, end: 24 });
    expect(a!.body.slice(p.evidence!.start!, p.evidence!.end!)).toBe(p.evidence!.text);
  });

  it('is the sentence that gives a participant a role, at its offsets past the paragraphs before it', () => {
    const led = a!.participants.find((x) => x.name === '刘红梅')!;
    expect(led.roles).toContain('LED');
    expect(led.evidence?.text).toBe('近日，东城区总工会副主席刘红梅带队慰问环卫工人。');
    const [b] = extractPage('q.txt', page('## 区总工会召开座谈会', '本报讯 近日，朝阳区总工会召开职工座谈会。', '会上，职工代表王强发言。')).articles;
    const spoke = b!.participants.find((x) => x.name === '王强')!;
    expect(spoke.evidence).toEqual({ text: '会上，职工代表王强发言。', start: b!.body.indexOf('会上'), end: b!.body.length });
    expect(spoke.evidence!.start).toBeGreaterThan(b!.body.indexOf('\n'));
  });

  it('is the byline for a writer, with no offsets (the byline is not in the body)', () => {
    expect(a!.authors[0]!.evidence).toEqual({ text: '本报讯（记者 孙立）', start: null, end: null });
  });

  it('is a sentence of the body for an organizer named in the title too', () => {
    expect(a!.activity.evidence?.organizers['东城区总工会']?.text).toBe('近日，东城区总工会副主席刘红梅带队慰问环卫工人。');
  });

  it('is on every fact of the real pages, and each one is in its body at its offsets', () => {
    const root = join(import.meta.dirname, '..', '..');
    let checked = 0;
    for (const dir of ['seeds', 'test/unseen/pages', 'test/dev/pages', 'test/holdout/pages']) {
      for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.txt'))) {
        for (const art of extractPage(f, readFileSync(join(root, dir, f), 'utf8')).articles) {
          for (const [what, e] of evidenceOf(art)) {
            expect(e, `${f} ${what}`).toBeDefined();
            if (e!.start === null) continue;
            expect(art.body.slice(e!.start, e!.end!), `${f} ${what}`).toBe(e!.text);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
