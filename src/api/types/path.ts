// path(from:, to:) and paths(first:): the shortest chains between two nodes,
// named by id or by name, each hop explained by its relationship, the
// properties it carries, the article it was read from and its evidence.
import { KgError } from '../../errors.ts';
import { RELS, type NodeLabel } from '../../graph/model.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { readRows } from '../read.ts';
import { decodeGlobalID, typenameOf } from '../ids.ts';
import { boundedText, DEFAULT_PATH_HOPS, DEFAULT_PATHS, MAX_PATH_AVOID, MAX_PATH_HOPS, MAX_PATHS } from '../limits.ts';
import { shortestPath } from '../queries/connections.ts';
import { evidenceOf, str, strs, type EvidenceRow } from '../rows.ts';
import { AuthorRoleEnum, ParticipantRoleEnum, RelationshipTypeEnum } from './enums.ts';
import { ArticleRef, DistrictRef, loadNode, PersonRef } from './refs.ts';
import { nameMatches } from './organization.ts';
import { resolveDistrictName } from '../districts.ts';
import { districtId, personId } from '../ids.ts';
import { kShortestChains, type ShortestSearch } from '../kShortest.ts';
import { EvidenceRef } from './evidence.ts';

interface Hop {
  from: string; to: string; type: string; article: string | null; roles: string[] | null; titles: string[] | null; role: string | null; occupation: string | null;
  evidence: EvidenceRow | null;
}
interface PathShape { nodes: string[]; hops: Hop[] }

export const NodeInterface = builder.nodeInterfaceRef();

const PathHopRef = builder.objectRef<Hop>('PathHop').implement({
  description: 'One relationship of a path, in its own direction (a person PARTICIPATED_IN an activity).',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeEnum, resolve: (h) => h.type }),
    from: t.field({ type: NodeInterface, resolve: (h, _a, ctx) => loadNode(ctx, h.from) as never }),
    to: t.field({ type: NodeInterface, resolve: (h, _a, ctx) => loadNode(ctx, h.to) as never }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article the relationship was read from.', resolve: (h) => h.article }),
    roles: t.field({ type: [ParticipantRoleEnum], nullable: true, description: 'PARTICIPATED_IN: the roles.', resolve: (h) => h.roles }),
    titles: t.stringList({ nullable: true, description: 'HOLDS_POSITION: the titles.', resolve: (h) => h.titles }),
    authorRole: t.field({ type: AuthorRoleEnum, nullable: true, description: 'AUTHORED: the byline role.', resolve: (h) => h.role }),
    occupation: t.string({ nullable: true, description: 'MENTIONS_PERSON: the occupation the article gives.', resolve: (h) => h.occupation }),
    evidence: t.field({ type: EvidenceRef, nullable: true, description: 'The sentence the relationship was read from and the rules that read it; null for page structure and derived relationships.', resolve: (h) => h.evidence }),
  }),
});

const PathRef = builder.objectRef<PathShape>('Path').implement({
  fields: (t) => ({
    length: t.int({ description: 'Number of hops.', resolve: (p) => p.hops.length }),
    nodes: t.field({ type: [NodeInterface], resolve: (p, _a, ctx) => p.nodes.map((id) => loadNode(ctx, id)) as never }),
    hops: t.field({ type: [PathHopRef], resolve: (p) => p.hops }),
  }),
});

function toPath(row: Record<string, unknown>): PathShape {
  const nodes = strs(row.nodes);
  const at = (col: string, i: number) => (Array.isArray(row[col]) ? (row[col] as unknown[])[i] : null);
  const hops = strs(row.types).map((type, i): Hop => {
    const spec = RELS.find((r) => r.type === type);
    const forward = !spec || typenameOf(nodes[i]) === spec.from;
    const list = (v: unknown) => (Array.isArray(v) ? strs(v) : null);
    // Page structure (HAS_ARTICLE, REPORTS) carries no provenance: its article is the Article end.
    const article = str(at('articles', i)) ?? [nodes[i], nodes[i + 1]].find((id) => typenameOf(id) === 'Article') ?? null;
    return {
      from: forward ? nodes[i] : nodes[i + 1], to: forward ? nodes[i + 1] : nodes[i], type,
      article, roles: list(at('roles', i)), titles: list(at('titles', i)),
      role: str(at('role', i)), occupation: str(at('occupation', i)),
      evidence: evidenceOf({ evStart: at('evStart', i), evEnd: at('evEnd', i), evText: at('evText', i), rules: at('rules', i) }, article),
    };
  });
  return { nodes, hops };
}

/** A path end typed by the user: a graph id, or the name of a person, an organization (or an alias of one) or a district. */
async function resolveEnd(ctx: ApiContext, typed: string, argument: string): Promise<{ id: string } | { missingId: string } | { missingName: string }> {
  if (typenameOf(typed)) {
    const id = decodeGlobalID(typed).id;
    return (await loadNode(ctx, id)) ? { id } : { missingId: id };
  }
  const name = boundedText(argument, typed).trim();
  const [person, [org], district] = await Promise.all([
    PersonRef.getDataloader(ctx).load(personId(name)),
    nameMatches(ctx, name),
    districtNamed(ctx, name),
  ]);
  const found = [person?.id, org?.id, district].filter((id): id is string => !!id);
  if (found.length > 1) {
    throw new KgError('BAD_REQUEST', `"${name}" in "${argument}" names ${found.join(' and ')}: give the id of the one you mean`, { matches: found });
  }
  return found[0] ? { id: found[0] } : { missingName: name };
}

async function districtNamed(ctx: ApiContext, name: string): Promise<string | null> {
  let full: string;
  try { full = resolveDistrictName(name); } catch { return null; }
  const district = await DistrictRef.getDataloader(ctx).load(districtId(full));
  return district ? district.id : null;
}

/** Both ends, or NOT_FOUND naming each end that is not in the graph. */
async function resolveEnds(ctx: ApiContext, from: string, to: string): Promise<[string, string]> {
  const ends = await Promise.all([resolveEnd(ctx, from, 'from'), resolveEnd(ctx, to, 'to')]);
  const ids = ends.flatMap((e) => ('missingId' in e ? [`"${e.missingId}"`] : []));
  const names = ends.flatMap((e) => ('missingName' in e ? [`"${e.missingName}"`] : []));
  if (ids.length || names.length) {
    const parts = [ids.length ? `id ${ids.join(' or ')}` : '', names.length ? `name ${names.join(' or ')} (no person, organization or district has it)` : ''];
    throw new KgError('NOT_FOUND', `No node with ${parts.filter(Boolean).join(' or ')}`, { ends: [...ids, ...names] });
  }
  return ends.map((e) => (e as { id: string }).id) as [string, string];
}

interface PathArgs { from: string | number; to: string | number; maxHops?: number | null; via?: readonly string[] | null; avoid?: readonly (string | number)[] | null }

/** The store search a path query runs, with its arguments checked and its ends and hubs resolved. */
async function pathSearch(ctx: ApiContext, args: PathArgs) {
  const maxHops = args.maxHops ?? DEFAULT_PATH_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new KgError('BAD_REQUEST', `"maxHops" must be from 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
  }
  const typedAvoid = (args.avoid ?? []).map(String);
  if (typedAvoid.length > MAX_PATH_AVOID) {
    throw new KgError('BAD_REQUEST', `"avoid" takes at most ${MAX_PATH_AVOID} nodes, got ${typedAvoid.length}`, { limit: MAX_PATH_AVOID });
  }
  // Through the node loaders: a look-up by label and id, never a scan of every label.
  const [from, to] = await resolveEnds(ctx, String(args.from), String(args.to));
  const avoid = await Promise.all(typedAvoid.map(async (typed) => {
    const end = await resolveEnd(ctx, typed, 'avoid');
    if ('id' in end) return end.id;
    throw new KgError('NOT_FOUND', `No node with ${'missingId' in end ? 'id' : 'name'} "${typed}" to avoid`, { avoid: typed });
  }));
  const via = args.via?.length ? [...args.via] : undefined;
  // GraphQL type names are the graph's labels.
  const end = (id: string) => ({ id, label: typenameOf(id) as NodeLabel });
  const search: ShortestSearch<Hop> = async (a, b, hops, avoiding) => {
    const rows = await readRows(ctx, shortestPath(ctx.store.dialect, end(a), end(b), hops, { via, avoid: avoiding }));
    return rows[0] ? toPath(rows[0]) : null;
  };
  return { from, to, maxHops, avoid, search };
}

const pathArgs = (t: Parameters<Parameters<typeof builder.queryField>[1]>[0]) => ({
  from: t.arg.id({ required: true, description: 'An id (person:赵丽君, org:北京市总工会) or the name of a person, an organization (or its alias) or a district.' }),
  to: t.arg.id({ required: true, description: 'The same as `from`.' }),
  maxHops: t.arg.int({ description: `At most this many hops (default ${DEFAULT_PATH_HOPS}, limit ${MAX_PATH_HOPS}).` }),
  via: t.arg({ type: [RelationshipTypeEnum], description: 'Only relationships of these types (every type when absent).' }),
  avoid: t.arg.idList({ description: `Nodes no chain may pass through (ids or names, at most ${MAX_PATH_AVOID}): hubs such as the paper's own reporters or 北京市总工会, through which everyone is connected.` }),
});

builder.queryFields((t) => ({
  path: t.field({
    type: PathRef,
    nullable: true,
    description: 'The shortest chain between two nodes, each hop with its evidence; null when there is none within maxHops.',
    args: pathArgs(t),
    resolve: async (_root, args, ctx) => {
      const { from, to, maxHops, avoid, search } = await pathSearch(ctx, args);
      if (from === to) return { nodes: [from], hops: [] };
      return search(from, to, maxHops, avoid);
    },
  }),
  paths: t.field({
    type: [PathRef],
    description: `The \`first\` shortest chains between two nodes (default ${DEFAULT_PATHS}, limit ${MAX_PATHS}), shortest first; chains through the same nodes count once. Empty when there is none within maxHops.`,
    args: { ...pathArgs(t), first: t.arg.int({ description: `How many chains (default ${DEFAULT_PATHS}, limit ${MAX_PATHS}).` }) },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? DEFAULT_PATHS;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
        throw new KgError('BAD_REQUEST', `"first" must be from 1 to ${MAX_PATHS}, got ${first}`, { limit: MAX_PATHS });
      }
      const { from, to, maxHops, avoid, search } = await pathSearch(ctx, args);
      if (from === to) return [{ nodes: [from], hops: [] }];
      return kShortestChains(search, from, to, first, maxHops, avoid);
    },
  }),
}));
