// The read statements, checked without a database: values travel as
// parameters, a filter adds only the conditions it sets, and the dialect
// decides the few store-specific parts.
import { describe, expect, it } from 'vitest';
import { ACTIVITY, activitiesCount, activitiesPage, activityBreakdown } from '../../src/api/queries/activities.ts';
import { articlesPage, organizationsPage, peoplePage } from '../../src/api/queries/articles.ts';
import type { KeysetPage } from '../../src/api/keyset.ts';
import { activitiesOrder, articlesOrder } from '../../src/api/orders.ts';
import { associatesOfPeople, shortestPath } from '../../src/api/queries/connections.ts';
import { nodesById, organizationsByName } from '../../src/api/queries/nodes.ts';
import * as relations from '../../src/api/queries/relations.ts';
import { resolveDistrictName } from '../../src/api/districts.ts';
import { decodeGlobalID, typenameOf } from '../../src/api/ids.ts';

const INJECTION = `x' OR 1=1 //"} MATCH (n) DETACH DELETE n`;
const PAGE_ORDER = { field: 'PAGE', direction: 'ASC' } as const;
const FIRST: KeysetPage = { after: null, before: null, backward: false, limit: 21 };

describe('read statements', () => {
  it('never put a value into the Cypher text', () => {
    const statements = [
      activitiesPage({ kind: INJECTION, district: INJECTION, organizer: INJECTION, participant: INJECTION, role: INJECTION }, activitiesOrder(PAGE_ORDER), { ...FIRST, after: [INJECTION, 0, INJECTION] }),
      activitiesCount({ organizer: INJECTION }),
      activityBreakdown({ participant: INJECTION }, 'person', 5),
      articlesPage({ page: INJECTION, person: INJECTION, organization: INJECTION, district: INJECTION }, articlesOrder({ field: 'DATE', direction: 'DESC' }), { ...FIRST, before: ['2024-01-01', INJECTION, 0, INJECTION] }),
      peoplePage(INJECTION, { ...FIRST, after: [INJECTION, INJECTION] }),
      organizationsPage(INJECTION, FIRST),
      nodesById('Person', [INJECTION]),
      organizationsByName(INJECTION),
      associatesOfPeople([INJECTION]),
      shortestPath('ladybug', { id: INJECTION, label: 'Person' }, { id: INJECTION, label: 'Organization' }, 4),
      relations.positionsOfPeople([INJECTION]),
    ];
    for (const s of statements) {
      expect(s.cypher).not.toContain('DETACH');
      expect(Object.values(s.params ?? {}).flat().some((v) => String(v).includes(INJECTION))).toBe(true);
    }
  });

  it.each([
    [{}, 'MATCH (a:Activity) MATCH', []],
    [{ kind: 'visit' }, 'MATCH (a:Activity) WHERE a.kind = $kind MATCH', []],
    [{ district: 'district:东城区' }, 'MATCH (fd:District {id: $district})<-[:TOOK_PLACE_IN]-(a:Activity) MATCH', []],
    [{ district: 'district:东城区', date: { from: '2024-01-01', to: null } }, 'MATCH (fd:District {id: $district})<-[:TOOK_PLACE_IN]-(a:Activity) WHERE a.date >= date($dateFrom) MATCH', []],
    [{ organizer: '市总工会' }, 'MATCH (fo:Organization)-[:ORGANIZED]->(a:Activity) WHERE fo.name = $organizer OR $organizer IN fo.aliases WITH DISTINCT a', []],
    [{ organizer: '市总工会', kind: 'visit' }, 'MATCH (fo:Organization)-[:ORGANIZED]->(a:Activity) WHERE (fo.name = $organizer OR $organizer IN fo.aliases) AND a.kind = $kind WITH DISTINCT a', []],
    [{ participant: '赵丽君', role: 'LED' }, 'MATCH (fp:Person {id: $participant})-[fr:PARTICIPATED_IN]->(a:Activity) WHERE $role IN fr.roles MATCH', []],
    [{ role: 'LED' }, 'MATCH (fp:Person)-[fr:PARTICIPATED_IN]->(a:Activity) WHERE $role IN fr.roles WITH DISTINCT a', []],
    [{ district: 'district:东城区', participant: '赵丽君' }, 'MATCH (fp:Person {id: $participant})-[fr:PARTICIPATED_IN]->(a:Activity) MATCH',
      ['EXISTS { MATCH (a)-[:TOOK_PLACE_IN]->(fd:District) WHERE fd.id = $district }']],
  ] as const)('an activity filter %j starts from its node, tests properties there and adds only its own conditions', (filter, start, steps) => {
    const s = activitiesPage(filter, activitiesOrder(PAGE_ORDER), FIRST);
    expect(s.cypher.startsWith(start)).toBe(true);
    expect(s.cypher.match(/ WITH src, a WHERE /g) ?? []).toHaveLength(steps.length);
    for (const p of steps) expect(s.cypher).toContain(` WITH src, a WHERE ${p}`);
    const params = Object.keys(filter).flatMap((k) => (k === 'date' ? ['dateFrom'] : [k]));
    expect(Object.keys(s.params ?? {}).sort()).toEqual([...params, 'limit'].sort());
  });

  it('tests properties in the first MATCH and puts each EXISTS in its own WITH … WHERE step (one WHERE mixing a property and EXISTS misreads on the embedded store)', () => {
    const s = activitiesPage({ kind: 'visit', district: 'district:朝阳区', organizer: '市总工会' }, activitiesOrder(PAGE_ORDER), FIRST);
    expect(s.cypher.startsWith('MATCH (fo:Organization)-[:ORGANIZED]->(a:Activity) WHERE (fo.name = $organizer OR $organizer IN fo.aliases) AND a.kind = $kind WITH DISTINCT a')).toBe(true);
    expect(s.cypher).toContain('WITH src, a WHERE EXISTS { MATCH (a)-[:TOOK_PLACE_IN]->(fd:District) WHERE fd.id = $district } RETURN');
    expect(s.cypher).not.toMatch(/EXISTS \{[^}]*\} AND|AND EXISTS/);
  });

  it('pages activities in page order, with a tie-breaker, from the key of the cursor', () => {
    const s = activitiesPage({}, activitiesOrder(PAGE_ORDER), { ...FIRST, after: ['page:b.txt', 3, 'activity:b.txt#3'] });
    expect(s.cypher).toBe('MATCH (a:Activity) MATCH (src:Article)-[:REPORTS]->(a)'
      + ' WITH src, a WHERE (src.page > $afterKey0 OR (src.page = $afterKey0 AND (src.position > $afterKey1 OR (src.position = $afterKey1 AND (a.id > $afterKey2)))))'
      + ` RETURN ${ACTIVITY}, src.page AS sortKey0, src.position AS sortKey1, a.id AS sortKey2 ORDER BY sortKey0, sortKey1, sortKey2 LIMIT $limit`);
    expect(s.params).toEqual({ afterKey0: 'page:b.txt', afterKey1: 3, afterKey2: 'activity:b.txt#3', limit: 21 });
  });

  it.each([
    ['a dated cursor, newest first: earlier days, then the undated', ['2024-02-01', 'page:b.txt', 3, 'activity:b.txt#3'], false,
      '(a.date IS NULL OR a.date < date($afterKey0)) OR (a.date = date($afterKey0) AND (src.page > $afterKey1 OR (src.page = $afterKey1 AND (src.position > $afterKey2 OR (src.position = $afterKey2 AND (a.id > $afterKey3))))))'],
    ['an undated cursor: only undated items, in page order', [null, 'page:b.txt', 3, 'activity:b.txt#3'], false,
      'a.date IS NULL AND (src.page > $afterKey1 OR (src.page = $afterKey1 AND (src.position > $afterKey2 OR (src.position = $afterKey2 AND (a.id > $afterKey3)))))'],
    ['before an undated cursor: every dated item, and the undated before it', [null, 'page:b.txt', 3, 'activity:b.txt#3'], true,
      'a.date IS NOT NULL OR (a.date IS NULL AND (src.page < $beforeKey1 OR (src.page = $beforeKey1 AND (src.position < $beforeKey2 OR (src.position = $beforeKey2 AND (a.id < $beforeKey3))))))'],
  ] as const)('pages by date with undated items last: %s', (_why, key, before, where) => {
    const page = before ? { ...FIRST, before: [...key], backward: true } : { ...FIRST, after: [...key] };
    const s = activitiesPage({}, activitiesOrder({ field: 'DATE', direction: 'DESC' }), page);
    expect(s.cypher).toContain(` WITH src, a WHERE (${where}) RETURN `);
    expect(s.cypher).toContain(before ? 'ORDER BY sortKey0 IS NULL DESC, sortKey0, sortKey1 DESC, sortKey2 DESC, sortKey3 DESC LIMIT $limit'
      : 'ORDER BY sortKey0 IS NULL, sortKey0 DESC, sortKey1, sortKey2, sortKey3 LIMIT $limit');
    expect(s.cypher).not.toMatch(/2024|page:b/);
  });

  it('batches a relationship list over all parents in one statement', () => {
    const s = relations.participantsOfActivities(['activity:a.txt#0', 'activity:a.txt#1']);
    expect(s.cypher).toMatch(/^UNWIND \$ids AS key /);
    expect(s.cypher).toContain('key AS parent');
    expect(s.params).toEqual({ ids: ['activity:a.txt#0', 'activity:a.txt#1'] });
  });

  it('writes the shortest path in each store\'s dialect', () => {
    const a = { id: 'person:a', label: 'Person' } as const;
    const b = { id: 'org:b', label: 'Organization' } as const;
    const lb = shortestPath('ladybug', a, b, 3).cypher;
    const neo = shortestPath('neo4j', a, b, 3).cypher;
    expect(lb).toContain('MATCH (a:Person {id: $from}), (b:Organization {id: $to})');
    expect(lb).toContain('[* SHORTEST 1..3]');
    expect(lb).toContain('list_transform(rels(p), r -> label(r))');
    expect(neo).toContain('shortestPath((a)-[*1..3]-(b))');
    expect(neo).toContain('[r IN relationships(p) | type(r)]');
  });
});

describe('what a user types', () => {
  it.each([
    ['东城区', '东城区'],
    ['东城', '东城区'],
    [' 西城 ', '西城区'],
    ['经开区', '北京经济技术开发区'],
    ['北京经济技术开发区', '北京经济技术开发区'],
  ])('district %s is %s', (typed, full) => expect(resolveDistrictName(typed)).toBe(full));

  it('an unknown district is a BAD_REQUEST that lists the known ones', () => {
    expect(() => resolveDistrictName('东城县')).toThrow(expect.objectContaining({ code: 'BAD_REQUEST', message: expect.stringContaining('西城区') }));
  });

  it.each([
    ['person:赵丽君', 'Person'],
    ['org:北京市总工会', 'Organization'],
    ['activity:003_abbda0325e153582.txt#0', 'Activity'],
    ['district:东城区', 'District'],
  ])('id %s is a %s', (id, type) => {
    expect(typenameOf(id)).toBe(type);
    expect(decodeGlobalID(id)).toEqual({ typename: type, id });
  });

  it.each(['赵丽君', 'person:', 'user:1', ':x', ''])('malformed id %j is a BAD_REQUEST', (id) => {
    expect(() => decodeGlobalID(id)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});

