// `kg export [--format json|graphml|csv] [--out DIR] [--json]`: the graph back out.
//   json     one JSON file per page, in the format of `kg extract` (its
//            spelling of kinds and roles too). A page named by a path
//            (`2024/05/01/p1.txt`) is written under the same folders
//            (`OUT/2024/05/01/p1.json`): two pages of one base name never
//            overwrite each other.
//   graphml  the whole graph as OUT/graph.graphml (Gephi, Cytoscape).
//   csv      the files of `neo4j-admin database import full`, one per label
//            and per relationship type, with import.sh and README.txt; the
//            command is printed.
// Opens the store read-only, so it also runs while `kg serve` holds the
// embedded store.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { KgError } from '../../errors.ts';
import type { GraphStore } from '../../graph/store.ts';
import { exitWith } from '../exit.ts';
import { openForReading } from '../readStore.ts';
import { outputName, type WrittenPage } from './extract.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'csv'] as const;
type Format = (typeof EXPORT_FORMATS)[number];
interface ExportOptions { out: string; data?: string; json?: boolean; format: Format }

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph out: one JSON file per page (the format of `kg extract`), one GraphML file, or the CSV files of neo4j-admin import')
    .addOption(new Option('--format <format>', 'json: one file per page; graphml: OUT/graph.graphml; csv: neo4j-admin import files and command').choices(EXPORT_FORMATS).default('json'))
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--data <dir>', 'directory of the embedded store (default: KG_DATA_DIR or ./data)')
    .option('--json', 'say what was written as one JSON object (json: {out, pages, written: [{file, path, articles}]})')
    .action(async (opts: ExportOptions) => {
      try {
        const store = await openForReading(opts.data, 'export');
        try {
          await (opts.format === 'graphml' ? exportGraphML : opts.format === 'csv' ? exportCsv : exportJson)(store, opts);
        } finally {
          await store.close();
        }
      } catch (e) {
        exitWith('export', e);
      }
    });
}

const say = (opts: ExportOptions, json: unknown, text: string) =>
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);

async function exportJson(store: GraphStore, opts: ExportOptions): Promise<void> {
  const { exportPages } = await import('../../graph/export.ts');
  const { pageNameProblem } = await import('../../graph/pageSources.ts');
  const pages = await exportPages(store);
  // Checked before anything is written: a stored name that climbs out of OUT writes nothing.
  const targets = pages.map((page) => {
    const problem = pageNameProblem(page.file);
    if (problem) throw new KgError('BAD_INPUT', `page ${JSON.stringify(page.file)} cannot be written under ${opts.out}: ${problem}`, { file: page.file });
    return join(opts.out, dirname(page.file), outputName(page.file));
  });
  mkdirSync(opts.out, { recursive: true });
  const written: WrittenPage[] = [];
  for (const [i, page] of pages.entries()) {
    const path = targets[i]!;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(page, null, 2)}\n`);
    written.push({ file: page.file, path, articles: page.articles.length });
  }
  say(opts, { out: opts.out, pages: written.length, written }, `exported ${pages.length} pages to ${opts.out}`);
}

async function exportGraphML(store: GraphStore, opts: ExportOptions): Promise<void> {
  const { writeGraphML } = await import('../../graph/graphml.ts');
  const { openTextFile } = await import('../../graph/textFile.ts');
  mkdirSync(opts.out, { recursive: true });
  const path = join(opts.out, 'graph.graphml');
  const file = openTextFile(path);
  let counts;
  try {
    counts = await writeGraphML(store, file);
  } finally {
    await file.close();
  }
  say(opts, { format: 'graphml', out: opts.out, path, ...counts }, `exported ${counts.nodes} nodes and ${counts.edges} edges to ${path}`);
}

async function exportCsv(store: GraphStore, opts: ExportOptions): Promise<void> {
  const { importCommand, importReadme, importScript, writeNeo4jCsv } = await import('../../graph/neo4jCsv.ts');
  mkdirSync(opts.out, { recursive: true });
  const { files, nodes, relationships } = await writeNeo4jCsv(store, opts.out);
  const script = join(opts.out, 'import.sh');
  writeFileSync(script, importScript(files));
  chmodSync(script, 0o755);
  writeFileSync(join(opts.out, 'README.txt'), importReadme(files));
  const command = importCommand(files, (f) => join(opts.out, f));
  say(opts,
    { format: 'csv', out: opts.out, nodes, relationships, files: files.map(({ file, ...f }) => ({ path: join(opts.out, file), ...f })), command },
    `exported ${nodes} nodes and ${relationships} relationships to ${files.length} CSV files in ${opts.out}\n`
    + `load them into Neo4j (server stopped; replaces the database "neo4j", also ${script}):\n${command}`);
}
