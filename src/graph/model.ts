// The graph's closed vocabulary: every node label, relationship type and
// property that a Cypher statement of this project may name. Both stores
// (Neo4j and the embedded LadybugDB) are built from this one list.
//
// Ids are chosen so that the same entity named on two pages is one node:
//   Page          `page:<file>`                          e.g. page:000_9ff42864cecaacde.txt, page:2024/05/01/p1.txt
//                                                       (`file`: the path under the folder ingested, or the
//                                                       file name of a file named directly; pageSources.ts)
//   Article       `article:<file>#<index>`               index = 0-based order on the page (Article.position;
//                                                       `index` is a reserved word in LadybugDB)
//   Activity      `activity:<file>#<index>`              the article's main activity
//   Person        `person:<name>`, `person:<name>~2`, …   one node per person: mentions of a name are resolved by context (people.ts)
//   Organization  `org:<canonical name>`
//   District      `district:<name>`                      e.g. district:西城区
//   Place         `place:<name>`                         street, area, town, or place outside Beijing
//
// Every fact relationship carries `article` (the Article id it was read from):
// that is the provenance a researcher follows back to the page and its hash;
// and its evidence (EVIDENCE_PROPS): the sentence of that article it was read
// from and the rules that read it.

export const NODE_LABELS = ['Page', 'Article', 'Activity', 'Person', 'Organization', 'District', 'Place'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** `DATE` is the store's own date type (range filters use it); it travels in and out as `YYYY-MM-DD`. */
export type PropType = 'STRING' | 'STRING[]' | 'INT64' | 'INT64[]' | 'DATE';

export interface NodeSpec { label: NodeLabel; props: Record<string, PropType> }
export interface RelSpec { type: string; from: NodeLabel; to: NodeLabel; props: Record<string, PropType> }

/** Every node has `id STRING` as its primary key in addition to these. */
export const NODES: readonly NodeSpec[] = [
  { label: 'Page', props: { file: 'STRING', hash: 'STRING', ingestedAt: 'STRING', issueDate: 'DATE', number: 'STRING', name: 'STRING' } },
  { label: 'Article', props: { page: 'STRING', position: 'INT64', headline: 'STRING', altTitles: 'STRING[]', section: 'STRING', body: 'STRING', date: 'DATE' } },
  // `date` is the day the article gives for it, or its issue date where it gives none
  // (`dateSource` says which: `article` or `issue`); `datePrecision` is `day` or `month`.
  { label: 'Activity', props: { kind: 'STRING', article: 'STRING', date: 'DATE', datePrecision: 'STRING', dateSource: 'STRING', dateText: 'STRING' } },
  // `context`, `mentions`, `reason`, `score`, `mergedFrom`: how mentions of the name were resolved to this person (see people.ts).
  { label: 'Person', props: { name: 'STRING', context: 'STRING[]', mentions: 'INT64', reason: 'STRING', score: 'INT64', mergedFrom: 'STRING[]' } },
  // `aliasCounts`, `kindNames`, `kindCounts`: the tally behind `aliases` and `kind` (see orgSummary.ts).
  { label: 'Organization', props: { name: 'STRING', kind: 'STRING', aliases: 'STRING[]', aliasCounts: 'INT64[]', kindNames: 'STRING[]', kindCounts: 'INT64[]' } },
  { label: 'District', props: { name: 'STRING' } },
  { label: 'Place', props: { name: 'STRING' } },
];

/**
 * Every fact relationship also has `article STRING` (provenance); only the page
 * structure (HAS_ARTICLE, REPORTS) has none. `position` is the fact's 0-based
 * order in its article's list, so an export gives the lists back in order
 * (IN_DISTRICT's is that of the MENTIONS_PLACE it came with).
 */
export const RELS: readonly RelSpec[] = [
  { type: 'HAS_ARTICLE', from: 'Page', to: 'Article', props: {} },
  { type: 'REPORTS', from: 'Article', to: 'Activity', props: {} },
  { type: 'AUTHORED', from: 'Person', to: 'Article', props: { role: 'STRING', position: 'INT64' } },
  { type: 'MENTIONS_PERSON', from: 'Article', to: 'Person', props: { occupation: 'STRING', position: 'INT64' } },
  { type: 'MENTIONS_ORG', from: 'Article', to: 'Organization', props: { aliases: 'STRING[]', kind: 'STRING', position: 'INT64' } },
  { type: 'MENTIONS_PLACE', from: 'Article', to: 'Place', props: { position: 'INT64' } },
  { type: 'PARTICIPATED_IN', from: 'Person', to: 'Activity', props: { roles: 'STRING[]', position: 'INT64' } },
  { type: 'ORGANIZED', from: 'Organization', to: 'Activity', props: { position: 'INT64' } },
  { type: 'TOOK_PLACE_IN', from: 'Activity', to: 'District', props: { position: 'INT64' } },
  // `date`: the issue date of the article that states the titles (positions are read as of it).
  { type: 'HOLDS_POSITION', from: 'Person', to: 'Organization', props: { titles: 'STRING[]', position: 'INT64', date: 'DATE' } },
  { type: 'IN_DISTRICT', from: 'Place', to: 'District', props: { position: 'INT64' } },
  // Derived at ingest, for counting: the organizations an activity involves, as organizer or
  // through a participant whom the same article gives a title there, once per pair.
  { type: 'INVOLVED_IN', from: 'Organization', to: 'Activity', props: {} },
];
export type RelType = (typeof RELS)[number]['type'];

/**
 * The evidence every fact relationship read from an article carries (not the derived INVOLVED_IN):
 * `evStart`/`evEnd`, the sentence's [start, end) in the article's body (the text is read from the
 * body, not stored twice); where the evidence is a line outside the body (a byline, a title) the
 * span is empty and `evText` holds the line; `rules`, the ids of the extraction rules that made the
 * fact (src/extract/rules.ts).
 */
export const EVIDENCE_PROPS: Readonly<Record<string, PropType>> = { evStart: 'INT64', evEnd: 'INT64', evText: 'STRING', rules: 'STRING[]' };
/** Relationships derived from other facts at ingest: provenance, but no sentence of their own. */
export const DERIVED_RELS: ReadonlySet<string> = new Set(['INVOLVED_IN']);
