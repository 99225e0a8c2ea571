// Who a name is. A person node is a person, not a name: as pages are
// ingested, each article's mention of a name either joins a person of that
// name already in the graph or starts a new one. Within one article a name is
// one person. The mention's context is what the article says about them: the
// organizations they hold a title in, the occupation it gives, the districts
// of its activity and the other people named beside them. A person's context
// is what all the mentions that joined them said.
//
//   张伟, 东城区总工会主席 (article 1)              → person:张伟      (first)
//   张伟, 东城区总工会主席, at a 东城区 event (2)   → person:张伟      (context: org:东城区总工会)
//   张伟, a 海淀区 teacher beside 李梅 (3)          → person:张伟~2    (split: another occupation, nothing shared)
//   张伟, no context at all (4)                     → person:张伟      (no-context: the one most mentioned)
//   张伟, at a 西城区 event (5)                     → person:张伟      (no-context: nothing to tell them apart)
//
// A mention joins the person of its name whose context it shares most
// (organizations and occupations weigh more than districts and companions).
// It is someone new only when every person of the name is known by
// organizations or occupations and the mention names others, with too
// little else in common: a mention that says little joins. Decisions depend on what is already stored, so the
// same pages ingested in the same order give the same ids, and re-ingesting a
// page finds the persons it made before. A curator's overrides (people.json)
// force a merge of two ids or a split of one article's mention.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.ts';
import type { ArticleFacts, PageExtraction } from '../extract/types.ts';
import { articleId, personId } from './ids.ts';

export type ResolutionReason = 'first' | 'context' | 'no-context' | 'split' | 'merged' | 'split-by-curator';

/** A person as resolution sees it: stored, or made earlier in the same write. */
export interface PersonProfile {
  id: string;
  name: string;
  /** Context keys (`org:…`, `role:…`, `district:…`, `peer:…`), oldest first, at most MAX_CONTEXT. */
  context: string[];
  /** Mentions that resolved to this person. */
  mentions: number;
  /** Why the node was made, and the best score an existing person of the name had then (0 for the first). */
  reason: ResolutionReason;
  score: number;
  /** Ids a curator's merge folded into this one. */
  mergedFrom: string[];
}

export interface Decision { id: string; reason: ResolutionReason; score: number }

export interface PeopleOverrides {
  /** id → the id it is merged into. */
  merge: ReadonlyMap<string, string>;
  /** `${articleId}\u0000${name}`: that article's mention is someone of its own. */
  split: ReadonlySet<string>;
}

export const NO_OVERRIDES: PeopleOverrides = { merge: new Map(), split: new Set() };

/** A person keeps this many context keys: enough to tell people apart, bounded for a name mentioned for years. */
export const MAX_CONTEXT = 60;
const MAX_PEERS = 8;
const BYLINE = 'role:byline';
/** Marks the person a curator's split made for an article (weighs nothing). */
const SPLIT_FOR = 'split:';
export const splitMark = (article: string) => `${SPLIT_FOR}${article}`;

/** How much a shared context key says that two mentions are one person. */
const WEIGHTS: Record<string, number> = { org: 2, role: 2, district: 1, peer: 1 };
const weight = (key: string) => WEIGHTS[key.slice(0, key.indexOf(':'))] ?? 0;

/** Every name an article mentions, with what the article says about them. */
export function mentionContexts(a: ArticleFacts): Map<string, string[]> {
  const names = new Set([...a.authors.map((x) => x.name), ...a.people.map((x) => x.name), ...a.participants.map((x) => x.name), ...a.positions.map((x) => x.name)]);
  const districts = a.activity.districts.map((d) => `district:${d}`);
  const out = new Map<string, string[]>();
  for (const name of names) {
    const keys = new Set<string>();
    for (const p of a.positions) if (p.name === name) keys.add(`org:${p.organization}`);
    for (const p of a.people) if (p.name === name && p.occupation) keys.add(`role:${p.occupation}`);
    // A staff byline (reporter, photographer, intern) is a context of its own: the
    // paper's staff are not the officials of their stories. A correspondent (通讯员)
    // is not staff: often someone of the body the story is about.
    if (a.authors.some((x) => x.name === name && x.role !== 'correspondent')) keys.add(BYLINE);
    const inBody = a.people.some((p) => p.name === name) || a.participants.some((p) => p.name === name) || a.positions.some((p) => p.name === name);
    if (inBody) for (const d of districts) keys.add(d);
    if (inBody) for (const peer of [...names].filter((n) => n !== name && !a.authors.some((x) => x.name === n)).slice(0, MAX_PEERS)) keys.add(`peer:${peer}`);
    out.set(name, [...keys]);
  }
  return out;
}

/** Decides the persons of pages, one after another, against the people already stored (and those made on the way). */
export class PeopleResolver {
  private readonly byName = new Map<string, PersonProfile[]>();
  private readonly byId = new Map<string, PersonProfile>();
  private readonly touched = new Map<string, PersonProfile>();

  constructor(stored: Iterable<PersonProfile>, private readonly overrides: PeopleOverrides = NO_OVERRIDES) {
    for (const p of stored) this.remember({ ...p, context: [...p.context], mergedFrom: [...p.mergedFrom] });
  }

  /** For each article of the page (by index) and each name in it, the person it is. */
  resolvePage(extraction: PageExtraction): Map<number, Map<string, Decision>> {
    const out = new Map<number, Map<string, Decision>>();
    extraction.articles.forEach((a, index) => {
      const decisions = new Map<string, Decision>();
      for (const [name, context] of mentionContexts(a)) {
        decisions.set(name, this.resolve(name, context, articleId(extraction.file, index)));
      }
      out.set(index, decisions);
    });
    return out;
  }

  /** Persons made or changed since the resolver was made: their rows to write. */
  changed(): PersonProfile[] {
    return [...this.touched.values()];
  }

  private resolve(name: string, mentioned: readonly string[], article: string): Decision {
    let context = mentioned;
    const known = this.byName.get(name) ?? [];
    let decision: Decision;
    if (this.overrides.split.has(`${article}\u0000${name}`)) {
      // The person an earlier ingest split off for this article, so that ids stay the same.
      const earlier = known.find((p) => p.context.includes(splitMark(article)));
      decision = { id: earlier?.id ?? this.freshId(name), reason: 'split-by-curator', score: 0 };
      context = [splitMark(article), ...context];
    } else if (known.length === 0) {
      decision = { id: this.freshId(name), reason: 'first', score: 0 };
    } else {
      // A person whose organizations and occupations are all other than the
      // mention's (both saying something) is someone else, unless companions
      // and districts they share say otherwise.
      const scored = known.map((p) => ({ p, score: sharedWeight(p.context, context), conflict: conflicting(p.context, context) }));
      const fits = scored.filter((s) => !s.conflict || s.score >= CONFLICT_OUTWEIGHED).sort(
        (x, y) => y.score - x.score || y.p.mentions - x.p.mentions || compareIds(x.p.id, y.p.id),
      );
      const best = fits[0];
      if (best) decision = { id: best.p.id, reason: best.score > 0 ? 'context' : 'no-context', score: best.score };
      else decision = { id: this.freshId(name), reason: 'split', score: Math.max(...scored.map((s) => s.score)) };
    }
    const into = this.overrides.merge.get(decision.id);
    if (into && into !== decision.id && this.find(into)) decision = { id: into, reason: 'merged', score: decision.score };
    this.record(name, decision, context);
    return decision;
  }

  private record(name: string, decision: Decision, context: readonly string[]): void {
    let person = this.find(decision.id);
    if (!person) {
      person = { id: decision.id, name, context: [], mentions: 0, reason: decision.reason, score: decision.score, mergedFrom: [] };
      this.remember(person);
    }
    if (decision.reason === 'merged') {
      for (const [from, into] of this.overrides.merge) if (into === person.id && !person.mergedFrom.includes(from)) person.mergedFrom.push(from);
    }
    for (const key of context) if (!person.context.includes(key) && person.context.length < MAX_CONTEXT) person.context.push(key);
    person.mentions += 1;
    this.touched.set(person.id, person);
  }

  private remember(p: PersonProfile): void {
    const list = this.byName.get(p.name) ?? [];
    list.push(p);
    this.byName.set(p.name, list);
    this.byId.set(p.id, p);
  }

  private find(id: string): PersonProfile | undefined {
    return this.byId.get(id);
  }

  /** `person:张伟` for the first of a name, then `person:张伟~2`, `~3`, … (a number no node of the name has). */
  private freshId(name: string): string {
    const taken = new Set((this.byName.get(name) ?? []).map((p) => p.id));
    for (const merged of this.overrides.merge.keys()) taken.add(merged);
    if (!taken.has(personId(name))) return personId(name);
    let n = 2;
    while (taken.has(`${personId(name)}~${n}`)) n++;
    return `${personId(name)}~${n}`;
  }
}

/** Shared companions and districts weighing this much outweigh organizations and occupations that differ. */
const CONFLICT_OUTWEIGHED = 2;

/** Organizations and occupations are what tell people apart; districts and companions only support. */
const isStrong = (key: string) => key.startsWith('org:') || key.startsWith('role:');

/** Both say who the person is (an organization or occupation) and they share none of it. */
function conflicting(known: readonly string[], context: readonly string[]): boolean {
  const strong = known.filter(isStrong);
  const theirs = context.filter(isStrong);
  return strong.length > 0 && theirs.length > 0 && !theirs.some((k) => strong.includes(k));
}

const sharedWeight = (known: readonly string[], context: readonly string[]) => {
  const have = new Set(known);
  return context.reduce((sum, key) => sum + (have.has(key) ? weight(key) : 0), 0);
};

const mostMentioned = (people: readonly PersonProfile[]) =>
  [...people].sort((x, y) => y.mentions - x.mentions || compareIds(x.id, y.id))[0]!;

/** `person:张伟` before `person:张伟~2` before `person:张伟~10`. */
export function compareIds(a: string, b: string): number {
  const n = (id: string) => Number(/~(\d+)$/.exec(id)?.[1] ?? 1);
  return n(a) - n(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A curator's overrides, as written in people.json beside the store:
 *
 *   { "merge": [{ "ids": ["person:张伟~2"], "into": "person:张伟" }],
 *     "split": [{ "article": "article:2024-05-01/1.txt#3", "name": "张伟" }] }
 *
 * A merge makes every later mention that would be one of `ids` the person
 * `into`; a split makes that article's mention of the name a person of its own.
 * Both apply to the pages ingested from then on, and `kg ingest` applies them
 * to the pages already stored first (peopleOverrides.ts).
 */
export function parseOverrides(text: string, file: string): PeopleOverrides {
  const fail = (why: string): never => { throw new KgError('CONFIG', `${file}: ${why}`, { file }); };
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { return fail(`not JSON (${(e as Error).message})`); }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return fail('expected an object with "merge" and/or "split"');
  const { merge = [], split = [], ...rest } = json as Record<string, unknown>;
  if (Object.keys(rest).length) fail(`unknown key "${Object.keys(rest)[0]}": expected "merge" and/or "split"`);
  if (!Array.isArray(merge) || !Array.isArray(split)) return fail('"merge" and "split" are lists');
  const isPersonId = (v: unknown): v is string => typeof v === 'string' && v.startsWith('person:') && v.length > 7;
  const merges = new Map<string, string>();
  merge.forEach((m: { ids?: unknown; into?: unknown }, i) => {
    if (!isPersonId(m?.into) || !Array.isArray(m.ids) || !m.ids.every(isPersonId)) {
      fail(`merge ${i + 1}: expected { "ids": ["person:…"], "into": "person:…" }`);
    }
    for (const id of m.ids as string[]) if (id !== m.into) merges.set(id, m.into as string);
  });
  const splits = new Set<string>();
  split.forEach((x: { article?: unknown; name?: unknown }, i) => {
    if (typeof x?.article !== 'string' || !x.article.startsWith('article:') || typeof x.name !== 'string' || !x.name) {
      fail(`split ${i + 1}: expected { "article": "article:…", "name": "…" }`);
    }
    splits.add(`${x.article as string}\u0000${x.name as string}`);
  });
  return { merge: merges, split: splits };
}

/** The overrides file of a data directory: people.json, when there is one. */
export function readOverrides(dataDir: string): PeopleOverrides {
  const file = join(dataDir, OVERRIDES_FILE);
  if (!existsSync(file)) return NO_OVERRIDES;
  return parseOverrides(readFileSync(file, 'utf8'), file);
}

export const OVERRIDES_FILE = 'people.json';
