// Exit codes, the same in every subcommand: 0 all good, 1 some inputs failed,
// 2 usage, 3 store busy; --version and a quick --help.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { kg, ROOT } from './kg.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';

vi.setConfig({ testTimeout: 90_000 });
const SEED = join(ROOT, 'seeds', '000_9ff42864cecaacde.txt');


let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'kg-exit-')); });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('kg exit codes', () => {
  it('--version prints the package version; --help lists the exit codes', async () => {
    const v = await kg(['--version']);
    expect([v.code, v.stdout.trim()]).toEqual([0, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version]);
    const h = await kg(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Exit codes: 0 all good; 1 some inputs failed');
  });

  it.each([
    [['nosuch']],
    [['extract']],
    [['extract', SEED, '--bogus']],
    [['ingest', SEED, '--data', '/tmp/none', '--date', '1 March']],
    [['eval', '--gold', '/nonexistent/gold']],
    [['export', '--bogus']],
    [['stats', '--bogus']],
    [['serve', '--bogus']],
  ])('usage error %j exits 2', async (args) => {
    expect((await kg(args)).code).toBe(2);
  });

  it('1 when an input fails, 0 when all is good', async () => {
    expect((await kg(['extract', join(tmp, 'missing.txt')])).code).toBe(1);
    expect((await kg(['extract', SEED])).code).toBe(0);
  });

  it('3 for a busy store, in ingest and serve alike', async () => {
    const data = join(tmp, 'busy');
    const store = await LadybugStore.open(data);
    try {
      const [i, s] = [await kg(['ingest', SEED, '--data', data]), await kg(['serve', '--data', data, '--port', '0'])];
      expect([i.code, s.code]).toEqual([3, 3]);
      expect(s.stderr).toContain('STORE_BUSY');
    } finally {
      await store.close();
    }
  });
});
