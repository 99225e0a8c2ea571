// Opening a store that a crash, a full disk or a bad disk left behind: what
// can be repaired without losing a commit is repaired (for readers too),
// and what cannot is an error naming the file and the way out, never a
// crash of the process and never a new empty store.
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LadybugStore, STORE_FILE } from '../../src/graph/ladybug.ts';
import { kg } from '../cli/kg.ts';
import { crashImage, FIRST_COMMIT, SEED_FILES, storedPages, type CrashImage } from './crashImage.ts';

let tmp: string;
let image: CrashImage;
let n = 0;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-damaged-'));
  image = await crashImage(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh copy of the crash image, changed by `damage`. */
function copyOfImage(damage: (dir: string, wal: string) => void = () => undefined): string {
  const dir = join(tmp, `case-${n++}`);
  cpSync(image.dir, dir, { recursive: true });
  damage(dir, join(dir, `${STORE_FILE}.wal`));
  return dir;
}
const ends = () => image.report.commitEnds;
const cutInLastRow = (_dir: string, wal: string) => truncateSync(wal, ends()[ends().length - 1] - 50);
const flipInFirstPages = (_dir: string, wal: string) => {
  const b = readFileSync(wal);
  b[ends()[ends().length - 2] - 2000] ^= 0xff;
  writeFileSync(wal, b);
};

describe('a store left by a crash', () => {
  it('as it was left opens with every committed page', async () => {
    expect(await storedPages(copyOfImage())).toEqual(SEED_FILES);
  });

  it.each([false, true])('with its log cut inside a row: the log is cut back to its last commit (read-only %s)', async (readOnly) => {
    const dir = copyOfImage(cutInLastRow);
    const store = await LadybugStore.open(dir, { readOnly });
    try {
      expect(store.repaired.join('\n')).toMatch(/graph\.lbug\.wal ended in a write that never finished .*cut back to the last commit/);
      expect((await store.read('MATCH (p:Page) RETURN p.file AS f ORDER BY f')).map((r) => r.f)).toEqual(FIRST_COMMIT);
    } finally {
      await store.close();
    }
    expect(statSync(join(dir, `${STORE_FILE}.wal`), { throwIfNoEntry: false })?.size ?? 0).toBeLessThanOrEqual(ends()[ends().length - 2]);
  });

  it.each([false, true])('with a committed page damaged in its log: refused, naming the log and the way out (read-only %s)', async (readOnly) => {
    const dir = copyOfImage(flipInFirstPages);
    const before = readFileSync(join(dir, `${STORE_FILE}.wal`));
    await expect(LadybugStore.open(dir, { readOnly })).rejects.toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringMatching(/graph\.lbug\.wal cannot be replayed: it is damaged at byte \d+ .*kg recover --data .*kg restore BACKUP/),
    });
    expect(readFileSync(join(dir, `${STORE_FILE}.wal`)).equals(before)).toBe(true);
  });

  it.each([false, true])('cut short in a checkpoint: completed on open (read-only %s)', async (readOnly) => {
    // What LadybugDB leaves when the process dies as a checkpoint starts: the log renamed, the checkpoint's locks.
    const dir = copyOfImage((d, wal) => {
      renameSync(wal, `${wal}.checkpoint`);
      for (const lock of ['.checkpoint.intent.lock', '.checkpoint.apply.lock']) closeSync(openSync(join(d, STORE_FILE + lock), 'w'));
    });
    const store = await LadybugStore.open(dir, { readOnly });
    try {
      if (readOnly) expect(store.repaired).toContain('a checkpoint cut short (by a crash or a full disk) was completed');
      expect((await store.read('MATCH (p:Page) RETURN count(p) AS n'))[0].n).toBe(SEED_FILES.length);
    } finally {
      await store.close();
    }
  });
});

describe('a store file that cannot be a store', () => {
  it.each([false, true])('of no bytes is refused, not taken for a new store (read-only %s)', async (readOnly) => {
    const dir = copyOfImage((d, wal) => { rmSync(wal); truncateSync(join(d, STORE_FILE), 0); });
    await expect(LadybugStore.open(dir, { readOnly })).rejects.toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringMatching(/graph\.lbug is empty \(0 bytes\).*kg restore BACKUP --data .*delete the file to start a new store/),
    });
    expect(statSync(join(dir, STORE_FILE)).size).toBe(0);
    expect(existsSync(join(dir, `${STORE_FILE}.wal`))).toBe(false);
  });

  it('missing, with its log still there, is refused', async () => {
    const dir = copyOfImage((d) => rmSync(join(d, STORE_FILE)));
    await expect(LadybugStore.open(dir)).rejects.toMatchObject({ code: 'STORE_ERROR', message: expect.stringMatching(/graph\.lbug\.wal is there but its store file/) });
  });

  it('cut short is refused with the way out', async () => {
    const dir = copyOfImage();
    const store = await LadybugStore.open(dir);
    await store.close(); // checkpointed: the store file alone holds the pages
    truncateSync(join(dir, STORE_FILE), 8192);
    await expect(LadybugStore.open(dir, { readOnly: true })).rejects.toMatchObject({
      code: 'STORE_ERROR', message: expect.stringMatching(/the store file \S+graph\.lbug cannot be read \(.*\): restore a backup \(`kg restore BACKUP --data /),
    });
  });
});

describe('kg export on a damaged store', () => {
  it('reads a store whose log a crash cut inside a row, saying what it repaired', async () => {
    const dir = copyOfImage(cutInLastRow);
    const r = await kg(['export', '--data', dir, '--out', join(dir, 'out')]);
    expect(r.stderr).toMatch(/ended in a write that never finished/);
    expect([r.code, r.stdout]).toEqual([0, `exported ${FIRST_COMMIT.length} pages to ${join(dir, 'out')}\n`]);
  });

  it('ends with a STORE_ERROR line and exit 1, not a signal, on a damaged log', async () => {
    const dir = copyOfImage(flipInFirstPages);
    const r = await kg(['export', '--data', dir, '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg export: STORE_ERROR: the store's log .*graph\.lbug\.wal cannot be replayed/);
  });
});
