// Keeping the embedded store: `kg check` verifies it, `kg backup` copies it,
// `kg restore` puts a copy back after the store is damaged, `kg recover`
// keeps what a damaged log still holds. On a real small store of the seed pages.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STORE_FILE } from '../../src/graph/ladybug.ts';
import { crashImage, FIRST_COMMIT, SEEDS, storedPages } from '../graph/crashImage.ts';
import { kg } from './kg.ts';

vi.setConfig({ testTimeout: 60_000 });

let tmp: string;
let data: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-keep-'));
  data = join(tmp, 'data');
  expect((await kg(['ingest', '-q', SEEDS, '--data', data])).code).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const counts = (stdout: string) => stdout.match(/pages: \d+, articles: \d+, nodes: \d+, relationships: \d+/)?.[0];

describe('kg check, kg backup and kg restore', () => {
  it('back up, damage the store, restore: the same pages and counts', async () => {
    const before = await kg(['check', SEEDS, '--data', data]);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^store: .*graph\.lbug \([\d.]+ MiB\)\nlog: none/);
    expect(before.stdout).toContain('pages given: 5, as stored: 5, changed: 0, not in the store: 0\nok\n');

    const backup = join(tmp, 'backup');
    const b = await kg(['backup', backup, '--data', data]);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^backed up 5 pages \(\d+ articles, \d+ nodes, \d+ relationships\) to /);
    const manifest = JSON.parse(readFileSync(join(backup, 'backup.json'), 'utf8'));
    expect(manifest).toMatchObject({ file: STORE_FILE, pages: 5, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // A second backup into the same directory is refused.
    expect((await kg(['backup', backup, '--data', data])).stderr).toMatch(/BAD_REQUEST: .* holds a store or a backup already/);

    truncateSync(join(data, STORE_FILE), 8192);
    const damaged = await kg(['check', '--data', data]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/^kg check: STORE_ERROR: the store file .*graph\.lbug cannot be read \(.*\): restore a backup/);

    const r = await kg(['restore', backup, '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^the store that was there is kept in .*replaced-[\dT-]+Z\nrestored 5 pages /);
    const aside = readdirSync(data).find((f) => f.startsWith('replaced-'))!;
    expect(readdirSync(join(data, aside))).toEqual([STORE_FILE]);

    const after = await kg(['check', SEEDS, '--data', data]);
    expect(after.code).toBe(0);
    expect(counts(after.stdout)).toBe(counts(before.stdout));
    expect(await storedPages(data)).toEqual(readdirSync(SEEDS).sort());
  });

  it('kg check names a page whose file changed since it was stored, and exits 1', async () => {
    const pages = join(tmp, 'edited');
    cpSync(SEEDS, pages, { recursive: true });
    const first = readdirSync(pages).sort()[0];
    writeFileSync(join(pages, first), `${readFileSync(join(pages, first), 'utf8')}\n补记。\n`);
    const r = await kg(['check', pages, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`pages given: 5, as stored: 4, changed: 1, not in the store: 0\n  changed: ${join(pages, first)}\nnot ok\n`);
  });

  it('kg restore refuses a backup whose copy does not match its manifest', async () => {
    const bad = join(tmp, 'bad-backup');
    cpSync(join(tmp, 'backup'), bad, { recursive: true });
    const copy = readFileSync(join(bad, STORE_FILE));
    copy[5000] ^= 0xff;
    writeFileSync(join(bad, STORE_FILE), copy);
    const r = await kg(['restore', bad, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/STORE_ERROR: the backup in .* is damaged/);
    expect(existsSync(join(data, STORE_FILE))).toBe(true);
  });
});

describe('kg recover', () => {
  it('replays a damaged log up to the damage, keeps the log aside, and the store takes pages again', async () => {
    const image = await crashImage(join(tmp, 'crash'));
    const wal = readFileSync(image.wal);
    const ends = image.report.commitEnds;
    wal[ends[ends.length - 1] - 30] ^= 0xff; // in the last page written, before its commit
    writeFileSync(image.wal, wal);

    const r = await kg(['recover', '--data', image.dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/graph\.lbug\.wal was damaged at byte \d+ of \d+: replayed up to its last commit before the damage .* kept in .*graph\.lbug\.wal\.damaged-/);
    expect(r.stdout).toMatch(/the store holds 3 pages/);
    expect(readdirSync(image.dir).some((f) => f.startsWith(`${STORE_FILE}.wal.damaged-`))).toBe(true);
    expect(await storedPages(image.dir)).toEqual(FIRST_COMMIT);

    const again = await kg(['ingest', '-q', SEEDS, '--data', image.dir]);
    expect(again.stdout).toContain('ingested: 2 (new 2, replaced 0)\nunchanged: 3\n');
    expect(await storedPages(image.dir)).toEqual(readdirSync(SEEDS).sort());
  });
});
