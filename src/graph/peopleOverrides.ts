// A curator's overrides (people.json) applied to the pages already stored:
// each page that names a person to be merged away, or holds an article whose
// mention is to be split off, is written again from what the store holds, so
// that resolution decides it anew under the overrides. Once applied, nothing
// is left to do: the merged person is gone, the split one carries its mark.
import { exportPages } from './export.ts';
import { writeExtractions } from './ingest.ts';
import { splitMark, type PeopleOverrides } from './people.ts';
import { readPeopleNamed } from './peopleNamed.ts';
import type { GraphStore } from './store.ts';

/** The articles whose facts touch the given persons. */
export const ARTICLES_OF_PEOPLE = 'UNWIND $ids AS id MATCH (p:Person {id: id})-[r]-() WHERE r.article IS NOT NULL RETURN DISTINCT r.article AS article';

/** `article:2024-05-01/1.txt#3` → `2024-05-01/1.txt` */
const fileOfArticle = (article: string) => article.slice('article:'.length, article.lastIndexOf('#'));

/** The stored pages the overrides change, written again under them; the files written. */
export async function applyOverrides(store: GraphStore, overrides: PeopleOverrides): Promise<string[]> {
  const files = new Set<string>();
  if (overrides.merge.size) {
    for (const r of await store.read(ARTICLES_OF_PEOPLE, { ids: [...overrides.merge.keys()] })) files.add(fileOfArticle(String(r.article)));
  }
  if (overrides.split.size) {
    const splits = [...overrides.split].map((key) => key.split('\u0000') as [string, string]);
    const named = await readPeopleNamed(store, [...new Set(splits.map(([, name]) => name))]);
    const done = new Set(named.flatMap((r) => (Array.isArray(r.context) ? r.context.map(String) : [])));
    for (const [article] of splits) if (!done.has(splitMark(article))) files.add(fileOfArticle(article));
  }
  if (!files.size) return [];
  const pages = await exportPages(store, [...files]);
  const writes = pages.filter((p) => typeof p.hash === 'string').map((p) => ({ extraction: p, hash: p.hash as string }));
  await writeExtractions(store, writes, { people: overrides, force: true });
  return writes.map((w) => w.extraction.file);
}
