// The rule registry: every rule's invented example, run through the stage that
// reads it, yields a fact that names the rule; every rule a fact of a real page
// names is in the registry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateMentions, issueFromPath } from '../../src/extract/dates.ts';
import { extractPage } from '../../src/extract/pipeline.ts';
import { RULES, type Rule } from '../../src/extract/rules.ts';
import type { PageExtraction } from '../../src/extract/types.ts';

/** Every rule id the facts of a page name. */
function rulesOf(page: PageExtraction): Set<string> {
  const out = new Set<string>(page.issue_rules ?? []);
  const add = (ids: readonly string[] | undefined) => { for (const id of ids ?? []) out.add(id); };
  for (const a of page.articles) {
    add(a.rules);
    for (const list of [a.authors, a.people, a.organizations, a.positions, a.participants, a.places]) for (const f of list) add(f.rules);
    const r = a.activity.rules;
    add(r?.kind); add(r?.date);
    for (const ids of Object.values(r?.districts ?? {})) add(ids);
    for (const ids of Object.values(r?.organizers ?? {})) add(ids);
  }
  return out;
}

/** What the rule's example gives: the rule ids of its facts (a page), its date mentions (a phrase) or its issue date (a path). */
function firedBy(rule: Rule): Set<string> {
  if (rule.reads === 'date-phrase') {
    return new Set(findDateMentions(rule.example, 0, { y: 2024, m: 1, d: 3 }).flatMap((m) => [m.rule, m.skip ?? '']));
  }
  if (rule.reads === 'path') return new Set([issueFromPath(rule.example)?.rule ?? '']);
  return rulesOf(extractPage('example.txt', rule.example));
}

const rules = [...RULES.values()];

describe('the rule registry', () => {
  it('gives every rule a reason and an example', () => {
    expect(rules.length).toBeGreaterThan(150);
    for (const r of rules) {
      expect(r.why.length, r.id).toBeGreaterThan(10);
      expect(r.example.length, r.id).toBeGreaterThan(1);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: its example yields a fact that names it', (id, rule) => {
    expect([...firedBy(rule)]).toContain(id);
  });

  it('holds every rule the facts of the seed, dev and held-out pages name', () => {
    const root = join(import.meta.dirname, '..', '..');
    const dirs = ['seeds', 'test/unseen/pages', 'test/dev/pages', 'test/holdout/pages'];
    const named = new Set<string>();
    for (const dir of dirs) {
      for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.txt'))) {
        for (const id of rulesOf(extractPage(f, readFileSync(join(root, dir, f), 'utf8')))) named.add(id);
      }
    }
    expect(named.size).toBeGreaterThan(100);
    expect([...named].filter((id) => !RULES.has(id as Rule['id']))).toEqual([]);
  });

  it('leaves no fact without a rule', () => {
    const page = extractPage('seed.txt', readFileSync(join(import.meta.dirname, '..', '..', 'seeds', '000_9ff42864cecaacde.txt'), 'utf8'));
    for (const a of page.articles) {
      expect(a.rules?.length).toBeGreaterThan(0);
      for (const list of [a.authors, a.people, a.organizations, a.positions, a.participants, a.places]) {
        for (const f of list) expect(f.rules?.length, JSON.stringify(f)).toBeGreaterThan(0);
      }
      expect(a.activity.rules?.kind.length).toBeGreaterThan(0);
      for (const d of a.activity.districts) expect(a.activity.rules?.districts[d]?.length).toBeGreaterThan(0);
      for (const o of a.activity.organizers) expect(a.activity.rules?.organizers[o]?.length).toBeGreaterThan(0);
    }
  });
});
