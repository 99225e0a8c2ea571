// `kg export --format graphml|csv` over the seed pages (and one seed page with
// ASCII quotes, so that an evidence sentence holds both a comma and a quote),
// read back with real parsers: an XML parser and graphology's GraphML reader
// for the GraphML file, a CSV parser for neo4j-admin's files. Counts and
// values are checked against the store, read with Cypher of the test's own.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import graphology from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { NODES, RELS } from '../../src/graph/model.ts';
import { relProps } from '../../src/graph/dialect.ts';
import { kg, ROOT } from './kg.ts';

vi.setConfig({ testTimeout: 120_000 });

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
/** Seed 002 with the book-title quotes of one sentence as ASCII quotes: `由海淀区政协委员,区总工会…孙金春带队,…"海淀政协·委员沙龙"读书分享会。` */
const QUOTED = '900_quoted.txt';

let tmp: string, data: string;
const counts = { labels: new Map<string, number>(), types: new Map<string, number>() };
let rows: (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-formats-'));
  data = join(tmp, 'data');
  mkdirSync(join(tmp, 'pages'));
  for (const f of SEEDS) copyFileSync(join(ROOT, 'seeds', f), join(tmp, 'pages', f));
  const seed = readFileSync(join(ROOT, 'seeds', '002_bf6422a9aff9c775.txt'), 'utf8');
  expect(seed).toContain('“海淀政协·委员沙龙”读书分享会');
  writeFileSync(join(tmp, 'pages', QUOTED), seed.replace('“海淀政协·委员沙龙”读书分享会', '"海淀政协·委员沙龙"读书分享会'));
  expect((await kg(['ingest', join(tmp, 'pages'), '--data', data, '-q'])).code).toBe(0);
  rows = async (cypher, params) => {
    const store = await LadybugStore.open(data, { readOnly: true });
    try {
      return await store.read(cypher, params);
    } finally {
      await store.close();
    }
  };
  for (const n of NODES) counts.labels.set(n.label, Number((await rows(`MATCH (x:${n.label}) RETURN count(x) AS n`))[0]!.n));
  for (const r of RELS) counts.types.set(r.type, Number((await rows(`MATCH ()-[x:${r.type}]->() RETURN count(x) AS n`))[0]!.n));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 赵丽君's positions as the store holds them, each with the sentence its span marks in its article's body. */
async function zhaoPositions(): Promise<{ org: string; article: string; titles: string[]; rules: string[]; evStart: number; evEnd: number; evidence: string }[]> {
  const found = await rows(`MATCH (p:Person {name: '赵丽君'})-[r:HOLDS_POSITION]->(o:Organization), (a:Article)
    WHERE a.id = r.article RETURN o.id AS org, r.article AS article, r.titles AS titles, r.evStart AS evStart, r.evEnd AS evEnd, r.rules AS rules, a.body AS body`);
  expect(found.length).toBeGreaterThan(0);
  return found.map((r) => ({
    org: String(r.org), article: String(r.article), titles: r.titles as string[], rules: r.rules as string[],
    evStart: Number(r.evStart), evEnd: Number(r.evEnd), evidence: String(r.body).slice(Number(r.evStart), Number(r.evEnd)),
  }));
}

describe('kg export --format graphml', () => {
  let xml: string;
  beforeAll(async () => {
    const r = await kg(['export', '--data', data, '--format', 'graphml', '--out', join(tmp, 'graphml'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const said = JSON.parse(r.stdout);
    expect(said.path).toBe(join(tmp, 'graphml', 'graph.graphml'));
    expect([said.nodes, said.edges]).toEqual([sum(counts.labels), sum(counts.types)]);
    xml = readFileSync(said.path, 'utf8');
  });

  it('is well-formed XML with a node per node and an edge per relationship of the store, each label and type counted', () => {
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => { problems.push(`${level}: ${message}`); } }).parseFromString(xml, 'text/xml');
    expect(problems).toEqual([]);
    const keys = new Map([...doc.getElementsByTagName('key')].map((k) => [k.getAttribute('id')!, k]));
    for (const k of keys.values()) expect(['string', 'long']).toContain(k.getAttribute('attr.type'));
    const dataOf = (e: Element, name: string) => [...e.getElementsByTagName('data')]
      .find((d) => keys.get(d.getAttribute('key')!)?.getAttribute('attr.name') === name)?.textContent;
    const tally = (tag: string, attr: string) => {
      const m = new Map<string, number>();
      for (const e of doc.getElementsByTagName(tag)) m.set(dataOf(e, attr)!, (m.get(dataOf(e, attr)!) ?? 0) + 1);
      return m;
    };
    const nonZero = (m: Map<string, number>) => new Map([...m].filter(([, n]) => n > 0));
    expect(tally('node', 'label')).toEqual(nonZero(counts.labels));
    expect(tally('edge', 'type')).toEqual(nonZero(counts.types));
    // Every data element names a declared key of its own domain; every property of the model has one.
    for (const d of doc.getElementsByTagName('data')) {
      expect(keys.get(d.getAttribute('key')!)?.getAttribute('for')).toBe((d.parentNode as Element).tagName);
    }
    const declared = (domain: string) => new Set([...keys.values()].filter((k) => k.getAttribute('for') === domain).map((k) => k.getAttribute('attr.name')));
    for (const n of NODES) for (const p of Object.keys(n.props)) expect(declared('node')).toContain(p);
    for (const r of RELS) for (const p of Object.keys(relProps(r.type))) expect(declared('edge')).toContain(p);
  });

  it("reads in graphology: the store's counts, and 赵丽君 with her positions' titles and evidence", async () => {
    const graph = parseGraphML(graphology.MultiDirectedGraph, xml);
    expect([graph.order, graph.size]).toEqual([sum(counts.labels), sum(counts.types)]);
    const byLabel = new Map<string, number>();
    graph.forEachNode((_, a) => byLabel.set(a.label, (byLabel.get(a.label) ?? 0) + 1));
    expect(byLabel).toEqual(new Map([...counts.labels].filter(([, n]) => n > 0)));

    // Her resolution comes along: the first of her name, known by 北京市总工会 (gold 001#1, 003#0).
    expect(graph.getNodeAttributes('person:赵丽君')).toMatchObject({ label: 'Person', name: '赵丽君', reason: 'first' });
    expect(JSON.parse(graph.getNodeAttribute('person:赵丽君', 'context'))).toContain('org:北京市总工会');
    const edges = graph.outEdges('person:赵丽君').map((e): Record<string, any> => ({ target: graph.target(e), ...graph.getEdgeAttributes(e) }))
      .filter((e) => e.type === 'HOLDS_POSITION');
    const stored = await zhaoPositions();
    expect(edges.length).toBe(stored.length);
    for (const s of stored) {
      const e = edges.find((x) => x.target === s.org && x.article === s.article);
      expect(e, `${s.org} ${s.article}`).toBeDefined();
      expect(JSON.parse(e!.titles)).toEqual(s.titles);
      expect(JSON.parse(e!.rules)).toEqual(s.rules);
      expect([e!.evStart, e!.evEnd]).toEqual([s.evStart, s.evEnd]);
      expect(e!.evidence).toBe(s.evidence);
      expect(e!.evidence).toContain('赵丽君');
    }
    // An article's body comes back whole, line breaks included.
    const [article] = await rows("MATCH (a:Article) WHERE a.body CONTAINS '\n' RETURN a.id AS id, a.body AS body, a.position AS position LIMIT 1");
    expect(graph.getNodeAttribute(article!.id as string, 'body')).toBe(article!.body);
    expect(graph.getNodeAttribute(article!.id as string, 'position')).toBe(article!.position);
  });
});

describe('kg export --format csv', () => {
  const out = () => join(tmp, 'csv');
  let said: { files: { path: string; label?: string; type?: string; rows: number }[]; command: string; nodes: number; relationships: number };
  let printed: string;
  beforeAll(async () => {
    const r = await kg(['export', '--data', data, '--format', 'csv', '--out', out(), '--json']);
    expect(r.code, r.stderr).toBe(0);
    said = JSON.parse(r.stdout);
    printed = (await kg(['export', '--data', data, '--format', 'csv', '--out', out()])).stdout;
  });
  const read = (file: string) => parseCsv(readFileSync(join(out(), file), 'utf8'), { columns: false, relax_quotes: false, skip_empty_lines: false }) as string[][];
  const records = (file: string) => {
    const [header, ...body] = read(file);
    return { header: header!, rows: body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
  };

  it('writes one file per label and per type, with as many rows as the store holds of each', () => {
    expect(said.files.map((f) => f.label ?? f.type).sort()).toEqual([...NODES.map((n) => n.label), ...RELS.map((r) => r.type)].sort());
    for (const n of NODES) expect(records(`nodes-${n.label}.csv`).rows.length, n.label).toBe(counts.labels.get(n.label));
    for (const r of RELS) expect(records(`relationships-${r.type}.csv`).rows.length, r.type).toBe(counts.types.get(r.type));
    expect([said.nodes, said.relationships]).toEqual([sum(counts.labels), sum(counts.types)]);
  });

  it("has neo4j-admin headers: each label its id space, relationships' ends in the id space of their labels, typed properties", () => {
    const property = /^([A-Za-z_][A-Za-z0-9_]*)(?::(string|long|int|date|string\[\]|long\[\]))?$/;
    const TYPE = { STRING: 'string', INT64: 'long', DATE: 'date', 'STRING[]': 'string[]', 'INT64[]': 'long[]' } as const;
    const props = (fields: string[]) => Object.fromEntries(fields.map((f) => {
      const m = property.exec(f);
      expect(m, `a neo4j-admin property header: ${f}`).not.toBeNull();
      return [m![1], m![2] ?? 'string'];
    }));
    const ids = new Map<string, Set<string>>();
    for (const n of NODES) {
      const { header, rows: list } = records(`nodes-${n.label}.csv`);
      expect(header.slice(0, 2)).toEqual([`id:ID(${n.label})`, ':LABEL']);
      expect(props(header.slice(2))).toEqual(Object.fromEntries(Object.entries(n.props).map(([p, t]) => [p, TYPE[t]])));
      for (const r of list) expect(r[':LABEL']).toBe(n.label);
      ids.set(n.label, new Set(list.map((r) => r[`id:ID(${n.label})`]!)));
    }
    for (const rel of RELS) {
      const { header, rows: list } = records(`relationships-${rel.type}.csv`);
      expect(header.slice(0, 3)).toEqual([`:START_ID(${rel.from})`, `:END_ID(${rel.to})`, ':TYPE']);
      const expected = Object.fromEntries(Object.entries(relProps(rel.type)).map(([p, t]) => [p, TYPE[t]]));
      const got = props(header.slice(3));
      // The stored properties, plus the text of the evidence where there is evidence.
      expect(got).toEqual('evStart' in expected ? { ...expected, evidence: 'string' } : expected);
      for (const r of list) {
        expect(r[':TYPE']).toBe(rel.type);
        expect(ids.get(rel.from)!.has(r[`:START_ID(${rel.from})`]!)).toBe(true);
        expect(ids.get(rel.to)!.has(r[`:END_ID(${rel.to})`]!)).toBe(true);
      }
    }
  });

  it('keeps text whole: an evidence sentence with commas and a quote, bodies with line breaks, lists split by the array delimiter', async () => {
    const [stored] = await rows(`MATCH (p:Person {name: '孙金春'})-[r:HOLDS_POSITION]->(o:Organization), (a:Article)
      WHERE a.id = r.article AND a.page = $page RETURN o.id AS org, r.article AS article, r.evStart AS s, r.evEnd AS e, r.titles AS titles, a.body AS body`, { page: `page:${QUOTED}` });
    expect(stored).toBeDefined();
    const sentence = String(stored!.body).slice(Number(stored!.s), Number(stored!.e));
    expect(sentence).toMatch(/,.*"海淀政协·委员沙龙"/);
    const row = records('relationships-HOLDS_POSITION.csv').rows
      .find((r) => r[':START_ID(Person)'] === 'person:孙金春' && r[':END_ID(Organization)'] === stored!.org && r.article === stored!.article);
    expect(row?.evidence).toBe(sentence);
    expect(row!['titles:string[]']!.split('\u001F')).toEqual(stored!.titles);
    expect(readFileSync(join(out(), 'relationships-HOLDS_POSITION.csv'), 'utf8')).toContain(sentence.replace(/"/g, '""'));

    const bodies = new Map((await rows('MATCH (a:Article) RETURN a.id AS id, a.body AS body')).map((a) => [a.id, a.body]));
    const articles = records('nodes-Article.csv').rows;
    expect(articles.some((a) => a.body!.includes('\n'))).toBe(true);
    for (const a of articles) expect(a.body).toBe(bodies.get(a['id:ID(Article)']));

    for (const z of await zhaoPositions()) {
      const r = records('relationships-HOLDS_POSITION.csv').rows
        .find((x) => x[':START_ID(Person)'] === 'person:赵丽君' && x[':END_ID(Organization)'] === z.org && x.article === z.article);
      expect(r!['titles:string[]']!.split('\u001F')).toEqual(z.titles);
      expect([Number(r!['evStart:long']), Number(r!['evEnd:long'])]).toEqual([z.evStart, z.evEnd]);
      expect(r!.evidence).toBe(z.evidence);
    }
  });

  it('prints the neo4j-admin command, naming every file written, and writes it to import.sh and README.txt', () => {
    expect(printed).toContain(said.command);
    expect(said.command.startsWith('neo4j-admin database import full neo4j ')).toBe(true);
    expect(said.command).toContain('--multiline-fields=true');
    expect(said.command).toContain('--array-delimiter=U+001F');
    const named = [...said.command.matchAll(/--(nodes|relationships)=(\S+)/g)].map((m) => [m[1], m[2]]);
    expect(named).toEqual(said.files.map((f) => [f.label ? 'nodes' : 'relationships', f.path]));
    for (const [, path] of named) expect(existsSync(path!)).toBe(true);
    const script = readFileSync(join(out(), 'import.sh'), 'utf8');
    const local = said.command.replaceAll(`${out()}/`, '');
    expect(script).toContain(`cd "$(dirname "$0")"\n${local}\n`);
    expect(readFileSync(join(out(), 'README.txt'), 'utf8')).toContain(local);
  });
});

describe('kg export --format', () => {
  it('is json by default: the same files as --format json', async () => {
    const [plain, json] = [join(tmp, 'plain'), join(tmp, 'json')];
    expect((await kg(['export', '--data', data, '--out', plain])).code).toBe(0);
    expect((await kg(['export', '--data', data, '--out', json, '--format', 'json'])).code).toBe(0);
    const files = readdirSync(plain).sort();
    expect(files).toEqual([...SEEDS, QUOTED].map((f) => f.replace('.txt', '.json')).sort());
    expect(readdirSync(json).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(json, f), 'utf8')).toBe(readFileSync(join(plain, f), 'utf8'));
  });

  it('refuses another format as a usage error that names the choices', async () => {
    const r = await kg(['export', '--data', data, '--format', 'xml', '--out', join(tmp, 'xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid");
    expect(r.stderr).toContain('json, graphml, csv');
    expect(existsSync(join(tmp, 'xml'))).toBe(false);
  });
});

function sum(m: Map<string, number>): number {
  return [...m.values()].reduce((a, b) => a + b, 0);
}
