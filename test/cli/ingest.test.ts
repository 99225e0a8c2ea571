// `kg ingest` as a user runs it: a child process, its summary lines, the
// message when another process holds the store, and the hand-over of pages
// to a running server's ingest endpoint.
import { createServer, type Server } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kg, ROOT } from './kg.ts';

// Each case starts the CLI as a child process (a few seconds each on a busy machine).
vi.setConfig({ testTimeout: 90_000 });
import { exportPages } from '../../src/graph/export.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { handleIngestRequest } from '../../src/graph/remoteIngest.ts';

const SEED = join(ROOT, 'seeds', '000_9ff42864cecaacde.txt');
const SEED_B = join(ROOT, 'seeds', '001_7dcc9af707f72cfe.txt');


let tmp: string;
beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'kg-cli-')); });
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('kg ingest', () => {
  it('prints a summary; a second run finds the page unchanged', async () => {
    const data = join(tmp, 'data');
    const first = await kg(['ingest', SEED, join(tmp, 'nope.txt'), '--data', data]);
    expect(first.stdout).toContain('pages read: 2');
    expect(first.stdout).toContain('ingested: 1 (new 1, replaced 0)');
    expect(first.stdout).toMatch(/failed: 1\n\s+.*nope\.txt: BAD_INPUT: no such file/);
    expect(first.stdout).toMatch(/nodes created: [1-9]\d*/);
    expect(first.stdout).toMatch(/relationships created: [1-9]\d*/);
    expect(first.code).toBe(1);
    const second = await kg(['ingest', SEED, '--data', data]);
    expect(second.stdout).toContain('unchanged: 1');
    expect(second.stdout).toContain('nodes created: 0');
    expect(second.code).toBe(0);
  });

  it('fails (exit 1) two files named directly that would be one page, naming both, and ingests the rest', async () => {
    for (const [dir, from] of [['a', SEED], ['b', SEED_B]]) {
      mkdirSync(join(tmp, dir));
      copyFileSync(from, join(tmp, dir, 'p1.txt'));
    }
    const [a, b] = [join(tmp, 'a', 'p1.txt'), join(tmp, 'b', 'p1.txt')];
    const r = await kg(['ingest', a, b, SEED_B, '--data', join(tmp, 'data'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ read: 3, ingested: 1, failed: 2 });
    expect(out.failures).toEqual([a, b].map((file) => ({ file, code: 'BAD_INPUT', reason: expect.stringContaining(`${a} and ${b} would both be page p1.txt`) })));
  });

  describe('while another process holds the store', () => {
    let store: LadybugStore;
    let server: Server | undefined;
    beforeEach(async () => {
      store = await LadybugStore.open(join(tmp, 'data'));
      await store.migrate();
    });
    afterEach(async () => {
      await new Promise((r) => (server ? server.close(r) : r(undefined)));
      server = undefined;
      await store.close();
    });

    it('says the store is busy and how to ingest anyway', async () => {
      const r = await kg(['ingest', SEED, '--data', join(tmp, 'data')]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('STORE_BUSY');
      expect(r.stderr).toContain('in use by another process');
      expect(r.stderr).toContain('KG_INGEST_TOKEN');
    });

    it('writes once the holder has closed the store: close releases the lock', async () => {
      await store.close();
      const r = await kg(['ingest', SEED, '--data', join(tmp, 'data')]);
      expect(r.stderr).not.toContain('STORE_BUSY');
      expect(r.stdout).toContain('pages read: 1');
      expect(r.code).toBe(0);
    });

    it('still exports: export opens the store read-only', async () => {
      const r = await kg(['export', '--data', join(tmp, 'data'), '--out', join(tmp, 'out')]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('exported 0 pages');
      expect(r.code).toBe(0);
    });

    it('hands the pages to the running server when both share KG_INGEST_TOKEN', async () => {
      server = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const request = new Request(`http://localhost${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
        const response = await handleIngestRequest(store, 'secret', request);
        res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text());
      });
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      const port = (server.address() as AddressInfo).port;
      const r = await kg(['ingest', SEED, '--data', join(tmp, 'data')], { KG_INGEST_TOKEN: 'secret', PORT: String(port) });
      expect(r.stderr).toContain('handing the pages to the server');
      expect(r.stdout).toContain('ingested: 1 (new 1, replaced 0)');
      expect(r.code).toBe(0);
      expect((await exportPages(store)).map((p) => p.file)).toEqual(['000_9ff42864cecaacde.txt']);
      const wrong = await kg(['ingest', SEED, '--server', `http://127.0.0.1:${port}`], { KG_INGEST_TOKEN: 'wrong' });
      expect(wrong.stderr).toContain('HTTP 401');
      expect(wrong.code).toBe(1);
    });
  });
});

describe('kg export', () => {
  it('writes one JSON file per page', async () => {
    const data = join(tmp, 'data');
    await kg(['ingest', SEED, '--data', data, '-q']);
    const r = await kg(['export', '--data', data, '--out', join(tmp, 'out')]);
    expect(r.stdout).toContain('exported 1 pages');
    expect(readdirSync(join(tmp, 'out'))).toEqual(['000_9ff42864cecaacde.json']);
    const missing = await kg(['export', '--data', join(tmp, 'none'), '--out', join(tmp, 'out2')]);
    expect(missing.stderr).toContain('run `kg ingest` first');
  });

  it('writes a page named by a path under the same folders: one base name in two folders is two files', async () => {
    const data = join(tmp, 'data');
    for (const [day, from] of [['2024-05-01', SEED], ['2024-05-02', SEED_B]]) {
      mkdirSync(join(tmp, 'archive', day), { recursive: true });
      copyFileSync(from, join(tmp, 'archive', day, 'page1.txt'));
    }
    expect((await kg(['ingest', join(tmp, 'archive'), '--data', data, '-q'])).code).toBe(0);
    const r = await kg(['export', '--data', data, '--out', join(tmp, 'out'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).written.map((w: { file: string }) => w.file)).toEqual(['2024-05-01/page1.txt', '2024-05-02/page1.txt']);
    for (const day of ['2024-05-01', '2024-05-02']) {
      expect(JSON.parse(readFileSync(join(tmp, 'out', day, 'page1.json'), 'utf8'))).toMatchObject({ file: `${day}/page1.txt`, issue_date: day });
    }
  });
});
