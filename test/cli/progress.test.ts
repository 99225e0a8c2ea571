// The progress of `kg ingest` and `kg extract`: a bar on a terminal, plain
// lines and no control codes in a pipe. The terminal is a pseudo-terminal
// made by util-linux `script`, which gives the command a tty for stdout and
// stderr alike and copies what it draws to its own stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { duration, formatBar } from '../../src/cli/progress.ts';
import { kg, ROOT } from './kg.ts';

vi.setConfig({ testTimeout: 90_000 });

const SEEDS = join(ROOT, 'seeds');
const CONTROL = /\x1b|\r/;

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasScript) console.warn('progress.test.ts: no util-linux `script` here, so the terminal cases are skipped (apt-get install bsdutils)');

/** `kg ARGS…` with a terminal for stdout and stderr: what it drew, and its exit code. */
function onTerminal(args: string[]): { code: number | null; out: string } {
  const { NEO4J_URI: _n, KG_INGEST_TOKEN: _t, ...env } = process.env;
  const command = [process.execPath, join(ROOT, 'bin', 'kg.js'), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qfec', command, '/dev/null'], { cwd: ROOT, env: { ...env, COLUMNS: '120' }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout };
}

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'kg-progress-')); });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the bar', () => {
  it.each([
    [0, 5, 0, '[------------------------------] 0/5 pages'],
    [2, 5, 4, '[============------------------] 2/5 pages | 0.5 pages/s | 6s left'],
    [120, 300, 10, '[============------------------] 120/300 pages | 12 pages/s | 15s left'],
    [5, 5, 2.4, '[==============================] 5/5 pages | 2.1 pages/s | done in 2s'],
    [0, 0, 0, '[==============================] 0/0 pages'],
  ])('%i of %i after %fs: %s', (done, total, seconds, expected) => {
    expect(formatBar(done, total, seconds)).toBe(expected);
  });

  it.each([[0, '0s'], [59.4, '59s'], [68, '1m 08s'], [7500, '2h 05m']])('%fs reads %s', (s, expected) => {
    expect(duration(s)).toBe(expected);
  });
});

describe.skipIf(!hasScript)('on a terminal', () => {
  it('kg ingest draws the bar on stderr, then prints the summary', () => {
    const r = onTerminal(['ingest', SEEDS, join(tmp, 'nope.txt'), '--data', join(tmp, 'data')]);
    expect(r.out).toMatch(/\[=+\] 6\/6 pages \| [\d.]+ pages\/s \| done in \d+s/);
    // A failure is printed above the bar; a page that went in has no line of its own.
    expect(r.out).toContain('failed');
    expect(r.out).toContain('nope.txt: BAD_INPUT: no such file');
    expect(r.out).not.toMatch(/^ingested 000_/m);
    expect(r.out).toContain('ingested: 5 (new 5, replaced 0)');
    expect(r.code).toBe(1);
  });

  it('kg extract --out draws the bar', () => {
    const r = onTerminal(['extract', join(SEEDS, '000_9ff42864cecaacde.txt'), join(SEEDS, '001_7dcc9af707f72cfe.txt'), '--out', join(tmp, 'out')]);
    expect(r.out).toMatch(/\[=+\] 2\/2 pages \| [\d.]+ pages\/s/);
    expect(r.code).toBe(0);
  });

  it('kg ingest -q draws no bar', () => {
    const r = onTerminal(['ingest', SEEDS, '--data', join(tmp, 'data'), '-q']);
    expect(r.out).not.toContain('pages/s');
    expect(r.out).toContain('unchanged: 5');
  });
});

describe('in a pipe', () => {
  it('kg ingest prints a plain line per page and no control codes', async () => {
    const r = await kg(['ingest', SEEDS, join(tmp, 'nope.txt'), '--data', join(tmp, 'piped')]);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^ingested \S+\.txt \(\+\d+ nodes, \+\d+ relationships\)$/.test(l))).toHaveLength(5);
    expect(lines).toContain(`failed ${join(tmp, 'nope.txt')}: BAD_INPUT: no such file`);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stdout).not.toContain('pages/s');
  });

  it('kg extract prints nothing but its failures, and no control codes', async () => {
    const r = await kg(['extract', join(SEEDS, '000_9ff42864cecaacde.txt'), join(tmp, 'nope.txt'), '--out', join(tmp, 'out2')]);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `kg extract: BAD_INPUT: ${join(tmp, 'nope.txt')}: no such file`,
      'kg extract: 1 of 2 pages failed',
    ]);
    expect(r.stderr).not.toMatch(CONTROL);
  });
});
