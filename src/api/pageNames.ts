// Which page `articles(filter: { page })` means. A page is stored under its
// name (`Page.file`): a file name, or its path under the folder that was
// ingested (`2024/05/01/p1.txt`). The typed name is matched, in this order,
// and the first step that finds pages decides:
//   1. the stored name exactly                        UPPER.TXT        -> UPPER.TXT
//   2. the same name, its .txt in any case or left out UPPER, UPPER.txt -> UPPER.TXT
//   3. the end of a stored path, exactly              p1.txt, 01/p1.txt -> 2024/05/01/p1.txt
//   4. the end of a stored path, .txt as in step 2    p1                -> 2024/05/01/p1.txt
// A step that finds two or more pages is refused (BAD_REQUEST, naming them):
// `p1.txt` over 2024-05-01/p1.txt and 2024-05-02/p1.txt means neither.
import { KgError } from '../errors.ts';
import type { ApiContext } from './context.ts';
import { pageId } from './ids.ts';
import { pagesByName } from './queries/nodes.ts';
import { readRows } from './read.ts';

/** The typed name, then every spelling of it with `.txt` (8: each letter in either case). */
export function pageSpellings(typed: string): string[] {
  const stem = /\.txt$/i.test(typed) ? typed.slice(0, -4) : typed;
  const exts = ['t', 'x', 't'].reduce<string[]>((acc, c) => acc.flatMap((e) => [e + c, e + c.toUpperCase()]), ['.']);
  return [...new Set([typed, ...exts.map((e) => stem + e)])];
}

/** The id of the page `typed` means among the stored names `files`; null when none is meant. */
export function choosePage(typed: string, files: readonly string[]): string | null {
  const spellings = new Set(pageSpellings(typed));
  const endsIn = (f: string, names: Iterable<string>) => [...names].some((n) => f.endsWith(`/${n}`));
  const steps: ((f: string) => boolean)[] = [
    (f) => f === typed,
    (f) => spellings.has(f),
    (f) => endsIn(f, [typed]),
    (f) => endsIn(f, spellings),
  ];
  for (const step of steps) {
    const found = files.filter(step);
    if (found.length === 1) return pageId(found[0]!);
    if (found.length > 1) {
      throw new KgError('BAD_REQUEST', `page "${typed}" could be any of ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}: give its path`,
        { page: typed, candidates: found.slice(0, 20) });
    }
  }
  return null;
}

/** The page id a filter's `page` names: an id (`page:…`) as it is, a name as choosePage reads it. */
export async function resolvePageFilter(ctx: ApiContext, typed: string): Promise<string> {
  if (typed.startsWith('page:')) return typed;
  const rows = await readRows(ctx, pagesByName(pageSpellings(typed)));
  // No page by that name: an id no page has, so the list is empty, as for any filter that matches nothing.
  return choosePage(typed, rows.map((r) => String(r.file))) ?? pageId(typed);
}
