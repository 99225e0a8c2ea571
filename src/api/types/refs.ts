// The node types' references, declared before any is implemented so that the
// type files can point at each other. Each node is loaded by id through a
// per-request DataLoader: one statement for all the ids a query level needs.
import { brandWithType } from '@pothos/core';
import type { NodeLabel } from '../../graph/model.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { typenameOf } from '../ids.ts';
import { nodesById } from '../queries/nodes.ts';
import { str, strs, type ActivityNode, type ArticleNode, type DistrictNode, type OrganizationNode, type PageNode, type PersonNode, type PlaceNode } from '../rows.ts';

type Row = Record<string, unknown>;

function loader<T extends { id: string }>(label: NodeLabel, map: (row: Row) => T) {
  return async (ids: string[], ctx: ApiContext): Promise<T[]> => {
    const s = nodesById(label, ids);
    return (await ctx.store.read(s.cypher, s.params)).map(map);
  };
}

export const toPage = (r: Row): PageNode => ({
  id: String(r.id), file: String(r.file), hash: str(r.hash), ingestedAt: str(r.ingestedAt),
  issueDate: str(r.issueDate), number: str(r.number), name: str(r.name),
});
export const toArticle = (r: Row): ArticleNode => ({
  id: String(r.id), page: str(r.page), index: typeof r.position === 'number' ? r.position : null, headline: str(r.headline),
  altTitles: strs(r.altTitles), section: str(r.section), body: str(r.body), date: str(r.date),
});
export const toActivity = (r: Row): ActivityNode => ({
  id: String(r.id), kind: String(r.kind), article: str(r.article),
  date: str(r.date), datePrecision: str(r.datePrecision), dateSource: str(r.dateSource), dateText: str(r.dateText),
});
export const toPerson = (r: Row): PersonNode => ({
  id: String(r.id), name: String(r.name),
  context: strs(r.context) ?? [], mentions: r.mentions == null ? null : Number(r.mentions), reason: str(r.reason),
  score: r.score == null ? null : Number(r.score), mergedFrom: strs(r.mergedFrom) ?? [],
});
export const toOrganization = (r: Row): OrganizationNode => ({ id: String(r.id), name: String(r.name), kind: str(r.kind), aliases: strs(r.aliases) });
export const toDistrict = (r: Row): DistrictNode => ({ id: String(r.id), name: String(r.name) });
export const toPlace = (r: Row): PlaceNode => ({ id: String(r.id), name: String(r.name) });

const byId = { resolve: (n: { id: string }) => n.id };
const sort = (n: { id: string }) => n.id;

export const PageRef = builder.loadableNodeRef<PageNode>('Page', { id: byId, sort, load: loader('Page', toPage) });
export const ArticleRef = builder.loadableNodeRef<ArticleNode>('Article', { id: byId, sort, load: loader('Article', toArticle) });
export const ActivityRef = builder.loadableNodeRef<ActivityNode>('Activity', { id: byId, sort, load: loader('Activity', toActivity) });
export const PersonRef = builder.loadableNodeRef<PersonNode>('Person', { id: byId, sort, load: loader('Person', toPerson) });
export const OrganizationRef = builder.loadableNodeRef<OrganizationNode>('Organization', { id: byId, sort, load: loader('Organization', toOrganization) });
export const DistrictRef = builder.loadableNodeRef<DistrictNode>('District', { id: byId, sort, load: loader('District', toDistrict) });
export const PlaceRef = builder.loadableNodeRef<PlaceNode>('Place', { id: byId, sort, load: loader('Place', toPlace) });

/** The ref of a node type by GraphQL name, to load a node whose type is known only from its id. */
export const NODE_REFS = {
  Page: PageRef, Article: ArticleRef, Activity: ActivityRef, Person: PersonRef,
  Organization: OrganizationRef, District: DistrictRef, Place: PlaceRef,
} as const;

/** Loads a node of any type through its type's loader, branded so the Node interface knows its type. */
export async function loadNode(ctx: ApiContext, id: string) {
  const typename = typenameOf(id) as keyof typeof NODE_REFS;
  const node = await NODE_REFS[typename].getDataloader(ctx).load(id);
  if (node) brandWithType(node, typename as never);
  return node;
}
