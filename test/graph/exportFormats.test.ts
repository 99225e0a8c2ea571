// The GraphML and neo4j-admin CSV writers below the command: text that XML and
// CSV must escape, read back by real parsers; and the store read in batches,
// so that a small batch writes the very same files as one large batch while
// no read returns more nodes than a batch.
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeXml, writeGraphML } from '../../src/graph/graphml.ts';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { NODES } from '../../src/graph/model.ts';
import { ARRAY_DELIMITER, csvField, writeNeo4jCsv } from '../../src/graph/neo4jCsv.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import type { TextFile } from '../../src/graph/textFile.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const AWKWARD: [string, string][] = [
  ['markup', 'a & b < c > d "e" \'f\''],
  ['line ends and tabs', '第一行\n第二行\r\n\t缩进'],
  ['entities as text', '&amp; &#10; ]]>'],
  ['control characters XML cannot hold', 'x\u0001y\u001Fz'],
  ['a lone surrogate', 'a\uD800b'],
  ['a character beyond the BMP', '𠀀工会'],
];

describe('escapeXml', () => {
  it.each(AWKWARD)('%s: read back by an XML parser, in an element and in an attribute', (_, s) => {
    const errors: string[] = [];
    // Warnings (a U+FFFD in the text) are no errors.
    const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } })
      .parseFromString(`<r a="${escapeXml(s)}">${escapeXml(s)}</r>`, 'text/xml');
    expect(errors).toEqual([]);
    // What XML 1.0 cannot hold at all comes back as U+FFFD; everything else as it was.
    const expected = s.replace(/[\u0001\u001F]|\uD800(?![\uDC00-\uDFFF])/g, '\uFFFD');
    expect(doc.documentElement!.textContent).toBe(expected);
    expect(doc.documentElement!.getAttribute('a')).toBe(expected);
  });
});

describe('csvField', () => {
  it('quotes strings so that a CSV parser gives back commas, quotes and line breaks; lists joined by the delimiter', () => {
    const values = ['市总工会,"职工之家"', '第一行\n"第二行"', '', '赵丽君'];
    const line = [...values.map((v) => csvField(v, 'STRING', 'test')), csvField(['党组成员', '副主席'], 'STRING[]', 'test'), csvField(7, 'INT64', 'test'), csvField(null, 'STRING', 'test')].join(',');
    const [row] = parseCsv(`${line}\n`) as string[][];
    expect(row).toEqual([...values, `党组成员${ARRAY_DELIMITER}副主席`, '7', '']);
    // An unset property and an empty list are no field at all; an empty string is a quoted one.
    expect([csvField(null, 'STRING', 't'), csvField([], 'STRING[]', 't'), csvField('', 'STRING', 't')]).toEqual(['', '', '""']);
  });

  it('refuses a list element holding the array delimiter rather than splitting it', () => {
    expect(() => csvField([`a${ARRAY_DELIMITER}b`], 'STRING[]', 'org:x aliases')).toThrow(/org:x aliases.*U\+001F/);
  });
});

describe('the writers read the store in batches', () => {
  let tmp: string, store: LadybugStore;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kg-batches-'));
    store = await LadybugStore.open(join(tmp, 'db'));
    await store.migrate();
    await ingestPaths(store, [join(ROOT, 'seeds')]);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** The real store, with the size of every node read it answers. */
  const measured = (reads: number[]): GraphStore => ({
    dialect: store.dialect,
    migrate: () => store.migrate(),
    write: (s) => store.write(s),
    close: async () => undefined,
    read: async (cypher, params) => {
      const rows = await store.read(cypher, params);
      if (/^MATCH \(n:\w+\) WHERE n\.id > \$after/.test(cypher)) reads.push(rows.length);
      return rows;
    },
  });
  const inMemory = (): TextFile & { text: string } => {
    const f = { path: 'memory', text: '', write: async (t: string) => { f.text += t; }, close: async () => undefined };
    return f;
  };

  it('GraphML: batches of 3 write the same file as one batch of all, no node read over 3 rows', async () => {
    const small: number[] = [], large: number[] = [];
    const [a, b] = [inMemory(), inMemory()];
    const ca = await writeGraphML(measured(small), a, 3);
    const cb = await writeGraphML(measured(large), b, 100_000);
    expect(a.text).toBe(b.text);
    expect(ca).toEqual(cb);
    expect(Math.max(...small)).toBeLessThanOrEqual(3);
    const nodes = Number((await store.read('MATCH (n) RETURN count(n) AS n'))[0]!.n);
    expect(ca.nodes).toBe(nodes);
    // Some label has more than 3 nodes, so it took several reads.
    expect(small.length).toBeGreaterThan(nodes / 3);
    expect(large.length).toBe(NODES.length);
  });

  it('CSV: batches of 3 write the same files as one batch of all', async () => {
    const [a, b] = [join(tmp, 'small'), join(tmp, 'large')];
    mkdirSync(a);
    mkdirSync(b);
    const reads: number[] = [];
    expect(await writeNeo4jCsv(measured(reads), a, 3)).toEqual(await writeNeo4jCsv(store, b, 100_000));
    expect(Math.max(...reads)).toBeLessThanOrEqual(3);
    const files = readdirSync(a).sort();
    expect(files).toEqual(readdirSync(b).sort());
    for (const f of files) expect(readFileSync(join(a, f), 'utf8'), f).toBe(readFileSync(join(b, f), 'utf8'));
  });
});
