// The last page of a long list, read by keyset (the API's route: WHERE over
// the sort key of the cursor, ORDER BY, LIMIT) and by offset (the same list
// with SKIP), median of the runs, over a generated corpus in a fresh embedded
// store (npm run bench:paging [-- --pages 1000 --runs 25 --seed 1]).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rowKey, type KeyOrder, type KeysetPage } from '../src/api/keyset.ts';
import { activitiesOrder, articlesOrder, PEOPLE_ORDER } from '../src/api/orders.ts';
import { activitiesPage } from '../src/api/queries/activities.ts';
import { articlesPage, peoplePage } from '../src/api/queries/articles.ts';
import { DEFAULT_PAGE_SIZE } from '../src/api/limits.ts';
import { ingestPaths } from '../src/graph/ingestFiles.ts';
import { openStore } from '../src/graph/open.ts';
import type { Statement } from '../src/graph/store.ts';
import { median, round } from './bench/stats.ts';
import { writeCorpus } from './gen-corpus.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) {
    console.error('usage: npm run bench:paging -- [--pages N] [--runs R (at least 20)] [--seed S]');
    process.exit(2);
  }
  return v;
}
const pages = arg('pages', 1000);
const runs = Math.max(20, arg('runs', 25));
const seed = arg('seed', 1);

/** A list as the API reads it: its order and its keyset statement. */
interface List { name: string; order: KeyOrder; statement: (page: KeysetPage) => Statement }
const LISTS: List[] = [
  { name: 'activities, page order', order: activitiesOrder({ field: 'PAGE', direction: 'ASC' }), statement: (p) => activitiesPage({}, activitiesOrder({ field: 'PAGE', direction: 'ASC' }), p) },
  { name: 'activities, newest first', order: activitiesOrder({ field: 'DATE', direction: 'DESC' }), statement: (p) => activitiesPage({}, activitiesOrder({ field: 'DATE', direction: 'DESC' }), p) },
  { name: 'articles, page order', order: articlesOrder({ field: 'PAGE', direction: 'ASC' }), statement: (p) => articlesPage({}, articlesOrder({ field: 'PAGE', direction: 'ASC' }), p) },
  { name: 'people, by name', order: PEOPLE_ORDER, statement: (p) => peoplePage(null, p) },
];

/** The same list read by offset: the keyset statement of a first page, with SKIP before its LIMIT. */
function byOffset(list: List, offset: number, limit: number): Statement {
  const s = list.statement({ after: null, before: null, backward: false, limit });
  return { cypher: s.cypher.replace(/ LIMIT \$limit$/, ' SKIP $offset LIMIT $limit'), params: { ...s.params, offset } };
}

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-paging-'));
try {
  const corpus = join(dir, 'corpus');
  const { gold } = writeCorpus(corpus, pages, seed);
  const store = await openStore({ dataDir: join(dir, 'store'), neo4j: null });
  try {
    const t0 = performance.now();
    const summary = await ingestPaths(store, [corpus]);
    console.log(`${summary.ingested} pages (${gold.counts.articles} articles, seed ${seed}) ingested in ${((performance.now() - t0) / 1000).toFixed(0)} s; `
      + `last page of ${DEFAULT_PAGE_SIZE}, median of ${runs} runs each, alternating; store: embedded LadybugDB`);
    const time = async (s: Statement) => { const t = performance.now(); const rows = await store.read(s.cypher, s.params); return { ms: performance.now() - t, rows }; };
    for (const list of LISTS) {
      const all = await store.read(byOffset(list, 0, 1_000_000).cypher, byOffset(list, 0, 1_000_000).params);
      const n = all.length;
      const start = Math.max(0, n - DEFAULT_PAGE_SIZE);
      // The cursor of the last page is the key of the item before it, as the page before gave it.
      const keyset = list.statement({ after: start > 0 ? rowKey(list.order.keys, all[start - 1]!) : null, before: null, backward: false, limit: DEFAULT_PAGE_SIZE + 1 });
      const offset = byOffset(list, start, DEFAULT_PAGE_SIZE + 1);
      const want = all.slice(start).map((r) => r.id);
      for (const s of [keyset, offset]) {
        const got = (await time(s)).rows.map((r) => r.id);
        if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${list.name}: the two routes read different last pages`);
      }
      const ms = { keyset: [] as number[], offset: [] as number[] };
      for (let i = 0; i < runs; i++) {
        ms.keyset.push((await time(keyset)).ms);
        ms.offset.push((await time(offset)).ms);
      }
      const k = median(ms.keyset), o = median(ms.offset);
      console.log(`${list.name.padEnd(26)} ${String(n).padStart(6)} items  keyset ${round(k, 1)} ms  offset ${round(o, 1)} ms  offset/keyset ${round(o / k, 2)}`);
    }
  } finally {
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
