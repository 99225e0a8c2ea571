// A text file written as a stream, a piece at a time, each write waiting for
// the file to take the last (so an export of any size holds one batch in
// memory). A failed write (no space, no such folder) is a project error that
// names the file.
import { createWriteStream } from 'node:fs';
import { KgError } from '../errors.ts';

export interface TextFile {
  readonly path: string;
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openTextFile(path: string): TextFile {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failed: KgError | null = null;
  const fail = (e: Error) => (failed ??= new KgError('BAD_REQUEST', `cannot write ${path}: ${e.message}`, { path }, { cause: e }));
  stream.on('error', fail);
  return {
    path,
    async write(text) {
      if (failed) throw failed;
      if (stream.write(text)) return;
      await new Promise<void>((resolve, reject) => {
        const onError = (e: Error) => { stream.off('drain', onDrain); reject(fail(e)); };
        const onDrain = () => { stream.off('error', onError); resolve(); };
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        if (failed) { stream.destroy(); reject(failed); return; }
        stream.end((e?: Error | null) => (e || failed ? reject(failed ?? fail(e!)) : resolve()));
      });
    },
  };
}
