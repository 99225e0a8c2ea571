// `kg ingest` with extraction threads: the same lines and exit code as with
// extraction on the main thread, and the process ends (its threads are closed).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kg, ROOT, type KgRun } from './kg.ts';

vi.setConfig({ testTimeout: 120_000 });

let tmp: string;
beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'kg-cli-workers-')); });
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** The run, or null when the process has not ended 60 s after it was started. */
function ended(run: Promise<KgRun>): Promise<KgRun | null> {
  let timer: NodeJS.Timeout;
  return Promise.race([run, new Promise<null>((r) => { timer = setTimeout(() => r(null), 60_000); })]).finally(() => clearTimeout(timer));
}

describe('kg ingest with KG_EXTRACT_WORKERS', () => {
  it('prints what a main-thread run prints, exits with its code, and ends', async () => {
    writeFileSync(join(tmp, 'empty.txt'), '\n');
    const pages = [join(ROOT, 'seeds'), join(ROOT, 'test/dev/pages'), join(tmp, 'empty.txt')];
    const onMain = await kg(['ingest', ...pages, '--data', join(tmp, 'a')], { KG_EXTRACT_WORKERS: '0' });
    const onThreads = await ended(kg(['ingest', ...pages, '--data', join(tmp, 'b')], { KG_EXTRACT_WORKERS: '2' }));
    expect(onThreads, 'kg ingest ended').not.toBeNull();
    expect(onMain.code).toBe(1);
    expect(onMain.stdout).toMatch(/^failed .*empty\.txt: BAD_INPUT: /m);
    expect(onMain.stdout).toContain('ingested: 12 (new 12, replaced 0)');
    expect(onThreads!.code).toBe(onMain.code);
    expect(onThreads!.stdout.replaceAll(join(tmp, 'b'), '').split('\n')).toEqual(onMain.stdout.replaceAll(join(tmp, 'a'), '').split('\n'));
  });

  it('refuses a count of threads that is no whole number', async () => {
    const r = await kg(['ingest', join(ROOT, 'seeds'), '--data', join(tmp, 'c')], { KG_EXTRACT_WORKERS: 'many' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('KG_EXTRACT_WORKERS must be a whole number from 0');
  });
});
