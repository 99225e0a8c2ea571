// Batched look-ups of nodes by id: one statement for any number of ids.
import { NODES, type NodeLabel } from '../../graph/model.ts';
import type { Statement } from '../../graph/store.ts';

/** Property names of a label, `id` first. */
export function propsOf(label: NodeLabel): string[] {
  const spec = NODES.find((n) => n.label === label);
  if (!spec) throw new Error(`unknown label ${label}`);
  return ['id', ...Object.keys(spec.props)];
}

/** `n.id AS id, n.name AS name, …` for a node variable. */
export const project = (label: NodeLabel, v: string): string => propsOf(label).map((p) => `${v}.${p} AS ${p}`).join(', ');

/** Nodes of one label by id; ids with no node give no row. */
export function nodesById(label: NodeLabel, ids: readonly string[]): Statement {
  return { cypher: `UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN ${project(label, 'n')}`, params: { ids: [...ids] } };
}

/** Organizations whose canonical name or one of whose aliases is `name`. */
export function organizationsByName(name: string): Statement {
  return {
    cypher: 'MATCH (o:Organization) WHERE o.name = $name OR $name IN o.aliases '
      + 'RETURN o.id AS id, o.name AS name, o.name = $name AS canonical, o.aliases AS aliases, o.aliasCounts AS aliasCounts ORDER BY canonical DESC, id',
    params: { name },
  };
}

/** Pages a typed name may mean: stored under one of `names`, or under a path that ends in `/` and one of them. */
export function pagesByName(names: readonly string[]): Statement {
  return {
    cypher: 'MATCH (pg:Page) WHERE pg.file IN $names OR any(t IN $tails WHERE pg.file ENDS WITH t) RETURN pg.id AS id, pg.file AS file ORDER BY file',
    params: { names: [...names], tails: names.map((n) => `/${n}`) },
  };
}
