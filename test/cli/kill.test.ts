// `kg ingest` killed (SIGKILL: no handler runs, nothing is flushed) at
// several moments of a long load, on one store: every page a run reported
// written is in the store when it is opened again, and a last run completes
// the load. The kills are aimed by watching the store's files: as the log
// grows in a commit (leaving it cut inside a record), as a checkpoint runs
// (KG_CHECKPOINT_MB=1: one after nearly every commit), and a while after a
// page is reported (in the extraction of the next ones).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LadybugStore, STORE_FILE } from '../../src/graph/ladybug.ts';
import { fileSize } from '../../src/graph/storeFiles.ts';
import { SEEDS, storedPages } from '../graph/crashImage.ts';
import { kg, type KgRun } from './kg.ts';

vi.setConfig({ testTimeout: 180_000 });

// Enough pages that a killed run cannot have stored them all: a child's report lines reach the test
// late (its stdout is a pipe), so a run may have written far more than it was seen to report.
const COPIES = 80;
let tmp: string;
let pages: string;
let data: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-kill-'));
  pages = join(tmp, 'pages');
  data = join(tmp, 'data');
  mkdirSync(pages);
  for (let i = 0; i < COPIES; i++) for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(pages, `${String(i).padStart(3, '0')}_${f}`));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const written = (r: KgRun) => (r.stdout.match(/^ingested (\S+)/gm) ?? []).map((l) => l.slice('ingested '.length));

/** When to kill, told from the store's files (polled every millisecond) and the pages reported so far. */
type Moment = { name: string; now: (files: { wal: number; checkpointing: boolean }, since: { wal: number; reported: number }) => boolean };
const MOMENTS: Moment[] = [
  { name: 'as the log grows in a commit', now: (f, s) => s.reported > 0 && f.wal > s.wal },
  { name: 'in a checkpoint', now: (f, s) => s.reported > 0 && f.checkpointing },
  { name: 'as the log grows in a commit', now: (f, s) => s.reported >= 25 && f.wal > s.wal },
  { name: 'in the extraction of the next pages', now: (_f, s) => s.reported >= 25 },
];

/** Runs `kg ingest` and kills it at `moment`. */
function ingestAndKill(moment: Moment): Promise<KgRun> {
  const path = join(data, STORE_FILE);
  const since = { wal: fileSize(`${path}.wal`), reported: 0 };
  let poll: NodeJS.Timeout;
  return kg(['ingest', pages, '--data', data], { KG_CHECKPOINT_MB: '1' }, {
    onSpawn: (child) => {
      poll = setInterval(() => {
        if (moment.now({ wal: fileSize(`${path}.wal`), checkpointing: existsSync(`${path}.wal.checkpoint`) }, since)) {
          child.kill('SIGKILL');
          clearInterval(poll);
        }
      }, 1);
      child.on('exit', () => clearInterval(poll));
    },
    onStdout: (stdout) => {
      since.reported = stdout.match(/^ingested /gm)?.length ?? 0;
      since.wal = fileSize(`${path}.wal`);
    },
  });
}

describe('kg ingest killed with SIGKILL', () => {
  it('keeps every page it reported written, kill after kill, and a last run completes the load', async () => {
    const reported = new Set<string>();
    const repairs: string[] = [];
    for (const [round, moment] of MOMENTS.entries()) {
      const r = await ingestAndKill(moment);
      expect(r.signal, `round ${round} (${moment.name}): ${r.stderr}`).toBe('SIGKILL');
      for (const f of written(r)) reported.add(f);
      const store = await LadybugStore.open(data, { readOnly: true });
      let stored: Set<string>;
      try {
        repairs.push(...store.repaired.map((what) => `${moment.name}: ${what}`));
        stored = new Set((await store.read('MATCH (p:Page) RETURN p.file AS f')).map((row) => String(row.f)));
      } finally {
        await store.close();
      }
      expect([...reported].filter((f) => !stored.has(f)), `round ${round} (${moment.name}): reported but not stored`).toEqual([]);
    }
    const last = await kg(['ingest', '-q', pages, '--data', data]);
    expect(last.code, last.stderr).toBe(0);
    expect(await storedPages(data)).toEqual(readdirSync(pages).sort());
    expect((await kg(['check', pages, '--data', data])).stdout).toMatch(new RegExp(`as stored: ${readdirSync(pages).length}, changed: 0, not in the store: 0\nok\n$`));
    console.log(`repairs on opening after the kills: ${repairs.length ? repairs.join(' | ') : 'none'}`);
  });
});
