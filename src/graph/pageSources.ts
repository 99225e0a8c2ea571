// Which files a run reads, and the name each page is stored under. A page is
// named by what makes it unique: its path under the folder named on the
// command line (`kg ingest archive` reads archive/2024/05/01/p1.txt as
// `2024/05/01/p1.txt`), or, for a file named directly, its base name (so a
// flat folder such as seeds/ keeps the names, and ids, it always had). Two
// different files that would get one name are both refused, each naming the
// other: neither may silently take the other's place.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { IngestFailure } from './ingestFiles.ts';

export interface PageSource {
  /** The path to read, as given: a folder in it may hold the issue date (`2024-02-01/03.txt`). */
  path: string;
  /** The page's name in the graph (`Page.file`; its id is `page:<file>`). */
  file: string;
}

export const MAX_PAGE_NAME = 500;

/**
 * Why `name` cannot name a page, or null when it can: a file name or a
 * relative path with `/` between folders, none of them empty, `.` or `..`
 * (a name must not climb out of its folder when a page is exported).
 */
export function pageNameProblem(name: string): string | null {
  if (name === '') return 'it is empty';
  if (name.length > MAX_PAGE_NAME) return `it is longer than ${MAX_PAGE_NAME} characters`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it holds a NUL or control character';
  if (name.includes('\\')) return 'it holds a backslash (folders are separated by /)';
  if (name.startsWith('/')) return 'it is an absolute path';
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'a part of it is empty, . or ..';
  return null;
}

/** A page name as a message shows it: quoted, control characters escaped, cut short. */
export const shownName = (name: string): string => JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);

/** `archive/2024/05/01/p1.txt` under the folder `archive` -> `2024/05/01/p1.txt`; a file named directly (no folder) -> `p1.txt`. */
export const pageName = (folder: string | null, path: string): string =>
  folder === null ? basename(path) : relative(folder, path).split(sep).join('/');

/**
 * The pages under `paths`, each with its name: files named directly, and the
 * `.txt` files under named folders (sorted, recursively, following links to
 * folders once: a link loop is walked no further). A file reached twice (a
 * folder and a file in it, a link to a page) is read once, under the name it
 * was first reached by. A folder that cannot be read, a name that cannot be a
 * page's, and files that share a name are failures of their own; the others
 * go on.
 */
export function pageSources(paths: string[], failures: IngestFailure[] = []): PageSource[] {
  const found = walkPaths(paths, failures);
  const reached = new Set<string>();
  const once = found.filter((s) => {
    const real = realOrSame(s.path);
    if (reached.has(real)) return false;
    reached.add(real);
    return true;
  });
  const byName = new Map<string, PageSource[]>();
  for (const s of once) byName.set(s.file, [...(byName.get(s.file) ?? []), s]);
  return once.filter((s) => {
    const problem = pageNameProblem(s.file);
    const same = byName.get(s.file)!;
    if (problem) failures.push({ file: s.path, code: 'BAD_INPUT', reason: `${shownName(s.file)} cannot name a page: ${problem}` });
    else if (same.length > 1) failures.push({ file: s.path, code: 'BAD_INPUT', reason: collision(s.file, same) });
    return !problem && same.length === 1;
  });
}

const collision = (file: string, same: PageSource[]): string =>
  `${same.map((s) => s.path).join(' and ')} would both be page ${file}: neither is ingested; `
  + 'name the folder that holds them (a page is named by its path under the folder named)';

function walkPaths(paths: string[], failures: IngestFailure[]): PageSource[] {
  const out: PageSource[] = [];
  const seen = new Set<string>();
  const walk = (root: string, dir: string) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      if (seen.has(real)) return; // a link back to a folder already walked
      seen.add(real);
      names = readdirSync(dir).sort();
    } catch (e) {
      failures.push({ file: dir, code: 'BAD_INPUT', reason: `cannot read this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      let isDir = false;
      try { isDir = statSync(p).isDirectory(); } catch { /* a dangling link: reported when read, if it is a page */ }
      if (isDir) walk(root, p);
      else if (/\.txt$/i.test(name)) out.push({ path: p, file: pageName(root, p) });
    }
  };
  for (const p of paths) {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* a missing file is reported when it is read */ }
    if (isDir) walk(p, p); else out.push({ path: p, file: pageName(null, p) });
  }
  return out;
}

/** The file a path leads to (a missing one stands for itself: it fails when read). */
function realOrSame(path: string): string {
  try { return realpathSync(path); } catch { return path; }
}
