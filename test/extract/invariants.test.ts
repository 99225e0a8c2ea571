// Invariants of extractPage's output that hold on any page, checked on the seed
// pages and on many pages damaged from them (test/extract/mutations.ts): the
// pipeline never throws, and what it outputs is consistent with itself, with
// the closed lists of types.ts and with the page's text (invariantChecks.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from './invariantChecks.ts';
import { mutatedCorpus } from './mutations.ts';

const root = new URL('../../', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort()
  .map((file) => ({ file, text: readFileSync(new URL(`seeds/${file}`, root), 'utf8') }));

/** More rounds search harder (`INV_ROUNDS=50 npx vitest run test/extract/invariants.test.ts`); 6 keeps the suite quick. */
const ROUNDS = Number(process.env.INV_ROUNDS ?? 6);

describe('extractPage invariants', () => {
  for (const s of seeds) it(`seed ${s.file}`, () => expect(check(s.file, s.text)).toEqual([]));
});

describe('extractPage invariants on damaged pages', () => {
  const byKind = new Map<string, { name: string; text: string }[]>();
  for (const m of mutatedCorpus(seeds, ROUNDS)) {
    const kind = m.name.replace(/^.*~|#.*$/g, '');
    byKind.set(kind, [...(byKind.get(kind) ?? []), m]);
  }
  for (const [kind, pages] of byKind) {
    it(kind, () => expect(pages.flatMap((m) => check(m.name, m.text).map((v) => `${m.name}: ${v}`))).toEqual([]));
  }
});
