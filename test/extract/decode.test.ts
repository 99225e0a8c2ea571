import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/extract/decode.ts';
import { KgError } from '../../src/errors.ts';

const page = readFileSync(new URL('../../seeds/002_bf6422a9aff9c775.txt', import.meta.url), 'utf8');
const bytes = (...parts: Array<number[] | Buffer>) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));

describe('decodePage reads every encoding a page comes in', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-8', Buffer.from(page, 'utf8')],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(page, 'utf8'))],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], Buffer.from(page, 'utf16le'))],
    ['UTF-16BE with BOM', iconv.encode(page, 'utf16-be', { addBOM: true })],
    ['GB18030', iconv.encode(page, 'gb18030')],
    ['GBK', iconv.encode(page, 'gbk')],
  ])('%s', (_name, input) => {
    expect(decodePage(input, 'p.txt')).toBe(page);
  });
});

describe('decodePage refuses what is no page, naming the file and the reason', () => {
  it.each<[string, Uint8Array, RegExp]>([
    ['an empty file', new Uint8Array(), /empty file/],
    ['a file of blank lines', Buffer.from('\n \n\t\n'), /empty file/],
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), /binary file \(NUL bytes\)/],
    ['control-byte soup', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 31 + 1)), /binary file/],
    ['Latin-1 text', Buffer.from('café naïve résumé déjà vu '.repeat(10), 'latin1'), /undecodable bytes/],
    ['a UTF-16 BOM over an odd byte count', bytes([0xff, 0xfe, 0x41]), /undecodable bytes/],
  ])('%s', (_name, input, reason) => {
    let err: unknown;
    try { decodePage(input, 'pages/bad.txt'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(KgError);
    expect((err as KgError).code).toBe('BAD_INPUT');
    expect((err as KgError).message).toMatch(/^pages\/bad\.txt: /);
    expect((err as KgError).message).toMatch(reason);
  });
});
