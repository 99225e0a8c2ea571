// One bad entry in a folder of pages is reported on its own and the run goes
// on: a link loop, a dangling link, an unreadable folder, a FIFO named like a
// page, a link to a device, a page over the size limit.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPages } from '../../src/graph/export.ts';
import { ingestPaths, MAX_PAGE_BYTES } from '../../src/graph/ingestFiles.ts';
import { LadybugStore } from '../../src/graph/ladybug.ts';

const SEED = join(import.meta.dirname, '..', '..', 'seeds', '000_9ff42864cecaacde.txt');

describe('a folder with bad entries beside a good page', () => {
  let tmp: string;
  let store: LadybugStore;
  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    store = await LadybugStore.open(join(tmp, 'db'));
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    chmodSync(join(tmp, 'pages', 'locked'), 0o755);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('ingests the good page and names each bad entry with its reason', async () => {
    const pages = join(tmp, 'pages');
    mkdirSync(join(pages, 'sub'), { recursive: true });
    copyFileSync(SEED, join(pages, 'good.txt'));
    symlinkSync(pages, join(pages, 'sub', 'loop'));                 // a link back up: walked once
    symlinkSync(join(tmp, 'nowhere.txt'), join(pages, 'dangling.txt'));
    symlinkSync('/dev/zero', join(pages, 'zero.txt'));
    execFileSync('mkfifo', [join(pages, 'fifo.txt')]);
    writeFileSync(join(pages, 'huge.txt'), '');
    truncateSync(join(pages, 'huge.txt'), MAX_PAGE_BYTES + 1);
    mkdirSync(join(pages, 'locked'));
    copyFileSync(SEED, join(pages, 'locked', 'hidden.txt'));
    chmodSync(join(pages, 'locked'), 0o000);
    const asRoot = process.getuid?.() === 0; // root reads a folder whatever its mode

    const s = await ingestPaths(store, [pages]);
    expect(s.ingested).toBe(asRoot ? 2 : 1); // good.txt, and locked/hidden.txt where the folder can be read
    const reasons = Object.fromEntries(s.failed.map((f) => [f.file.slice(pages.length + 1), f.reason]));
    expect(reasons['dangling.txt']).toContain('a link to nothing');
    expect(reasons['zero.txt']).toContain('not a regular file');
    expect(reasons['fifo.txt']).toContain('not a regular file');
    expect(reasons['huge.txt']).toContain(`more than the ${MAX_PAGE_BYTES}`);
    if (!asRoot) expect(reasons.locked).toContain('cannot read this folder');
    expect((await exportPages(store)).map((p) => p.file)).toContain('good.txt');
  });
});
