// `kg extract` run as the user runs it: a child process over real files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = '001_7dcc9af707f72cfe.txt';
const kg = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/kg.js'), ...args], { cwd: root, encoding: 'utf8' });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
  copyFileSync(join(root, 'seeds', seed), join(dir, seed));
  writeFileSync(join(dir, 'gb18030.txt'), iconv.encode(readFileSync(join(root, 'seeds', seed), 'utf8'), 'gb18030'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, 'no-article.txt'), 'shopping list\n\nmilk, eggs, bread\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg extract', () => {
  it('writes the good pages, reports each bad one on stderr, and exits non-zero', () => {
    const out = join(dir, 'out');
    const files = [seed, 'empty.txt', 'gb18030.txt', 'binary.txt', 'no-article.txt'].map((f) => join(dir, f));
    const r = kg('extract', ...files, '--out', out);
    expect(r.status).not.toBe(0);
    const errors = r.stderr.split('\n').filter((l) => l.includes('BAD_INPUT'));
    expect(errors).toHaveLength(3);
    expect(errors.find((l) => l.includes('empty.txt'))).toMatch(/empty file/);
    expect(errors.find((l) => l.includes('binary.txt'))).toMatch(/binary file/);
    expect(errors.find((l) => l.includes('no-article.txt'))).toMatch(/no recognisable article/);
    expect(existsSync(join(out, seed.replace('.txt', '.json')))).toBe(true);
    expect(existsSync(join(out, 'gb18030.json'))).toBe(true);
    expect(existsSync(join(out, 'empty.json'))).toBe(false);

    // The GB18030 copy gives the same extraction as the UTF-8 page.
    const utf8 = JSON.parse(readFileSync(join(out, seed.replace('.txt', '.json')), 'utf8'));
    const gb = JSON.parse(readFileSync(join(out, 'gb18030.json'), 'utf8'));
    expect(gb.file).toBe('gb18030.txt');
    expect(gb.articles).toEqual(utf8.articles);
    // The page's five articles, headlines as in the gold.
    const gold = JSON.parse(readFileSync(join(root, 'test/gold', seed.replace('.txt', '.json')), 'utf8'));
    expect(utf8.articles.map((a: { headline: string }) => a.headline)).toEqual(gold.articles.map((a: { headline: string }) => a.headline));
  });

  it('prints JSON on stdout for one page without --out', () => {
    const r = kg('extract', join(dir, seed));
    expect(r.status).toBe(0);
    const page = JSON.parse(r.stdout);
    expect(page.file).toBe(seed);
    expect(page.articles[3]).toMatchObject({ headline: '上门义诊', authors: [{ name: '边磊', role: 'photographer' }] });
  });

  it('prints with --trace each fact on a line with its rules, then what each rule is for', () => {
    writeFileSync(join(dir, 'trace.txt'), '## 区总工会慰问一线职工\n本报讯（记者 孙立）近日，东城区总工会副主席刘红梅带队慰问环卫工人。\n');
    const r = kg('extract', '--trace', join(dir, 'trace.txt'));
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const at = (start: string) => lines.find((l) => l.trimStart().startsWith(start)) ?? '';
    expect(at('article 1')).toMatch(/区总工会慰问一线职工\s+heading\.marked$/);
    expect(at('author')).toMatch(/孙立 reporter\s+dateline\.own, byline\.dateline$/);
    expect(at('position')).toMatch(/刘红梅 \| 东城区总工会 \| 副主席\s+position\.in-phrase$/);
    expect(at('participant')).toMatch(/刘红梅 LED\s+led\.lead$/);
    expect(at('kind')).toMatch(/visit\s+kind\.title, visit\.condolence$/);
    // the legend: each rule named above, with its reason
    expect(lines.slice(lines.indexOf('rules'))).toContainEqual(expect.stringMatching(/^ {2}led\.lead +a name before 带队/));
    expect(kg('extract', '--trace', '--json', join(dir, 'trace.txt')).status).not.toBe(0);
  });

  it('asks for --out when given two pages without it', () => {
    const r = kg('extract', join(dir, seed), join(dir, 'gb18030.txt'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--out/);
    expect(r.stdout).toBe('');
  });

  it('says so in one line when the output folder cannot be made', () => {
    const r = kg('extract', join(dir, seed), '--out', join(dir, seed, 'out'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kg extract: cannot create .*out: /);
  });

  it('has --help', () => {
    const r = kg('extract', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: kg extract/);
    expect(r.stdout).toMatch(/--out <dir>/);
  });
});
