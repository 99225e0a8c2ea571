// `kg backup DIR` and `kg restore DIR`: a consistent copy of the embedded
// store, and the way back to it. A backup takes the store for writing (so
// nothing writes it meanwhile), checkpoints it (the store file then holds
// every page and no log is left), copies the store file, reads the copy back
// and writes a manifest beside it. A restore checks the copy against its
// manifest, sets the store it replaces aside (never deletes it), and puts
// the copy in its place. A backup directory is itself a data directory:
// `kg export --data DIR` reads it.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import lbug from '@ladybugdb/core';
import { KgError } from '../errors.ts';
import { countStore, type StoreCounts } from './check.ts';
import { LadybugStore, type LadybugOptions } from './ladybug.ts';
import { fileSize, freeBytes, STORE_FILE, storeFilesPresent, writerOf } from './storeFiles.ts';

export const MANIFEST = 'backup.json';

export interface BackupManifest extends StoreCounts {
  /** When the copy was taken (ISO time). */
  createdAt: string;
  /** The data directory it was taken from. */
  from: string;
  file: typeof STORE_FILE;
  bytes: number;
  sha256: string;
  /** LadybugDB's version and storage version: a copy opens with the same storage version only. */
  ladybug: string;
  storageVersion: number;
}

export async function backupStore(dataDir: string, outDir: string, options: LadybugOptions = {}): Promise<BackupManifest> {
  const source = join(dataDir, STORE_FILE);
  if (!existsSync(source)) throw new KgError('NOT_FOUND', `no store at ${dataDir}: nothing to back up`, { path: source });
  if (existsSync(join(outDir, STORE_FILE)) || existsSync(join(outDir, MANIFEST))) {
    throw new KgError('BAD_REQUEST', `${outDir} holds a store or a backup already: name a new directory (a backup never overwrites one)`, { path: outDir });
  }
  let store: LadybugStore;
  try {
    store = await LadybugStore.open(dataDir, options);
  } catch (e) {
    if (e instanceof KgError && e.code === 'STORE_BUSY') {
      throw new KgError('STORE_BUSY', `${e.message}: a backup takes the store for the few seconds of its copy; stop that process, back up, and start it again`, e.details, { cause: e });
    }
    throw e;
  }
  try {
    await store.checkpoint();
    const log = fileSize(`${source}.wal`);
    if (log > 0) throw new KgError('STORE_ERROR', `${source}.wal still holds ${log} bytes after a checkpoint: no consistent copy can be made`, { path: source });
    const counts = await countStore(store);
    const bytes = statSync(source).size;
    mkdirSync(outDir, { recursive: true });
    const free = freeBytes(outDir);
    if (free !== null && free < bytes + 1024 * 1024) {
      throw new KgError('STORE_FULL', `${outDir} has ${(free / 1024 / 1024).toFixed(1)} MiB free, less than the ${(bytes / 1024 / 1024).toFixed(1)} MiB of the store file`, { path: outDir });
    }
    const partial = join(outDir, `${STORE_FILE}.partial`);
    copyFileSync(source, partial);
    syncFile(partial);
    const sha256 = sha256Of(partial);
    if (sha256 !== sha256Of(source)) throw new KgError('STORE_ERROR', `the copy in ${partial} differs from ${source}: the backup is not made`, { path: partial });
    renameSync(partial, join(outDir, STORE_FILE));
    const manifest: BackupManifest = {
      createdAt: new Date().toISOString(), from: dataDir, file: STORE_FILE, bytes, sha256, ...counts,
      ladybug: lbug.Database.getVersion(), storageVersion: Number(lbug.Database.getStorageVersion()),
    };
    const copied = await countsOf(outDir, options);
    if (copied.pages !== counts.pages || copied.nodes !== counts.nodes || copied.relationships !== counts.relationships) {
      throw new KgError('STORE_ERROR', `the copy in ${outDir} reads back ${copied.pages} pages, not ${counts.pages}: the backup is not good`, { path: outDir });
    }
    writeFileAtomic(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    syncDir(outDir);
    return manifest;
  } finally {
    await store.close();
  }
}

export interface Restored { manifest: BackupManifest; setAside: string | null; counts: StoreCounts }

export async function restoreStore(backupDir: string, dataDir: string, options: LadybugOptions = {}): Promise<Restored> {
  const manifest = readManifest(backupDir);
  const copy = join(backupDir, STORE_FILE);
  if (!existsSync(copy) || statSync(copy).size !== manifest.bytes || sha256Of(copy) !== manifest.sha256) {
    throw new KgError('STORE_ERROR', `the backup in ${backupDir} is damaged: its ${STORE_FILE} is not the file its ${MANIFEST} describes (size and sha256); restore another backup`, { path: copy });
  }
  const target = join(dataDir, STORE_FILE);
  mkdirSync(dataDir, { recursive: true });
  const writer = existsSync(target) ? writerOf(target) : null;
  if (writer) throw new KgError('STORE_BUSY', `the store at ${target} is in use by process ${writer}: stop it, then restore`, { path: target, pid: writer });
  const free = freeBytes(dataDir);
  if (free !== null && free < manifest.bytes + 1024 * 1024) {
    throw new KgError('STORE_FULL', `${dataDir} has ${(free / 1024 / 1024).toFixed(1)} MiB free, less than the ${(manifest.bytes / 1024 / 1024).toFixed(1)} MiB of the backup`, { path: dataDir });
  }
  // The store being replaced is set aside whole (its files moved, not copied: no room needed), never deleted.
  const present = storeFilesPresent(target);
  let setAside: string | null = null;
  if (present.length) {
    setAside = join(dataDir, `replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    mkdirSync(setAside);
    for (const f of present) renameSync(f, join(setAside, basename(f)));
  }
  const incoming = `${target}.restoring`;
  copyFileSync(copy, incoming);
  syncFile(incoming);
  renameSync(incoming, target);
  syncDir(dataDir);
  const counts = await countsOf(dataDir, options);
  if (counts.pages !== manifest.pages) {
    throw new KgError('STORE_ERROR', `the restored store at ${target} reads back ${counts.pages} pages, not the ${manifest.pages} of the backup`, { path: target });
  }
  return { manifest, setAside, counts };
}

export function readManifest(backupDir: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(join(backupDir, MANIFEST), 'utf8')) as BackupManifest;
  } catch (e) {
    throw new KgError('BAD_REQUEST', `${backupDir} holds no backup made by \`kg backup\` (no readable ${MANIFEST})`, { path: backupDir }, { cause: e });
  }
  if (manifest.file !== STORE_FILE || typeof manifest.sha256 !== 'string' || typeof manifest.bytes !== 'number') {
    throw new KgError('BAD_REQUEST', `${join(backupDir, MANIFEST)} is not a manifest written by \`kg backup\``, { path: backupDir });
  }
  return manifest;
}

async function countsOf(dataDir: string, options: LadybugOptions): Promise<StoreCounts> {
  const store = await LadybugStore.open(dataDir, { ...options, readOnly: true });
  try {
    return await countStore(store);
  } finally {
    await store.close();
  }
}

function sha256Of(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try { fsyncSync(fd); } finally { closeSync(fd); }
}

/** A rename is durable once its directory is synced (where the platform allows opening one). */
function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* not supported here */ }
}

function writeFileAtomic(file: string, text: string): void {
  writeFileSync(`${file}.partial`, text);
  syncFile(`${file}.partial`);
  renameSync(`${file}.partial`, file);
}
