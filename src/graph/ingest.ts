// Loads pages into the graph. Each page is written in one transaction (it is
// either fully in the graph or not at all); a page whose hash is already
// stored is skipped; a changed page replaces its own facts, and entities that
// other pages share survive.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { extractPage } from '../extract/pipeline.ts';
import type { PageExtraction } from '../extract/types.ts';
import { pageId } from './ids.ts';
import { planPage, plannedIds, REL_ORDER, type PagePlan } from './plan.ts';
import {
  createNodes, createRels, deleteOrphans, deletePageFacts, ENTITY_LABELS, EXISTING_ENTITIES,
  PAGE_ARTICLES, PAGE_HASH, refreshOrgSummary, TOUCHED_BY_ARTICLES, UPDATE_PAGE,
} from './statements.ts';
import type { GraphStore, Statement } from './store.ts';

export type IngestStatus = 'ingested' | 'unchanged' | 'replaced';

export interface IngestResult {
  file: string;
  status: IngestStatus;
  nodesCreated: number;
  relsCreated: number;
}

export interface PageInput {
  /** The page's file name (a path is reduced to its base name: that is the page id). */
  file: string;
  text: string;
  /** The file's bytes, when read from disk: the hash is taken over them. */
  bytes?: Uint8Array;
}

export interface IngestOptions {
  /** The extraction to use (default: the pipeline's extractPage). */
  extract?: (file: string, text: string) => PageExtraction;
  /** Clock for Page.ingestedAt. */
  now?: () => Date;
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
  const extraction = (options.extract ?? extractPage)(file, text());
  return writeExtraction(store, { ...extraction, file }, hash, options);
}

/**
 * Writes an extraction under the given content hash: unchanged if the page
 * already has this hash, otherwise one transaction that replaces the page.
 */
export function writeExtraction(
  store: GraphStore, extraction: PageExtraction, hash: string, options: Pick<IngestOptions, 'now'> = {},
): Promise<IngestResult> {
  return oneAtATime(store, () => writeExtractionNow(store, extraction, hash, options));
}

/**
 * Page writes on one store take turns: a page's transaction is planned from
 * reads made just before it (which entities exist), so two pages naming the
 * same new person must not interleave. (Two processes writing one Neo4j
 * database at once can still race; a page that loses fails on the uniqueness
 * constraint and goes in on the next run.)
 */
const turns = new WeakMap<GraphStore, Promise<unknown>>();
function oneAtATime<T>(store: GraphStore, work: () => Promise<T>): Promise<T> {
  const next = (turns.get(store) ?? Promise.resolve()).then(work, work);
  turns.set(store, next.catch(() => undefined));
  return next;
}

async function writeExtractionNow(
  store: GraphStore, extraction: PageExtraction, hash: string, options: Pick<IngestOptions, 'now'>,
): Promise<IngestResult> {
  const plan = planPage(extraction);
  const file = extraction.file;
  const stored = await store.read(PAGE_HASH, { id: plan.page });
  const exists = stored.length > 0;
  if (exists && stored[0].hash === hash) return { file, status: 'unchanged', nodesCreated: 0, relsCreated: 0 };

  const statements: Statement[] = [];
  const ingestedAt = (options.now ?? (() => new Date()))().toISOString();
  let nodesCreated = 0;

  if (exists) statements.push(...(await replaceStatements(store, plan)));
  if (exists) statements.push({ cypher: UPDATE_PAGE, params: { id: plan.page, hash, ingestedAt } });
  else {
    statements.push(createNodes('Page', [{ id: plan.page, file, hash, ingestedAt }]));
    nodesCreated += 1;
  }
  // Entities that already exist are reused, the missing ones created. A
  // replaced page's own orphans are kept when the new version needs them
  // (deleteOrphans' `keep`), so "exists" read here stays true in the transaction.
  const found = new Set((await store.read(EXISTING_ENTITIES, Object.fromEntries(
    ENTITY_LABELS.map((l) => [l, [...plan.entities[l].keys()]]),
  ))).map((r) => r.id));
  for (const label of ENTITY_LABELS) {
    const missing = [...plan.entities[label].values()].filter((row) => !found.has(row.id));
    if (missing.length) statements.push(createNodes(label, missing));
    nodesCreated += missing.length;
  }
  if (plan.articles.length) statements.push(createNodes('Article', plan.articles));
  if (plan.activities.length) statements.push(createNodes('Activity', plan.activities));
  nodesCreated += plan.articles.length + plan.activities.length;

  const relStart = statements.length;
  for (const type of REL_ORDER) if (plan.rels[type].length) statements.push(createRels(type, plan.rels[type]));
  const relEnd = statements.length;
  const orgs = [...plan.entities.Organization.keys()];
  if (orgs.length) statements.push(...refreshOrgSummary(orgs));

  const results = await store.write(statements);
  const relsCreated = results.slice(relStart, relEnd).reduce((n, rows) => n + Number(rows[0]?.created ?? 0), 0);
  return { file, status: exists ? 'replaced' : 'ingested', nodesCreated, relsCreated };
}

/** Statements that remove the stored version of a page before the new one is written. */
async function replaceStatements(store: GraphStore, plan: PagePlan): Promise<Statement[]> {
  const articles = (await store.read(PAGE_ARTICLES, { page: plan.page })).map((r) => String(r.id));
  const touched = new Set<string>();
  if (articles.length) for (const row of await store.read(TOUCHED_BY_ARTICLES, { articles })) touched.add(String(row.id));
  const keep = plannedIds(plan);
  const statements = deletePageFacts(articles);
  const candidates = [...touched];
  for (const label of ENTITY_LABELS) {
    const prefix = ID_PREFIX[label];
    const ids = candidates.filter((id) => id.startsWith(prefix));
    if (ids.length) statements.push(deleteOrphans(label, ids, keep));
  }
  // Organizations that lose this page's mentions get their aliases and kind recomputed.
  const orgs = candidates.filter((id) => id.startsWith(ID_PREFIX.Organization) && !keep.includes(id));
  if (orgs.length) statements.push(...refreshOrgSummary(orgs));
  return statements;
}

const ID_PREFIX = { Person: 'person:', Organization: 'org:', District: 'district:', Place: 'place:' } as const;
