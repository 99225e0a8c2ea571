// The spelling of kinds and roles in exported files: the extraction's, which
// the scorer compares exactly (lower-case activity kinds, organization kinds
// and author roles; upper-case participant roles), whatever case the store
// holds them in.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPageFile } from '../../src/extract/pageFile.ts';
import { ACTIVITY_KINDS, AUTHOR_ROLES, ORG_KINDS, PARTICIPANT_ROLES, type PageExtraction } from '../../src/extract/types.ts';
import { exportPages } from '../../src/graph/export.ts';
import { writeExtraction } from '../../src/graph/ingest.ts';
import { asStored } from './asStored.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');

let tmp: string;
let store: LadybugStore;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-spelling-'));
  store = await LadybugStore.open(join(tmp, 'db'));
  await store.migrate();
  await ingestPaths(store, [SEEDS]);
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The reference scorer's JSON report for the files of `dir` against the seed gold. */
function score(dir: string): unknown {
  const r = spawnSync(process.execPath, [join(ROOT, 'test/reference/score.mjs'), '--gold', join(ROOT, 'test/gold'), '--sys', dir, '--json'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

const writeAll = (dir: string, pages: PageExtraction[]) => {
  mkdirSync(dir, { recursive: true });
  for (const p of pages) writeFileSync(join(dir, p.file.replace(/\.txt$/, '.json')), JSON.stringify(p));
};

describe('exported kinds and roles', () => {
  it('are spelled as the closed lists of the extraction spell them', async () => {
    const articles = (await exportPages(store)).flatMap((p) => p.articles);
    const seen = (values: string[], list: readonly string[]) => { for (const v of values) expect(list).toContain(v); };
    seen(articles.map((a) => a.activity.kind), ACTIVITY_KINDS);
    seen(articles.flatMap((a) => a.organizations.map((o) => o.kind)), ORG_KINDS);
    seen(articles.flatMap((a) => a.authors.map((x) => x.role)), AUTHOR_ROLES);
    seen(articles.flatMap((a) => a.participants.flatMap((x) => x.roles)), PARTICIPANT_ROLES);
  });

  it('score as the extraction does: the scorer reads the export as it reads `kg extract`', async () => {
    const exported = join(tmp, 'exported'), extracted = join(tmp, 'extracted');
    writeAll(exported, await exportPages(store));
    writeAll(extracted, readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => extractPageFile(join(SEEDS, f))));
    expect(score(exported)).toEqual(score(extracted));
  });

  it('come out in that spelling when the store holds another case', async () => {
    const page = extractPageFile(join(SEEDS, '001_7dcc9af707f72cfe.txt'));
    const shouted = structuredClone(page) as unknown as { file: string; articles: any[] };
    shouted.file = 'shouted.txt';
    for (const a of shouted.articles) {
      a.activity.kind = a.activity.kind.toUpperCase();
      for (const o of a.organizations) o.kind = o.kind.toUpperCase();
      for (const x of a.authors) x.role = x.role.toUpperCase();
      for (const x of a.participants) x.roles = x.roles.map((r: string) => r.toLowerCase());
    }
    shouted.articles[0].activity.kind = 'Unlisted';
    await writeExtraction(store, shouted as unknown as PageExtraction, 'hash-of-shouted');
    const [back] = await exportPages(store, ['shouted.txt']);
    expect(back.articles[0].activity.kind).toBe('Unlisted'); // a value no list holds is given back as stored
    back.articles[0].activity.kind = page.articles[0].activity.kind;
    expect(back.articles).toEqual(asStored(page).articles);
  });
});
