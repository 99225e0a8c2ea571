// The rows of planned pages as one CSV file per node label and relationship
// type, in the column order of the store's schema, for LadybugDB's
// `COPY Label FROM 'file.csv'`: the bulk load the ingester is measured
// against. Entities are written once each (first row wins; an organization's
// kind is filled in by a later row, as planPage does within a page).
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { relProps } from '../../src/graph/dialect.ts';
import { NODES, RELS } from '../../src/graph/model.ts';
import type { PagePlan } from '../../src/graph/plan.ts';

export interface CsvTable { table: string; path: string; rows: number; kind: 'node' | 'rel' }

/** A list value as LadybugDB reads it in CSV: `[a,b]` (the few separators inside an item become full-width). */
const list = (xs: unknown[]) => `[${xs.map((x) => String(x).replace(/,/g, '，').replace(/\[/g, '［').replace(/\]/g, '］').replace(/"/g, '”')).join(',')}]`;

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return `"${list(v).replace(/"/g, '""')}"`;
  if (typeof v === 'number') return String(v);
  return `"${String(v).replace(/"/g, '""')}"`;
}

class CsvFile {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  rows = 0;

  constructor(readonly path: string, private readonly columns: string[]) {
    this.fd = openSync(path, 'w');
    this.push(columns.join(','));
  }

  add(row: Record<string, unknown>): void {
    this.push(this.columns.map((c) => cell(row[c])).join(','));
    this.rows++;
  }

  private push(line: string): void {
    this.buf.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buf.length) writeSync(this.fd, this.buf.join('\n') + '\n');
    this.buf = [];
    this.size = 0;
  }

  close(): void { this.flush(); closeSync(this.fd); }
}

export class BulkCsv {
  private readonly nodes = new Map<string, CsvFile>();
  private readonly rels = new Map<string, CsvFile>();
  private readonly entities = new Map<string, Map<string, Record<string, unknown>>>();

  constructor(private readonly dir: string) {
    for (const n of NODES) {
      const columns = ['id', ...Object.keys(n.props)];
      if (['Page', 'Article', 'Activity'].includes(n.label)) this.nodes.set(n.label, new CsvFile(join(dir, `${n.label}.csv`), columns));
      else this.entities.set(n.label, new Map());
    }
    for (const r of RELS) this.rels.set(r.type, new CsvFile(join(dir, `${r.type}.csv`), ['from', 'to', ...Object.keys(relProps(r.type))]));
  }

  /** One page's plan; `hash` and `ingestedAt` as the ingester would store them. */
  add(plan: PagePlan, file: string, hash: string, ingestedAt: string): void {
    this.nodes.get('Page')!.add({ id: plan.page, file, hash, ingestedAt, ...plan.pageProps });
    for (const a of plan.articles) this.nodes.get('Article')!.add(a);
    for (const a of plan.activities) this.nodes.get('Activity')!.add(a);
    for (const [label, rows] of Object.entries(plan.entities)) {
      const seen = this.entities.get(label)!;
      for (const [id, row] of rows) {
        const had = seen.get(id);
        if (!had) seen.set(id, row);
        else if (had.kind === null && row.kind !== null && row.kind !== undefined) had.kind = row.kind;
      }
    }
    for (const [type, rows] of Object.entries(plan.rels)) for (const row of rows) this.rels.get(type)!.add(row);
  }

  /** Writes the entity files and closes every file: the tables in the order COPY needs them (nodes first). */
  finish(): CsvTable[] {
    for (const n of NODES) {
      const rows = this.entities.get(n.label);
      if (!rows) continue;
      const f = new CsvFile(join(this.dir, `${n.label}.csv`), ['id', ...Object.keys(n.props)]);
      for (const row of rows.values()) f.add(row);
      this.nodes.set(n.label, f);
    }
    const out: CsvTable[] = [];
    for (const n of NODES) { const f = this.nodes.get(n.label)!; f.close(); out.push({ table: n.label, path: f.path, rows: f.rows, kind: 'node' }); }
    for (const r of RELS) { const f = this.rels.get(r.type)!; f.close(); out.push({ table: r.type, path: f.path, rows: f.rows, kind: 'rel' }); }
    return out;
  }
}
