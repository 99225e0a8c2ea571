// A disk that fills, or a file-size limit reached, in the middle of `kg
// ingest`: the run ends with one STORE_FULL or STORE_ERROR line and exit 1
// (never a native abort), and every page it reported written is in the
// store once there is room again.
//
// The full disk is a small tmpfs, which needs root and the right to mount
// (a plain user, or a container without CAP_SYS_ADMIN, cannot: those cases
// are skipped, saying so); the file-size limit is `ulimit -f`, which any
// Linux shell sets.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEEDS, storedPages } from '../graph/crashImage.ts';
import { kg, type KgRun } from './kg.ts';

vi.setConfig({ testTimeout: 120_000 });

let tmp: string;
let pages: string;
const COPIES = 16;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-full-'));
  pages = join(tmp, 'pages');
  mkdirSync(pages);
  for (let i = 0; i < COPIES; i++) for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(pages, `${String(i).padStart(2, '0')}_${f}`));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const total = () => readdirSync(pages).length;

/** The pages a run reported written, sorted. */
const written = (r: KgRun) => (r.stdout.match(/^ingested (\S+)/gm) ?? []).map((l) => l.slice('ingested '.length)).sort();
const lastLine = (s: string) => s.trimEnd().split('\n').pop();

/** Why a tmpfs cannot be mounted here, or null when it can (root with the right to mount). */
function cannotMount(): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not root';
  const probe = mkdtempSync(join(tmpdir(), 'kg-mount-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { encoding: 'utf8' });
  spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return r.status === 0 ? null : `mount refused (${(r.stderr || r.error?.message || '').trim()})`;
}
const noMount = cannotMount();
if (noMount) console.log(`full-disk tests skipped: a tmpfs cannot be mounted here: ${noMount}`);

describe.skipIf(noMount !== null)('a disk that fills during kg ingest', () => {
  let mnt: string;
  const mount = (mb: number, remount = false) => {
    const r = spawnSync('mount', remount ? ['-o', `remount,size=${mb}m`, mnt] : ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', mnt], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  beforeAll(() => { mnt = mkdtempSync(join(tmpdir(), 'kg-tmpfs-')); });
  afterAll(() => { spawnSync('umount', [mnt]); rmSync(mnt, { recursive: true, force: true }); });

  it('with no space kept free: the write that hits the full disk fails alone, and after room is made the run goes on', async () => {
    mount(3);
    try {
      const data = join(mnt, 'data');
      const r = await kg(['ingest', pages, '--data', data], { KG_MIN_FREE_MB: '0', KG_CHECKPOINT_MB: '64' });
      expect([r.signal, r.code]).toEqual([null, 1]);
      expect(lastLine(r.stderr)).toMatch(/^kg ingest: STORE_FULL: no space left on the filesystem of \S+ \([\d.]+ MiB free\): the write that failed is not stored, every page reported written before it is; free some space and run again$/);
      const reported = written(r);
      expect(reported.length).toBeGreaterThan(0);
      expect(reported.length).toBeLessThan(total());
      mount(96, true);
      expect(await storedPages(data)).toEqual(reported);
      const again = await kg(['ingest', '-q', pages, '--data', data]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`unchanged: ${reported.length}\n`);
      expect((await storedPages(data)).length).toBe(total());
    } finally {
      spawnSync('umount', [mnt]);
    }
  });

  it('with KG_MIN_FREE_MB kept free: the run stops before the disk is full', async () => {
    mount(6);
    try {
      const data = join(mnt, 'data');
      const r = await kg(['ingest', pages, '--data', data], { KG_MIN_FREE_MB: '3' });
      expect([r.signal, r.code]).toEqual([null, 1]);
      expect(lastLine(r.stderr)).toMatch(/^kg ingest: STORE_FULL: only [\d.]+ MiB free on the filesystem of \S+, under the 3 MiB kept free \(KG_MIN_FREE_MB\): nothing more is written\. Every page reported written is stored/);
      const reported = written(r);
      expect(reported.length).toBeGreaterThan(0);
      mount(96, true);
      expect(await storedPages(data)).toEqual(reported);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe.skipIf(process.platform !== 'linux')('a file-size limit reached during kg ingest', () => {
  it.each([
    // [where the limit is met, KG_CHECKPOINT_MB, limit in MiB, what the last line says]
    ['by the log, in a commit', '64', 2, /the write that failed is not stored, every page reported written before it is; nothing more is written/],
    ['by the store file, in a checkpoint', '1', 6, /a checkpoint failed; every page reported written is stored .*; nothing more is written/],
  ])('%s: STORE_ERROR, and every page reported written is stored', async (_where, checkpointMb, limitMb, says) => {
    const data = join(tmp, `limit-${checkpointMb}`);
    // Under a file-size limit a process with a worker thread can be killed by SIGXFSZ instead of getting the write's error (README, KG_SEARCH_THREAD).
    const r = await kg(['ingest', pages, '--data', data], { KG_CHECKPOINT_MB: checkpointMb, KG_MIN_FREE_MB: '0', KG_SEARCH_THREAD: 'off' }, { fileSizeLimit: limitMb * 1024 * 1024 });
    expect([r.signal, r.code]).toEqual([null, 1]);
    // LadybugDB's own words differ with where the limit is met (File too large, Success, a short read): the store's line is what counts.
    expect(lastLine(r.stderr)).toMatch(/^kg ingest: STORE_ERROR: writing the store at \S+ failed \(IO exception: /);
    expect(lastLine(r.stderr)).toMatch(says);
    const reported = written(r);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.length).toBeLessThan(total());
    expect(await storedPages(data)).toEqual(reported);
  });
});
