// What a page's folder says about it: its issue date, page number and page
// name, from a manifest beside the pages. Two forms are read:
//   issues.csv            file,date,page,name   (a header row; columns in any order,
//                                               `date` as YYYY-MM-DD; `page`, `name` optional)
//   <page>.meta.json      {"date": "2024-02-01", "page": "3", "name": "工会"}
// A `--date` given to `kg ingest` outranks both; the page's path and its
// header line are read by extraction when neither says.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors.ts';
import { isIsoDay } from '../extract/dates.ts';

export interface PageMeta { issueDate?: string; number?: string; name?: string }

export const MANIFEST_FILE = 'issues.csv';

/** The issue date given for a whole run (`kg ingest --date`): a CONFIG error unless it is a day written YYYY-MM-DD. */
export function checkRunDate(date: string): string {
  if (!isIsoDay(date.trim())) throw new KgError('CONFIG', `--date "${date.slice(0, 40)}" is not a day written YYYY-MM-DD`);
  return date.trim();
}

function checkedDay(value: string, where: string): string {
  const v = value.trim();
  if (!isIsoDay(v)) throw new KgError('BAD_INPUT', `${where}: date "${v.slice(0, 40)}" is not a day written YYYY-MM-DD`, { where });
  return v;
}

/** One CSV line split on commas, with `"…"` fields (a doubled quote inside is one quote). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out.map((f) => f.trim());
}

/** The rows of an `issues.csv`, by file name. A malformed manifest is an error naming its line. */
export function parseManifest(text: string, where: string): Map<string, PageMeta> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((l) => l.trim());
  const out = new Map<string, PageMeta>();
  if (!lines.length) return out;
  const header = csvFields(lines[0]!).map((h) => h.toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('file') < 0 || col('date') < 0) {
    throw new KgError('BAD_INPUT', `${where}: the first line must name the columns, with at least file and date (file,date,page,name)`, { where });
  }
  lines.slice(1).forEach((line, k) => {
    const f = csvFields(line);
    const at = `${where}:${k + 2}`;
    const file = f[col('file')];
    if (!file) throw new KgError('BAD_INPUT', `${at}: no file name`, { where: at });
    const meta: PageMeta = {};
    const date = f[col('date')];
    if (date) meta.issueDate = checkedDay(date, at);
    const page = col('page') >= 0 ? f[col('page')] : '';
    if (page) meta.number = page;
    const name = col('name') >= 0 ? f[col('name')] : '';
    if (name) meta.name = name;
    out.set(basename(file), meta);
  });
  return out;
}

/** Reads what the folders of the pages say, each manifest once per run. */
export class PageMetaReader {
  private readonly manifests = new Map<string, Map<string, PageMeta>>();

  private readonly date?: string;

  constructor(date?: string) {
    // A bad --date is the caller's setting, not a page's fault.
    if (date !== undefined) this.date = checkRunDate(date);
  }

  /** The page's issue date, number and name as far as the flag and the manifests say; an invalid one throws BAD_INPUT. */
  read(path: string): PageMeta {
    const dir = dirname(path);
    const file = basename(path);
    const meta: PageMeta = { ...this.manifest(dir).get(file), ...this.sidecar(path) };
    if (this.date) meta.issueDate = this.date;
    return meta;
  }

  private manifest(dir: string): Map<string, PageMeta> {
    let m = this.manifests.get(dir);
    if (!m) {
      const p = join(dir, MANIFEST_FILE);
      m = existsSync(p) ? parseManifest(readFileSync(p, 'utf8'), p) : new Map();
      this.manifests.set(dir, m);
    }
    return m;
  }

  private sidecar(path: string): PageMeta {
    const p = path.replace(/\.txt$/i, '.meta.json');
    if (p === path || !existsSync(p)) return {};
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(p, 'utf8'));
    } catch (e) {
      throw new KgError('BAD_INPUT', `${p}: not JSON (${(e as Error).message})`, { where: p }, { cause: e });
    }
    const o = (raw ?? {}) as Record<string, unknown>;
    const meta: PageMeta = {};
    if (typeof o.date === 'string' && o.date) meta.issueDate = checkedDay(o.date, p);
    if ((typeof o.page === 'string' && o.page) || typeof o.page === 'number') meta.number = String(o.page);
    if (typeof o.name === 'string' && o.name) meta.name = o.name;
    return meta;
  }
}
