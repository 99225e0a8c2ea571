// The whole graph as one GraphML file (http://graphml.graphdrawing.org), the
// format Gephi, Cytoscape, yEd and graphology read. Streamed: label by label
// and type by type, a batch at a time (scan.ts).
//
//   <key id="label" for="node" attr.name="label" attr.type="string"/>
//   <key id="n.name" for="node" attr.name="name" attr.type="string"/>
//   <node id="person:赵丽君"><data key="label">Person</data><data key="n.name">赵丽君</data></node>
//   <edge id="e0" source="person:赵丽君" target="org:北京市总工会">
//     <data key="type">HOLDS_POSITION</data><data key="e.titles">["党组成员","副主席"]</data>…</edge>
//
// Node ids are the graph's ids. Every property of the model is a declared
// key, typed: INT64 `long`, STRING and DATE (`YYYY-MM-DD`) `string`, and a
// list `string` holding the list JSON-encoded (GraphML has no list type). An
// unset property has no <data>. Text is escaped for XML 1.0; the few
// characters XML 1.0 cannot hold at all (control characters other than tab,
// line feed and carriage return; lone surrogates) are written as U+FFFD.
import { NODES, RELS, type PropType } from './model.ts';
import { nodeColumns, relColumns, scanNodes, scanRels, type Column } from './scan.ts';
import type { GraphStore, Row } from './store.ts';
import type { TextFile } from './textFile.ts';

export interface GraphMLCounts { nodes: number; edges: number }

interface Key { id: string; for: 'node' | 'edge'; name: string; type: 'string' | 'long' }

const graphmlType = (t: PropType): Key['type'] => (t === 'INT64' ? 'long' : 'string');

/** One key per property name in each domain; a name the model gives two types would be two meanings under one name. */
function keysOf(domain: 'node' | 'edge', first: Key, columns: Column[]): Map<string, Key> {
  const keys = new Map<string, Key>([[first.name, first]]);
  for (const c of columns) {
    const key: Key = { id: `${domain[0]}.${c.name}`, for: domain, name: c.name, type: graphmlType(c.type) };
    const seen = keys.get(c.name);
    if (seen && seen.type !== key.type) throw new Error(`${domain} property ${c.name} has two types in the model: ${seen.type}, ${key.type}`);
    keys.set(c.name, seen ?? key);
  }
  return keys;
}

export const NODE_KEYS = keysOf('node', { id: 'label', for: 'node', name: 'label', type: 'string' },
  NODES.flatMap((n) => nodeColumns(n.label).filter((c) => c.name !== 'id')));
export const EDGE_KEYS = keysOf('edge', { id: 'type', for: 'edge', name: 'type', type: 'string' },
  RELS.flatMap((r) => relColumns(r.type)));

// XML 1.0's Char production, less what cannot stand in it at all.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text safe in an attribute value or element content: markup escaped, tabs and line ends as references (a parser would normalize them). */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

/** A property's value as GraphML text: a list JSON-encoded, a number or string as it is; null when unset. */
function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return JSON.stringify(v);
  return String(v);
}

function dataOf(keys: Map<string, Key>, row: Row, columns: Column[]): string {
  let out = '';
  for (const c of columns) {
    const t = text(row[c.name]);
    if (t !== null) out += `<data key="${keys.get(c.name)!.id}">${escapeXml(t)}</data>`;
  }
  return out;
}

/** Writes the whole graph to `file` (which the caller closes). */
export async function writeGraphML(store: GraphStore, file: TextFile, batch?: number): Promise<GraphMLCounts> {
  const keyLine = (k: Key) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  await file.write('<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    + [...NODE_KEYS.values(), ...EDGE_KEYS.values()].map(keyLine).join('')
    + '  <graph id="G" edgedefault="directed">\n');
  let nodes = 0, edges = 0;
  for (const spec of NODES) {
    const columns = nodeColumns(spec.label).filter((c) => c.name !== 'id');
    const label = `<data key="label">${spec.label}</data>`;
    for await (const rows of scanNodes(store, spec.label, batch)) {
      await file.write(rows.map((r) => `    <node id="${escapeXml(String(r.id))}">${label}${dataOf(NODE_KEYS, r, columns)}</node>\n`).join(''));
      nodes += rows.length;
    }
  }
  for (const spec of RELS) {
    const columns = relColumns(spec.type);
    const type = `<data key="type">${spec.type}</data>`;
    for await (const rows of scanRels(store, spec, batch)) {
      await file.write(rows.map((r) => `    <edge id="e${edges++}" source="${escapeXml(String(r.source))}" target="${escapeXml(String(r.target))}">`
        + `${type}${dataOf(EDGE_KEYS, r, columns)}</edge>\n`).join(''));
    }
  }
  await file.write('  </graph>\n</graphml>\n');
  return { nodes, edges };
}
