// The log check that runs before LadybugDB replays a log: a real log of the
// seed pages (two commits of pages after the schema's), damaged the ways a
// crash, a full disk or a bad disk damage it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksum, inspectWal, WAL_HEADER_BYTES } from '../../src/graph/wal.ts';
import { crashImage } from './crashImage.ts';

let tmp: string;
let log: Buffer;
let ends: number[];
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-wal-'));
  const image = await crashImage(tmp);
  log = readFileSync(image.wal);
  ends = image.report.commitEnds;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cut = (n: number) => log.subarray(0, n);
const flip = (at: number) => { const b = Buffer.from(log); b[at] ^= 0xff; return b; };
const zeros = (from: number) => { const b = Buffer.from(log); b.fill(0, from); return b; };
const last = () => ends[ends.length - 1];
const previous = () => ends[ends.length - 2];

describe('inspectWal', () => {
  it('reads a clean log to its end, one commit per transaction', () => {
    const r = inspectWal(log);
    expect(r.damage).toBeUndefined();
    expect(last()).toBe(log.length);
    expect(r.committedEnd).toBe(log.length);
    // The schema's statements commit one by one, then the two commits of pages.
    expect(ends.length).toBeGreaterThan(2);
  });

  // [what happened, the log, the damage, where replay may end]
  const cases: [string, () => Buffer, 'torn' | 'corrupt' | 'header' | undefined, () => number][] = [
    ['nothing was written', () => cut(0), undefined, () => 0],
    ['cut at a commit', () => cut(previous()), undefined, previous],
    ['cut inside the last row written (LadybugDB crashes on it)', () => cut(last() - 50), 'torn', previous],
    ['cut inside the last BEGIN', () => cut(previous() + 5), 'torn', previous],
    ['cut inside a record length', () => cut(previous() + 3), 'torn', previous],
    ['its last commit record zeroed (space allocated, never written)', () => zeros(last() - 17), 'torn', previous],
    ['the end of its last row zeroed', () => zeros(last() - 40), 'torn', previous],
    ['cut inside its header', () => cut(10), 'torn', () => 0],
    ['a byte of a page of the first commit flipped', () => flip(previous() - 2000), 'corrupt', () => ends[ends.length - 3]],
    ['a byte of its header flipped', () => flip(3), 'header', () => 0],
    // Its COMMIT follows: a committed transaction is damaged, which no cut may hide.
    ['a byte of the last row flipped', () => flip(last() - 30), 'corrupt', previous],
  ];
  it.each(cases)('%s', (_what, bytes, kind, end) => {
    const r = inspectWal(bytes());
    expect(r.damage?.kind).toBe(kind);
    expect(r.committedEnd).toBe(end());
  });

  it('computes LadybugDB\'s checksum (the header\'s is stored after it)', () => {
    expect(checksum(log, 0, 17)).toBe(log.readBigUInt64LE(17));
    expect(WAL_HEADER_BYTES).toBe(25);
    // A COMMIT record's checksum covers its length and type: a constant.
    const commit = log.subarray(last() - 17, last());
    expect(checksum(commit, 0, 9)).toBe(commit.readBigUInt64LE(9));
    expect(commit[8]).toBe(2);
  });
});
