// The stored persons of some names, found by their ids rather than by a scan
// of every person's name (the embedded store has an index on ids alone, so a
// look-up by name would grow with the archive). The persons of a name are
// `person:<name>`, `person:<name>~2`, `~3`, … (people.ts gives a new one the
// lowest number free), so their ids are probed in widening windows: the first
// four, then up to 16, 64, …, going on while the upper half of a window holds
// any. A number left free by a deleted person is a gap the next window steps
// over; only free numbers filling a window's whole upper half would hide the
// persons after them.
import { personId } from './ids.ts';
import { PEOPLE_BY_ID } from './statements.ts';
import type { GraphStore, Row } from './store.ts';

/** The first window's width; each next window ends at four times the last one's end. */
const FIRST_WINDOW = 4;

/** The ids of a name's persons numbered from `from` to `to` (1 is the plain `person:<name>`). */
export function idsOfName(name: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(n === 1 ? personId(name) : `${personId(name)}~${n}`);
  return out;
}

/** The number of a person id: 1 for `person:<name>`, n for `person:<name>~n`. */
const numberOf = (id: string): number => Number(/~(\d+)$/.exec(id)?.[1] ?? 1);

/** Every stored person of the given names, one row each (PEOPLE_BY_ID's columns). */
export async function readPeopleNamed(store: GraphStore, names: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  let open = [...new Set(names)];
  let [from, to] = [1, FIRST_WINDOW];
  while (open.length) {
    const found = await store.read(PEOPLE_BY_ID, { ids: open.flatMap((name) => idsOfName(name, from, to)) });
    rows.push(...found);
    // A name goes on when the upper half of its window is not all free.
    const half = from + Math.floor((to - from + 1) / 2);
    const more = new Set(found.filter((r) => numberOf(String(r.id)) >= half).map((r) => String(r.name)));
    open = open.filter((name) => more.has(name));
    [from, to] = [to + 1, to * 4];
  }
  return rows;
}
