// Expected answers, read from the annotated pages (test/gold/*.json) rather
// than written down from the API's output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageExtraction } from '../../src/extract/types.ts';

const DIR = join(import.meta.dirname, '..', 'gold');

export const GOLD: PageExtraction[] = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as PageExtraction);

export const goldArticles = () => GOLD.flatMap((p) => p.articles.map((a, index) => ({ ...a, file: p.file, index })));

/** Titles per organization of a person, over every article that gives them. */
export function goldPositions(name: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of goldArticles()) {
    for (const p of a.positions) {
      if (p.name !== name) continue;
      const set = out.get(p.organization) ?? new Set<string>();
      p.titles.forEach((t) => set.add(t));
      out.set(p.organization, set);
    }
  }
  return out;
}

/** The organization whose canonical name or alias is `name` in the gold. */
export function goldOrganization(name: string): string | undefined {
  return goldArticles().flatMap((a) => a.organizations).find((o) => o.name === name || o.aliases.includes(name))?.name;
}

/** People who share an activity or an organization with `name`. */
export function goldAssociates(name: string): Set<string> {
  const out = new Set<string>();
  const orgs = new Set(goldPositions(name).keys());
  for (const a of goldArticles()) {
    if (a.participants.some((p) => p.name === name)) a.participants.forEach((p) => out.add(p.name));
    a.positions.filter((p) => orgs.has(p.organization)).forEach((p) => out.add(p.name));
  }
  out.delete(name);
  return out;
}
