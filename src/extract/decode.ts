// Bytes of a page file -> text. Pages come as UTF-8 (with or without BOM),
// UTF-16 with a BOM, or GB18030/GBK from older tools; anything else is refused
// with a BAD_INPUT error that names the file and the reason.
import iconv from 'iconv-lite';
import { KgError } from '../errors.ts';

/** Share of control characters above which a file is taken as binary, not text. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of Han characters among the non-ASCII ones for GB18030 bytes to count as Chinese text. */
const MIN_HAN_SHARE = 0.6;

const bad = (file: string, reason: string): KgError =>
  new KgError('BAD_INPUT', `${file}: ${reason}`, { file, reason });

export function decodePage(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw bad(file, 'empty file');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = strict('utf-16le', bytes.subarray(2), file);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = strict('utf-16be', bytes.subarray(2), file);
  else {
    if (bytes.includes(0)) throw bad(file, 'binary file (NUL bytes)');
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) text = utf8.replace(/^\uFEFF/, '');
    else {
      const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
      if (gb.includes('\uFFFD') || !looksChinese(gb)) {
        throw bad(file, controlShare(gb) > MAX_CONTROL_SHARE
          ? 'binary file (mostly non-text bytes)'
          : 'undecodable bytes (neither UTF-8, UTF-16 with BOM, nor GB18030)');
      }
      text = gb;
    }
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) throw bad(file, 'binary file (mostly non-text bytes)');
  if (!text.trim()) throw bad(file, 'empty file (no text)');
  return text;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(encoding: string, bytes: Uint8Array, file: string): string {
  const t = tryDecode(encoding, bytes);
  if (t === null) throw bad(file, `undecodable bytes (invalid ${encoding.toUpperCase()} after its BOM)`);
  return t;
}

/** Control characters other than tab, newline, carriage return and form feed, as a share of all. */
function controlShare(text: string): number {
  if (!text.length) return 0;
  const n = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return n / text.length;
}

/** GB18030 decodes almost any byte soup; real pages are mostly Han characters and Chinese punctuation. */
function looksChinese(text: string): boolean {
  const nonAscii = text.match(/[^\u0000-\u007F]/gu) ?? [];
  if (!nonAscii.length) return false;
  const han = nonAscii.filter((c) => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2026]/u.test(c)).length;
  return han / nonAscii.length >= MIN_HAN_SHARE;
}
