// Loads pages into the graph. A page is written in one transaction (it is
// either fully in the graph or not at all; several pages may share one
// transaction, each still all or nothing); a page whose hash is already
// stored is skipped; a changed page replaces its own facts, and entities that
// other pages share survive. The store's search index is told what each
// committed write changed.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { extractPage, type KnownIssue } from '../extract/pipeline.ts';
import type { PageExtraction } from '../extract/types.ts';
import { pageId } from './ids.ts';
import { mergePlans, planPage, plannedIds, REL_ORDER, type PagePlan } from './plan.ts';
import { mentionContexts, NO_OVERRIDES, PeopleResolver, type PeopleOverrides, type PersonProfile, type ResolutionReason } from './people.ts';
import { readPeopleNamed } from './peopleNamed.ts';
import { hasTally, OrgTallies, type MentionTally } from './orgSummary.ts';
import {
  ARTICLE_ORG_MENTIONS, createNodes, createRels, deleteOrphans, deletePageFacts, ENTITY_LABELS, EXISTING_ENTITIES,
  ORG_MENTIONS, ORG_TALLIES, PAGE_ARTICLES, PAGE_HASH, PAGE_HASHES, setOrgSummaries, setPersonProfiles,
  TOUCHED_BY_ARTICLES, UPDATE_PAGES,
} from './statements.ts';
import type { SearchChange, StoredTexts } from './search/searchIndex.ts';
import type { GraphStore, Statement } from './store.ts';

export type IngestStatus = 'ingested' | 'unchanged' | 'replaced';

export interface IngestResult {
  file: string;
  status: IngestStatus;
  nodesCreated: number;
  relsCreated: number;
  /** Articles the page was written with (absent for an unchanged page). */
  articles?: number;
  /** The issue date the page was written with (absent for an unchanged page). */
  issueDate?: string | null;
}

export interface PageInput {
  /** The page's file name (a path is reduced to its base name, as for a file named directly to `kg ingest`: that is the page id). */
  file: string;
  text: string;
  /** The file's bytes, when read from disk: the hash is taken over them. */
  bytes?: Uint8Array;
}

export interface IngestOptions {
  /** The extraction to use (default: the pipeline's extractPage, on this thread); `file` may be a path. */
  extract?: (file: string, text: string, known?: KnownIssue) => PageExtraction | Promise<PageExtraction>;
  /** Clock for Page.ingestedAt. */
  now?: () => Date;
  /** A curator's forced merges and splits of persons (see people.ts). */
  people?: PeopleOverrides;
}

export const pageHash = (content: string | Uint8Array): string =>
  createHash('sha256').update(content).digest('hex');

/** Extracts one page and writes it (the extraction is skipped when the stored hash is the same). */
export async function ingestPage(store: GraphStore, input: PageInput, options: IngestOptions = {}): Promise<IngestResult> {
  return ingestContent(store, basename(input.file), input.bytes ?? input.text, () => input.text, options);
}

/**
 * Writes one page given its raw content; `text` decodes it only when the page
 * is new or changed. Shared by ingestPage and the file ingester.
 */
export async function ingestContent(
  store: GraphStore, file: string, content: string | Uint8Array, text: () => string, options: IngestOptions = {},
): Promise<IngestResult> {
  const hash = pageHash(content);
  const stored = await store.read(PAGE_HASH, { id: pageId(file) });
  if (stored.length > 0 && stored[0].hash === hash) return { file, status: 'unchanged', nodesCreated: 0, relsCreated: 0 };
  const extraction = await (options.extract ?? extractPage)(file, text());
  return writeExtraction(store, { ...extraction, file }, hash, options);
}

/** A page's extraction and the content hash it is stored under. */
export interface PageWrite { extraction: PageExtraction; hash: string }

/**
 * Writes an extraction under the given content hash: unchanged if the page
 * already has this hash, otherwise one transaction that replaces the page.
 */
export async function writeExtraction(
  store: GraphStore, extraction: PageExtraction, hash: string, options: WriteOptions = {},
): Promise<IngestResult> {
  return (await writeExtractions(store, [{ extraction, hash }], options))[0];
}

/**
 * Writes several pages in one transaction (fewer round trips for a folder of
 * pages): all of them go in, or none. Results are in the order given.
 */
export type WriteOptions = Pick<IngestOptions, 'now' | 'people'> & {
  /** Write the pages again even where the stored hash is the same (a curator's overrides changed who is who). */
  force?: boolean;
};

export function writeExtractions(
  store: GraphStore, pages: PageWrite[], options: WriteOptions = {},
): Promise<IngestResult[]> {
  const files = pages.map((p) => p.extraction.file);
  if (new Set(files).size !== files.length) return Promise.reject(new Error('writeExtractions: a page appears twice in one batch'));
  return oneAtATime(store, () => writeNow(store, pages, options));
}

/**
 * Page writes on one store take turns: a transaction is planned from reads
 * made just before it (which entities exist), so two writes naming the same
 * new person must not interleave. (Two processes writing one Neo4j database
 * at once can still race; a page that loses fails on the uniqueness
 * constraint and goes in on the next run.)
 */
const turns = new WeakMap<GraphStore, Promise<unknown>>();
function oneAtATime<T>(store: GraphStore, work: () => Promise<T>): Promise<T> {
  const next = (turns.get(store) ?? Promise.resolve()).then(work, work);
  turns.set(store, next.catch(() => undefined));
  return next;
}

async function writeNow(store: GraphStore, pages: PageWrite[], options: WriteOptions): Promise<IngestResult[]> {
  const ids = pages.map((p) => pageId(p.extraction.file));
  const stored = new Map((await store.read(PAGE_HASHES, { ids })).map((r) => [r.id, r.hash]));
  const results: IngestResult[] = pages.map((p, i) => ({
    file: p.extraction.file,
    status: !stored.has(ids[i]) ? 'ingested' : stored.get(ids[i]) === p.hash && !options.force ? 'unchanged' : 'replaced',
    nodesCreated: 0,
    relsCreated: 0,
  }));
  const todo = results.map((r, i) => i).filter((i) => results[i].status !== 'unchanged');
  if (todo.length === 0) return results;
  // Who each name is, page after page, against the persons of those names already stored.
  const people = await resolvePeople(store, todo.map((i) => pages[i].extraction), options.people ?? NO_OVERRIDES);
  const plans: PagePlan[] = [];
  todo.forEach((i, k) => {
    const decisions = people.decisions[k];
    plans[i] = planPage(pages[i].extraction, (article, name) => decisions.get(article)!.get(name)!.id);
  });

  const plan = mergePlans(todo.map((i) => plans[i]));
  const ingestedAt = (options.now ?? (() => new Date()))().toISOString();
  const replaced = todo.filter((i) => results[i].status === 'replaced');
  const added = todo.filter((i) => results[i].status === 'ingested');
  const statements: Statement[] = [];
  let removedMentions: MentionTally[] = [];
  const touched: string[] = [];

  if (replaced.length) {
    const replacement = await replaceStatements(store, replaced.map((i) => plans[i].page), plan);
    statements.push(...replacement.statements);
    removedMentions = replacement.orgMentions;
    touched.push(...replacement.touched);
    statements.push({ cypher: UPDATE_PAGES, params: { rows: replaced.map((i) => ({ id: plans[i].page, hash: pages[i].hash, ingestedAt, ...plans[i].pageProps })) } });
  }
  if (added.length) {
    statements.push(createNodes('Page', added.map((i) => ({ id: plans[i].page, file: pages[i].extraction.file, hash: pages[i].hash, ingestedAt, ...plans[i].pageProps })), store.dialect));
    for (const i of added) results[i].nodesCreated += 1;
  }
  // Entities that already exist are reused, the missing ones created (and
  // counted for the first page that names them). A replaced page's own
  // orphans are kept when a page of this write needs them (deleteOrphans'
  // `keep`), so "exists" read here stays true in the transaction.
  const owner = new Map<string, number>();
  for (const i of todo) for (const id of plannedIds(plans[i])) if (!owner.has(id)) owner.set(id, i);
  // The persons resolution read are known to exist; the rest (new ones) are asked about with the other labels.
  const found = new Set((await store.read(EXISTING_ENTITIES, Object.fromEntries(
    ENTITY_LABELS.map((l) => [l, [...plan.entities[l].keys()].filter((id) => !people.stored.has(id))]),
  ))).map((r) => r.id));
  for (const id of plan.entities.Person.keys()) if (people.stored.has(id)) found.add(id);
  for (const label of ENTITY_LABELS) {
    const missing = [...plan.entities[label].values()].filter((row) => !found.has(row.id));
    if (missing.length) statements.push(createNodes(label, missing, store.dialect));
    for (const row of missing) results[owner.get(String(row.id))!].nodesCreated += 1;
  }
  if (plan.articles.length) statements.push(createNodes('Article', plan.articles, store.dialect));
  if (plan.activities.length) statements.push(createNodes('Activity', plan.activities, store.dialect));
  for (const type of REL_ORDER) if (plan.rels[type].length) statements.push(createRels(type, plan.rels[type], store.dialect));
  if (people.profiles.length) statements.push(setPersonProfiles(people.profiles, store.dialect));
  const summaries = await orgSummaries(store, plan, removedMentions);
  if (summaries.length) statements.push(setOrgSummaries(summaries, store.dialect));

  await store.write(statements);
  await tellSearch(store, {
    pages: todo.map((i) => plans[i].page),
    entities: [...new Set([...plannedIds(plan), ...touched])],
    stored: storedTexts(todo.map((i) => ({ plan: plans[i], hash: pages[i].hash })), plan, summaries),
  });
  for (const i of todo) {
    results[i].issueDate = plans[i].pageProps.issueDate;
    results[i].articles = plans[i].articles.length;
    results[i].nodesCreated += plans[i].articles.length + plans[i].activities.length;
    results[i].relsCreated = REL_ORDER.reduce((n, t) => n + plans[i].rels[t].length, 0);
  }
  return results;
}

/** The person of every name of the pages, in order, and the profiles to write. */
async function resolvePeople(store: GraphStore, extractions: PageExtraction[], overrides: PeopleOverrides) {
  const names = [...new Set(extractions.flatMap((e) => e.articles.flatMap((a) => [...mentionContexts(a).keys()])))];
  const rows = names.length ? await readPeopleNamed(store, names) : [];
  const resolver = new PeopleResolver(rows.map(toProfile), overrides);
  const decisions = extractions.map((e) => resolver.resolvePage(e));
  const stored = new Set(rows.map((r) => String(r.id)));
  return { decisions, stored, profiles: resolver.changed().map((p) => ({ ...p })) as unknown as Record<string, unknown>[] };
}

/** A stored person; one stored before resolution existed is the first of its name, known by nothing yet. */
const toProfile = (r: Record<string, unknown>): PersonProfile => ({
  id: String(r.id),
  name: String(r.name),
  context: Array.isArray(r.context) ? r.context.map(String) : [],
  mentions: Number(r.mentions ?? 0),
  reason: (r.reason ?? 'first') as ResolutionReason,
  score: Number(r.score ?? 0),
  mergedFrom: Array.isArray(r.mergedFrom) ? r.mergedFrom.map(String) : [],
});

/**
 * Tells the store's search index which pages a committed write wrote and
 * which entities it may have made, changed or deleted. The pages are in the
 * store by then: an index that fails to follow (its file cannot be saved) is
 * behind by those pages' hashes and catches up when the store is next opened.
 */
async function tellSearch(store: GraphStore, change: SearchChange): Promise<void> {
  // Waited for only while the index is far behind: it applies the change while the next write goes on, and a search waits for it.
  await store.search?.written(change).catch(() => {
    // see above: the write stands, the index catches up on the next open
  });
}

/** The texts a write stored, from its plan: each page's articles, each entity's name, an organization's aliases as summed up. */
function storedTexts(pages: { plan: PagePlan; hash: string }[], plan: PagePlan, summaries: Record<string, unknown>[]): StoredTexts {
  const aliases = new Map(summaries.map((s) => [String(s.id), (s.aliases as string[] | undefined) ?? []]));
  return {
    pages: pages.map(({ plan: p, hash }) => ({
      id: p.page, hash, articles: p.articles.map((a) => ({ id: String(a.id), headline: String(a.headline ?? ''), body: String(a.body ?? '') })),
    })),
    entities: ENTITY_LABELS.flatMap((label) => [...plan.entities[label].values()].map((row) => ({
      id: String(row.id), label, name: String(row.name),
      ...(label === 'Organization' ? { aliases: aliases.get(String(row.id)) ?? (row.aliases as string[]) } : {}),
    }))),
  };
}

/**
 * The new aliases and kind of every organization the write touches: its
 * stored tally, minus the mentions deleted, plus the mentions written.
 */
async function orgSummaries(store: GraphStore, plan: PagePlan, removed: MentionTally[]): Promise<Record<string, unknown>[]> {
  const ids = [...new Set([...plan.entities.Organization.keys(), ...removed.map((m) => m.org)])];
  if (ids.length === 0) return [];
  const tallies = new OrgTallies();
  const stored = new Map((await store.read(ORG_TALLIES, { ids })).map((r) => [String(r.id), r]));
  for (const id of ids) tallies.load(id, stored.get(id) ?? null);
  // A node stored before tallies existed is counted once from all its mentions.
  const untallied = [...stored.values()].filter((r) => !hasTally(r)).map((r) => String(r.id));
  if (untallied.length) for (const m of await store.read(ORG_MENTIONS, { ids: untallied })) tallies.count(mentionTally(m), 1);
  for (const m of removed) tallies.count(m, -1);
  for (const r of plan.rels.MENTIONS_ORG) tallies.count(mentionTally({ org: r.to, aliases: r.aliases, kind: r.kind }), 1);
  return [...tallies.summaries()].map(([id, s]) => ({ id, ...s }));
}

const mentionTally = (r: Record<string, unknown>): MentionTally => ({
  org: String(r.org),
  aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
  kind: r.kind == null ? null : String(r.kind),
});

/** Statements that remove the stored version of the given pages before their new one is written, the organization mentions they remove, and the entities they may orphan. */
async function replaceStatements(store: GraphStore, pageIds: string[], plan: PagePlan): Promise<{ statements: Statement[]; orgMentions: MentionTally[]; touched: string[] }> {
  const articles = (await store.read(PAGE_ARTICLES, { pages: pageIds })).map((r) => String(r.id));
  const touched = new Set<string>();
  const orgMentions = articles.length ? (await store.read(ARTICLE_ORG_MENTIONS, { articles })).map(mentionTally) : [];
  if (articles.length) for (const row of await store.read(TOUCHED_BY_ARTICLES, { articles })) touched.add(String(row.id));
  const keep = plannedIds(plan);
  const statements = deletePageFacts(articles);
  const candidates = [...touched];
  for (const label of ENTITY_LABELS) {
    const prefix = ID_PREFIX[label];
    const ids = candidates.filter((id) => id.startsWith(prefix));
    if (ids.length) statements.push(deleteOrphans(label, ids, keep));
  }
  return { statements, orgMentions, touched: candidates };
}

const ID_PREFIX = { Person: 'person:', Organization: 'org:', District: 'district:', Place: 'place:' } as const;
