// The stored persons of a name, found by probing their ids on a real store:
// every one of a name with many persons, across a number left free, and none
// of another name that merely starts the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { idsOfName, readPeopleNamed } from '../../src/graph/peopleNamed.ts';
import { createNodes, PEOPLE_BY_ID } from '../../src/graph/statements.ts';

let tmp: string;
let store: LadybugStore;
const reads: string[] = [];

/** Persons stored: 张伟 and 张伟~2 … ~30 except ~7 (deleted); 李梅 alone; 张伟明, whose id starts as 张伟's do. */
const stored = [
  ...idsOfName('张伟', 1, 30).filter((id) => !id.endsWith('~7')).map((id) => ({ id, name: '张伟' })),
  { id: 'person:李梅', name: '李梅' },
  { id: 'person:张伟明', name: '张伟明' },
];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-people-named-'));
  store = await LadybugStore.open(tmp);
  await store.migrate();
  await store.write([createNodes('Person', stored)]);
});
afterAll(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The store, counting the id look-ups made. */
const counting = () => ({
  ...store,
  read: (cypher: string, params?: Record<string, unknown>) => {
    if (cypher === PEOPLE_BY_ID) reads.push(String((params?.ids as string[]).length));
    return store.read(cypher, params);
  },
}) as unknown as LadybugStore;

describe('readPeopleNamed', () => {
  it('numbers a name\'s ids as people.ts gives them', () => {
    expect(idsOfName('张伟', 1, 3)).toEqual(['person:张伟', 'person:张伟~2', 'person:张伟~3']);
    expect(idsOfName('张伟', 5, 6)).toEqual(['person:张伟~5', 'person:张伟~6']);
  });

  it('finds all 29 persons of a name, past a number left free, and only theirs', async () => {
    const rows = await readPeopleNamed(store, ['张伟']);
    const ids = rows.map((r) => String(r.id)).sort();
    expect(ids).toHaveLength(29);
    expect(ids).toEqual(stored.filter((p) => p.name === '张伟').map((p) => p.id).sort());
    expect(ids).not.toContain('person:张伟明');
  });

  it('asks once for names of one person or none, and widens only for the name that has more', async () => {
    reads.length = 0;
    const rows = await readPeopleNamed(counting(), ['李梅', '王红', '张伟明']);
    expect(rows.map((r) => r.id).sort()).toEqual(['person:张伟明', 'person:李梅']);
    // One look-up of four ids per name: none has a person numbered 3 or 4, so no second window.
    expect(reads).toEqual(['12']);
    reads.length = 0;
    await readPeopleNamed(counting(), ['李梅', '张伟']);
    // 张伟 goes on to ~16 and ~64 (its persons fill 17 to 30, ~7 free); 李梅 stops after the first window.
    expect(reads).toEqual(['8', '12', '48']);
  });

  it('gives the columns resolution reads, a name given twice once', async () => {
    const rows = await readPeopleNamed(store, ['李梅', '李梅']);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]).sort()).toEqual(['context', 'id', 'mentions', 'mergedFrom', 'name', 'reason', 'score']);
  });
});
