// `kg eval` run as the user runs it: a child process over the seed pages and gold.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const kg = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/kg.js'), ...args], { cwd: root, encoding: 'utf8' });

describe('kg eval', () => {
  it('scores the seed pages in the layout of score.mjs', () => {
    const r = kg('eval');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^field {15}P {6}R {6}F1 {5}tp {3}fp {3}fn$/m);
    expect(r.stdout).toMatch(/^articles {11}100\.0  100\.0  100\.0 {4}31 {4}0 {4}0$/m);
    expect(r.stdout).toMatch(/^overall \d+\.\d$/m);
  });
  it('has --help', () => {
    const r = kg('eval', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--gold <dir>/);
  });
  it('scores only the pages named, and refuses pages with no gold', () => {
    const one = kg('eval', join(root, 'seeds/001_7dcc9af707f72cfe.txt'));
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^articles {11}100\.0  100\.0  100\.0 {5}5 {4}0 {4}0$/m);
    const none = kg('eval', join(root, 'package.json'));
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/gold/);
  });
  it('prints the JSON report of score.mjs with --json', () => {
    const r = kg('eval', '--json', '--detail');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.fields.find((f: { field: string }) => f.field === 'authors')).toMatchObject({ tp: 40, fp: 0, fn: 0 });
    expect(Array.isArray(report.misses)).toBe(true);
  });
  it('names, with --detail, the rule behind every fact the gold lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    mkdirSync(join(dir, 'gold'));
    writeFileSync(join(dir, 'p.txt'), '## 区总工会慰问一线职工\n本报讯 近日，东城区总工会副主席刘红梅带队慰问环卫工人。\n');
    // the gold knows the article and its union, not the person: she is a false positive
    writeFileSync(join(dir, 'gold', 'p.json'), JSON.stringify({ articles: [{
      anchor: '刘红梅带队', headline: '区总工会慰问一线职工', authors: [], people: [],
      organizations: [{ name: '东城区总工会', aliases: ['区总工会'], kind: 'union' }], positions: [], participants: [],
      activity: { kind: 'visit', districts: ['东城区'], organizers: ['东城区总工会'] },
    }] }));
    const r = kg('eval', '--gold', join(dir, 'gold'), '--detail', '--json', join(dir, 'p.txt'));
    expect(r.status).toBe(0);
    const [miss] = JSON.parse(r.stdout).misses;
    expect(miss.diff.people).toEqual({ missing: [], extra: ['刘红梅'] });
    expect(miss.rules.people).toEqual({ 刘红梅: ['person.after-title'] });
    expect(miss.rules.participant_roles).toEqual({ '刘红梅/LED': ['led.lead'] });
    expect(miss.rules.positions['刘红梅|东城区总工会|副主席']).toEqual(['position.in-phrase']);
  });
});
