// Reads the write-ahead log of the embedded store (LadybugDB 0.19, storage
// version 43) without the database: LadybugDB replays a damaged log by
// parsing each record before it checks the record's checksum, and a record
// cut short or holding garbage crashes the process (SIGSEGV, even with
// throwOnWalReplayFailure off). So the log is checked here first, and only a
// log that parses is handed to the database.
//
// Layout, as written by LadybugDB (all integers little-endian):
//   header   16 bytes database id, 1 byte "checksums on", u64 checksum of those 17
//   record   u64 n, n bytes (first byte: the record type), u64 checksum of the u64 and the n bytes
// A transaction is BEGIN (type 1), its records, COMMIT (type 2); a checkpoint
// ends the log with a CHECKPOINT record (type 254). A commit returns only
// once its records are on disk, so everything after the last COMMIT belongs
// to a transaction that never reported success.

export const WAL_HEADER_BYTES = 25;
const RECORD_BEGIN = 1;
const RECORD_COMMIT = 2;
const RECORD_CHECKPOINT = 254;

export type WalDamage =
  /** Nothing committed follows the damage: a write that never finished (a crash, a full disk), or garbage after the last commit. */
  | 'torn'
  /** A record is damaged and a committed transaction follows it. */
  | 'corrupt'
  /** The header is cut short or fails its checksum, and the log holds commits. */
  | 'header';

export interface WalReport {
  /** Bytes in the log. */
  size: number;
  /** Where each committed transaction ends (after its COMMIT record), in order. */
  commitEnds: number[];
  /** End of the last COMMIT or CHECKPOINT record: replaying up to here gives back every committed transaction. */
  committedEnd: number;
  /** The log's last record is a CHECKPOINT: a checkpoint was under way. */
  checkpointing: boolean;
  /** Where the log stops being readable, and why; absent when every byte parses. */
  damage?: { at: number; kind: WalDamage };
}

/**
 * What a log holds and where it is damaged. Past a damaged record nothing
 * can be parsed (record lengths chain), so whether anything committed
 * follows is told by the COMMIT record, which is the same 17 bytes wherever
 * it is.
 *
 *   a clean log of two transactions   → { commitEnds: [a, size], committedEnd: size }
 *   the same cut inside its last row  → { commitEnds: [a], committedEnd: a, damage: { kind: 'torn' } }
 *   a flipped byte in its first row   → { commitEnds: [], committedEnd: 0, damage: { kind: 'corrupt' } }
 */
export function inspectWal(bytes: Uint8Array): WalReport {
  const size = bytes.length;
  const report: WalReport = { size, commitEnds: [], committedEnd: 0, checkpointing: false };
  if (size === 0) return report;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (at: number, kind: 'corrupt' | 'header'): WalReport =>
    ({ ...report, damage: { at, kind: Buffer.from(bytes.buffer, bytes.byteOffset, size).indexOf(COMMIT_RECORD, at) >= 0 ? kind : 'torn' } });
  if (size < WAL_HEADER_BYTES || checksum(bytes, 0, 17) !== readU64(view, 17)) return damaged(0, 'header');
  let at = WAL_HEADER_BYTES;
  while (at < size) {
    if (size - at < 8) return damaged(at, 'corrupt');
    const n = readU64(view, at);
    const end = at + 16 + Number(n);
    if (n === 0n || end > size || checksum(bytes, at, 8 + Number(n)) !== readU64(view, end - 8)) return damaged(at, 'corrupt');
    const type = bytes[at + 8];
    if (type === RECORD_COMMIT) { report.commitEnds.push(end); report.committedEnd = end; }
    if (type === RECORD_CHECKPOINT) { report.checkpointing = true; report.committedEnd = end; }
    else if (type === RECORD_BEGIN) report.checkpointing = false;
    at = end;
  }
  return report;
}

/** True when the damage is only a write that never finished: cutting the log at `committedEnd` loses nothing that was committed. */
export const onlyTorn = (r: WalReport): boolean => r.damage?.kind === 'torn';

const readU64 = (view: DataView, at: number): bigint => view.getBigUint64(at, true);


// LadybugDB's checksum (taken from DuckDB): for each whole u64 word w,
// result ^= w * 0xbf58476d1ce4e5b9 (mod 2^64), from 5381; the last 0-7 bytes
// through a MurmurHash-style mix. The word loop runs on 32-bit halves: a WAL
// is several MiB, and BigInt arithmetic per word would take seconds.
const C_LO = 0x1ce4e5b9, C_HI = 0xbf58476d;

/** High 32 bits of the 64-bit product of two unsigned 32-bit numbers. */
function mulHi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
}

export function checksum(bytes: Uint8Array, from: number, length: number): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset + from, length);
  let lo = 5381, hi = 0;
  const words = Math.floor(length / 8);
  for (let i = 0; i < words; i++) {
    const wl = view.getUint32(i * 8, true), wh = view.getUint32(i * 8 + 4, true);
    lo ^= Math.imul(wl, C_LO);
    hi ^= (mulHi32(wl, C_LO) + Math.imul(wl, C_HI) + Math.imul(wh, C_LO)) | 0;
  }
  let result = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  if (length % 8) result ^= remainder(bytes.subarray(from + words * 8, from + length));
  return result;
}

const M64 = (1n << 64n) - 1n;

function remainder(tail: Uint8Array): bigint {
  const M = 0xc6a4a7935bd1e995n, R = 47n;
  let h = (0xe17a1465n ^ (BigInt(tail.length) * M)) & M64;
  let v = 0n;
  for (let i = tail.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(tail[i]);
  h = ((h ^ v) * M) & M64;
  h ^= h >> R;
  h = (h * M) & M64;
  h ^= h >> R;
  return h;
}

/** A COMMIT record: length 1, type 2, and its checksum. */
const COMMIT_RECORD = (() => {
  const r = Buffer.alloc(17);
  r.writeBigUInt64LE(1n, 0);
  r[8] = RECORD_COMMIT;
  r.writeBigUInt64LE(checksum(r, 0, 9), 9);
  return r;
})();
