// README.md cannot drift from the code it describes: the settings table holds
// every environment variable src/config.ts reads and every flag a command's
// --help lists (and nothing else), and the model diagram every relationship
// type of src/graph/model.ts between the labels it joins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RELS } from '../../src/graph/model.ts';
import { kg, ROOT } from './kg.ts';

vi.setConfig({ testTimeout: 90_000 });

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CONFIG = readFileSync(join(ROOT, 'src/config.ts'), 'utf8');

/** The lines of the section under `## title`, up to the next `## `. */
function section(title: string): string[] {
  const lines = README.split('\n');
  const start = lines.indexOf(`## ${title}`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The settings table's rows: the names in the first cell (`KG_DATA_DIR`, `--data`, `-q`) and the second cell. */
function settings(): { names: string[]; where: string }[] {
  return section('Settings').filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map(([, first, where]) => ({ names: [...first.matchAll(/`(-{1,2}[a-z-]+|[A-Z][A-Z0-9_]+)[^`]*`/g)].map((m) => m[1]), where }));
}

describe('README settings table', () => {
  const envRead = [...new Set([...CONFIG.matchAll(/\benv\.([A-Z][A-Z0-9_]*)|\bmib\(env, '([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1] ?? m[2]))].sort();
  const envRows = () => settings().filter((r) => r.where === 'environment').flatMap((r) => r.names).sort();

  it('names every environment variable src/config.ts reads, and no other', () => {
    expect(envRead.length).toBeGreaterThan(5);
    expect(envRows()).toEqual(envRead);
  });

  let flags: Map<string, string[]>;
  beforeAll(async () => {
    const help = await kg(['--help']);
    const commands = [...help.stdout.split('Commands:')[1].matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['extract', 'eval', 'ingest', 'export', 'stats', 'serve']));
    flags = new Map();
    for (const c of commands) {
      const out = (await kg([c, '--help'])).stdout;
      flags.set(c, [...out.split('Options:')[1].matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]).filter((f) => f !== '--help'));
    }
  }, 90_000);

  it('names every flag of every command, with the commands that take it', () => {
    const rows = settings().filter((r) => r.where !== 'environment');
    for (const [command, list] of flags) {
      for (const flag of list) {
        const row = rows.find((r) => r.names.includes(flag) && r.where.split(/,\s*/).includes(command));
        expect(row, `README settings table has a row for ${command} ${flag}`).toBeDefined();
      }
    }
    // And no row names a flag or a command that is not there.
    for (const r of rows) {
      for (const command of r.where.split(/,\s*/)) {
        expect(flags.get(command), `a command "${command}"`).toBeDefined();
        expect(flags.get(command)).toContain(r.names.find((n) => n.startsWith('--')));
      }
    }
  });
});

describe('README model diagram', () => {
  it('draws every relationship type of the model between its labels, and nothing else', () => {
    const lines = README.split('```mermaid')[1].split('```')[0];
    const edges = [...lines.matchAll(/^\s*(\w+) -->\|([A-Z_]+)[^|]*\| (\w+)$/gm)].map((m) => `${m[1]}-${m[2]}->${m[3]}`).sort();
    expect(edges).toEqual(RELS.map((r) => `${r.from}-${r.type}->${r.to}`).sort());
  });
});
