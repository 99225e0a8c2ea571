// Ctrl-C or SIGTERM in the middle of a long `kg ingest`: the pages being
// written finish, the store is closed, the summary printed, and the exit code
// says which signal. Every page reported written is in the store afterwards.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportPages } from '../../src/graph/export.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';

vi.setConfig({ testTimeout: 120_000 });

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-int-'));
  mkdirSync(join(tmp, 'pages'));
  // Enough pages that the run is still going when the signal comes.
  for (let i = 0; i < 120; i++) for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(tmp, 'pages', `${i}_${f}`));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `kg ingest` and sends `signal` once `after` pages have been reported. */
function ingestAndSignal(signal: NodeJS.Signals, after: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { NEO4J_URI: _n, KG_INGEST_TOKEN: _t, ...env } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'ingest', join(tmp, 'pages'), '--data', join(tmp, 'data')], { cwd: ROOT, env });
    let stdout = '', stderr = '', sent = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!sent && (stdout.match(/^ingested /gm)?.length ?? 0) >= after) { sent = true; child.kill(signal); }
    });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('kg ingest and %s', (signal, exitCode) => {
  it(`finishes the batch, closes the store and exits ${exitCode}; every page reported is there`, async () => {
    const r = await ingestAndSignal(signal, 30);
    expect(r.stderr).toContain(`${signal}: finishing the pages being written`);
    expect(r.code).toBe(exitCode);
    expect(r.stdout).toContain('stopped before the end');
    const reported = r.stdout.match(/^ingested (\S+)/gm)!.map((l) => l.slice('ingested '.length));
    expect(reported.length).toBeGreaterThanOrEqual(30);
    expect(reported.length).toBeLessThan(600);
    expect(r.stdout).toContain(`ingested: ${reported.length} (new ${reported.length}, replaced 0)`);
    const store = await LadybugStore.open(join(tmp, 'data'), { readOnly: true });
    try {
      expect((await exportPages(store)).map((p) => p.file).sort()).toEqual([...reported].sort());
    } finally {
      await store.close();
    }
  });
});
