// path(from:, to:): the shortest chain between two nodes, each hop explained
// by its relationship, the properties it carries and the article it was read from.
import { KgError } from '../../errors.ts';
import { RELS, type NodeLabel } from '../../graph/model.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { readRows } from '../read.ts';
import { decodeGlobalID, typenameOf } from '../ids.ts';
import { DEFAULT_PATH_HOPS, MAX_PATH_HOPS } from '../limits.ts';
import { shortestPath } from '../queries/connections.ts';
import { evidenceOf, str, strs, type EvidenceRow } from '../rows.ts';
import { AuthorRoleEnum, ParticipantRoleEnum, RelationshipTypeEnum } from './enums.ts';
import { ArticleRef, loadNode } from './refs.ts';
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

builder.queryField('path', (t) =>
  t.field({
    type: PathRef,
    nullable: true,
    description: `The shortest chain between two nodes (ids like person:赵丽君 or org:北京市总工会), at most maxHops long (default ${DEFAULT_PATH_HOPS}, limit ${MAX_PATH_HOPS}); null when there is none.`,
    args: { from: t.arg.id({ required: true }), to: t.arg.id({ required: true }), maxHops: t.arg.int() },
    resolve: async (_root, args, ctx) => {
      const from = decodeGlobalID(String(args.from)).id;
      const to = decodeGlobalID(String(args.to)).id;
      const maxHops = args.maxHops ?? DEFAULT_PATH_HOPS;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
        throw new KgError('BAD_REQUEST', `"maxHops" must be from 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
      }
      // Through the node loaders: a look-up by label and id, never a scan of every label.
      const ends = await Promise.all([from, to].map((id) => loadNode(ctx, id)));
      const missing = [from, to].filter((_id, i) => !ends[i]);
      if (missing.length) throw new KgError('NOT_FOUND', `No node with id ${missing.map((m) => `"${m}"`).join(' or ')}`, { ids: missing });
      if (from === to) return { nodes: [from], hops: [] };
      // GraphQL type names are the graph's labels.
      const end = (id: string) => ({ id, label: typenameOf(id) as NodeLabel });
      const rows = await readRows(ctx, shortestPath(ctx.store.dialect, end(from), end(to), maxHops));
      return rows[0] ? toPath(rows[0]) : null;
    },
  }),
);
