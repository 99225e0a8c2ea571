// A page printed in Traditional characters, ingested as a file, is found in
// the API by the Simplified names: its people and organizations are the same
// nodes as those of its Simplified twin, and its articles and evidence read as
// printed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/pipeline.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { toSimplified } from '../../src/text/script.ts';
import { gql } from './http.ts';
import { SEEDS } from './seeded.ts';

const SEED = '001_7dcc9af707f72cfe.txt';
const HANT = '001_hant.txt';
const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });
const simplifiedText = readFileSync(join(SEEDS, SEED), 'utf8');
const printed = toHant(simplifiedText);

let dir: string;
let store: GraphStore;
let app: App;

async function ingest(...files: Array<[string, string]>): Promise<void> {
  const pages = mkdtempSync(join(dir, 'pages-'));
  for (const [name, text] of files) writeFileSync(join(pages, name), text);
  const summary = await ingestPaths(store, [pages]);
  expect(summary.failed).toEqual([]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-hant-'));
  store = await openStore({ dataDir: join(dir, 'store'), neo4j: null });
  app = createApp({ store, config: { ingestToken: null } });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const PERSON = `query ($name: String!) { person(name: $name) { id name
  mentionedIn(first: 20) { totalCount edges { node { headline body page { file } } } }
  positions(first: 20) { titles organization { name } evidence { text start end article { id headline body } } } } }`;

describe('a Traditional page in the API', () => {
  const names = extractPage(SEED, simplifiedText).articles.filter((a) => a.people.some((p) => p.name === '赵丽君'));

  it('is found by the Simplified name, its articles and evidence as printed', async () => {
    await ingest([HANT, printed]);
    expect(printed).toContain('趙麗君');
    const res = await gql(app, PERSON, { name: '赵丽君' });
    expect(res.errors).toBeUndefined();
    const person = res.data.person;
    expect(person).toMatchObject({ id: 'person:赵丽君', name: '赵丽君' });
    expect(names.length).toBeGreaterThan(0);
    expect(person.mentionedIn.totalCount).toBe(names.length);
    for (const { node } of person.mentionedIn.edges) {
      expect(node.page.file).toBe(HANT);
      expect(printed).toContain(node.headline);
      expect(node.headline).not.toBe(toSimplified(node.headline));
      expect(node.body).toContain('趙麗君');
    }
    expect(person.positions.length).toBeGreaterThan(0);
    for (const p of person.positions) {
      expect(p.organization.name).toBe(toSimplified(p.organization.name));
      const e = p.evidence;
      expect(e.article.body.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).toContain('趙麗君');
    }
  });

  it('shares its people and organizations with its Simplified twin', async () => {
    await ingest([SEED, simplifiedText]);
    const res = await gql(app, PERSON, { name: '赵丽君' });
    expect(res.errors).toBeUndefined();
    const files = res.data.person.mentionedIn.edges.map((e: { node: { page: { file: string } } }) => e.node.page.file);
    expect(files.filter((f: string) => f === HANT)).toHaveLength(names.length);
    expect(files.filter((f: string) => f === SEED)).toHaveLength(names.length);
    const orgs = await gql(app, '{ organization(name: "北京市总工会") { name } }');
    expect(orgs.data.organization).toEqual({ name: '北京市总工会' });
  });
});
