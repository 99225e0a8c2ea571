// The Node versions package.json declares are ones every installed package
// declares it runs on: `npm ci` on the lowest of them warns of no engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

interface LockEntry { version?: string; engines?: unknown }

/** The packages of a lock whose declared `engines.node` leaves out some version of `range`, with what they declare. */
function enginesBelow(range: string, packages: Record<string, LockEntry>): string[] {
  const lowest = semver.minVersion(range);
  if (!lowest) throw new Error(`no version satisfies ${range}`);
  return Object.entries(packages).flatMap(([path, p]) => {
    const node = (p.engines as { node?: unknown } | undefined)?.node;
    if (!path || typeof node !== 'string') return [];
    const admits = semver.satisfies(lowest, node) && semver.subset(range, node);
    return admits ? [] : [`${path.replace(/^.*node_modules\//, '')}@${p.version}: node ${node}`];
  });
}

describe('declared Node versions', () => {
  const declared: string = readJson('package.json').engines.node;
  const lock = readJson('package-lock.json') as { packages: Record<string, LockEntry> };

  it(`every installed package runs on the Node versions package.json declares (${declared})`, () => {
    expect(semver.validRange(declared)).not.toBeNull();
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
    expect(enginesBelow(declared, lock.packages)).toEqual([]);
  });

  it('the lock is that of package.json', () => {
    expect((lock.packages[''].engines as { node?: string } | undefined)?.node ?? null).toBe(declared);
  });

  it.each([
    ['a package that needs a later major', { node: '>=22.15.0' }, '>=20.19', true],
    ['a package that needs a later minor', { node: '>=20.20.0' }, '^20.19.0 || >=22.12.0', true],
    ['a package that skips a major the range admits', { node: '^20.19.0 || >=24.0.0' }, '^20.19.0 || ^22.13.0 || >=24.0.0', true],
    ['a package that admits all of the range', { node: '^20.19.0 || >=22.12.0' }, '^20.19.0 || ^22.13.0 || >=24.0.0', false],
    ['a package that declares no Node', {}, '>=20.19', false],
  ])('tells %s', (_what, engines, range, reported) => {
    const found = enginesBelow(range, { '': {}, 'node_modules/x': { version: '1.0.0', engines } });
    expect(found).toEqual(reported ? [`x@1.0.0: node ${(engines as { node: string }).node}`] : []);
  });
});
