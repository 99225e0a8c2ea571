// The whole graph as the CSV files `neo4j-admin database import full` reads
// (Neo4j 5): one file per label and one per relationship type, with headers
// in its format, and the command that loads them.
//
//   nodes-Person.csv          id:ID(Person),:LABEL,name
//                             "person:赵丽君","Person","赵丽君"
//   relationships-HOLDS_POSITION.csv
//                             :START_ID(Person),:END_ID(Organization),:TYPE,article,titles:string[],position:long,…
//
// Each label is its own id space (`ID(Person)`), and the id is kept as the
// `id` property, so the database has the ids and properties of the project's
// own Neo4j store (plus `evidence`, the text of each fact's evidence, as in
// the GraphML export). Types: INT64 `long`, DATE `date`, STRING plain, lists
// `string[]`/`long[]` with their elements split by U+001F (the ASCII unit
// separator, `--array-delimiter=U+001F`), a character no text of a page holds.
// Every string is quoted, a quote doubled (`"say ""hi"""`), so commas, quotes
// and line breaks stay inside their field (`--multiline-fields=true`); an
// unset property, or an empty list, is an empty unquoted field: no property.
import { join } from 'node:path';
import { KgError } from '../errors.ts';
import { NODES, RELS, type PropType } from './model.ts';
import { nodeColumns, relColumns, scanNodes, scanRels, type Column } from './scan.ts';
import type { GraphStore, Row } from './store.ts';
import { openTextFile } from './textFile.ts';

export const ARRAY_DELIMITER = '\u001F';

export interface CsvFile { file: string; label?: string; type?: string; rows: number }
export interface CsvExport { files: CsvFile[]; nodes: number; relationships: number }

const HEADER_TYPE: Record<PropType, string> = { STRING: '', 'STRING[]': ':string[]', INT64: ':long', 'INT64[]': ':long[]', DATE: ':date' };

export const nodeFile = (label: string) => `nodes-${label}.csv`;
export const relFile = (type: string) => `relationships-${type}.csv`;

/** `id:ID(Person),:LABEL,name`: the id column, the label, then each property with its type. */
export function nodeHeader(label: string, columns: Column[]): string[] {
  return [`id:ID(${label})`, ':LABEL', ...columns.filter((c) => c.name !== 'id').map((c) => c.name + HEADER_TYPE[c.type])];
}

export function relHeader(from: string, to: string, columns: Column[]): string[] {
  return [`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', ...columns.map((c) => c.name + HEADER_TYPE[c.type])];
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** One field: a string quoted, a number as it is, a list's elements joined by ARRAY_DELIMITER; empty when unset. */
export function csvField(v: unknown, type: PropType, where: string): string {
  if (v === null || v === undefined) return '';
  if (type === 'STRING[]' || type === 'INT64[]') {
    const list = (v as unknown[]).map(String);
    if (list.length === 0) return '';
    const bad = list.find((x) => x.includes(ARRAY_DELIMITER));
    if (bad !== undefined) throw new KgError('BAD_INPUT', `${where}: a list element holds the array delimiter U+001F: ${JSON.stringify(bad)}`, { where });
    return type === 'INT64[]' ? list.join(ARRAY_DELIMITER) : quoted(list.join(ARRAY_DELIMITER));
  }
  return type === 'INT64' ? String(v) : quoted(String(v));
}

const line = (fields: string[]) => `${fields.join(',')}\n`;

/** Writes every file into `dir` (which exists); the rows of each as counted while written. */
export async function writeNeo4jCsv(store: GraphStore, dir: string, batch?: number): Promise<CsvExport> {
  const files: CsvFile[] = [];
  for (const spec of NODES) {
    const columns = nodeColumns(spec.label).filter((c) => c.name !== 'id');
    const out = openTextFile(join(dir, nodeFile(spec.label)));
    let rows = 0;
    try {
      await out.write(line(nodeHeader(spec.label, columns)));
      for await (const batchRows of scanNodes(store, spec.label, batch)) {
        await out.write(batchRows.map((r: Row) => line([quoted(String(r.id)), quoted(spec.label),
          ...columns.map((c) => csvField(r[c.name], c.type, `${r.id} ${c.name}`))])).join(''));
        rows += batchRows.length;
      }
    } finally {
      await out.close();
    }
    files.push({ file: nodeFile(spec.label), label: spec.label, rows });
  }
  for (const spec of RELS) {
    const columns = relColumns(spec.type);
    const out = openTextFile(join(dir, relFile(spec.type)));
    let rows = 0;
    try {
      await out.write(line(relHeader(spec.from, spec.to, columns)));
      for await (const batchRows of scanRels(store, spec, batch)) {
        await out.write(batchRows.map((r: Row) => line([quoted(String(r.source)), quoted(String(r.target)), quoted(spec.type),
          ...columns.map((c) => csvField(r[c.name], c.type, `${spec.type} ${r.source} -> ${r.target} ${c.name}`))])).join(''));
        rows += batchRows.length;
      }
    } finally {
      await out.close();
    }
    files.push({ file: relFile(spec.type), type: spec.type, rows });
  }
  const count = (k: 'label' | 'type') => files.filter((f) => f[k]).reduce((n, f) => n + f.rows, 0);
  return { files, nodes: count('label'), relationships: count('type') };
}

/** A path as one shell word. */
const shellWord = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * The neo4j-admin command that loads the files into the database `neo4j`,
 * with each file at `pathOf(file)`. It replaces that database: run it with the server stopped.
 */
export function importCommand(files: CsvFile[], pathOf: (file: string) => string = (f) => f): string {
  return ['neo4j-admin database import full neo4j', '--overwrite-destination=true', '--id-type=string',
    '--multiline-fields=true', '--array-delimiter=U+001F',
    ...files.map((f) => `${f.label ? '--nodes' : '--relationships'}=${shellWord(pathOf(f.file))}`)].join(' ');
}

/** import.sh: the command, run from the folder the files are in. */
export function importScript(files: CsvFile[]): string {
  return `#!/bin/sh
# Loads the CSV files beside this script into the Neo4j database "neo4j",
# replacing what it holds. Stop the Neo4j server first; start it after.
set -e
cd "$(dirname "$0")"
${importCommand(files)}
`;
}

/** README.txt: what the files are and the command. */
export function importReadme(files: CsvFile[]): string {
  return `Files for neo4j-admin database import full (Neo4j 5): one per label (nodes-*.csv)
and one per relationship type (relationships-*.csv), written by \`kg export --format csv\`.

${files.map((f) => `  ${f.file}  ${f.rows} ${f.label ? 'nodes' : 'relationships'}`).join('\n')}

Each label is its own id space (id:ID(Person)); ids are also kept as the
property \`id\`. Strings are quoted (a quote doubled) and may span lines; list
elements are separated by U+001F; an empty field is no property.

Stop the Neo4j server, then run ./import.sh here, or from this folder:

  ${importCommand(files)}

It replaces the database "neo4j". Start the server again after.
`;
}
