import { describe, expect, it } from 'vitest';
import { rankNameMatches, type NameMatchRow } from '../../src/api/nameMatches.ts';

const row = (name: string, aliases: [string, number][] = [], canonical = false): NameMatchRow =>
  ({ id: `org:${name}`, name, canonical, aliases: aliases.map(([a]) => a), aliasCounts: aliases.map(([, n]) => n) });

describe('rankNameMatches', () => {
  it.each([
    ['the home city before a body more articles name so', '市总工会', [row('南京市总工会', [['市总工会', 9]]), row('北京市总工会', [['市总工会', 3]])], ['北京市总工会', '南京市总工会']],
    ['the canonical name before everything', '工人日报', [row('工人日报社', [['工人日报', 5]]), row('工人日报', [], true)], ['工人日报', '工人日报社']],
    ['outside the home city, the one most mentions meant', '区总工会', [row('海淀区总工会', [['区总工会', 2]]), row('朝阳区总工会', [['区总工会', 4]])], ['朝阳区总工会', '海淀区总工会']],
    ['ties by id, and a node without a tally counts 0', '集团', [row('乙集团', [['集团', 1]]), row('甲集团', [['集团', 1]]), { ...row('丙集团'), aliases: ['集团'], aliasCounts: null }], ['乙集团', '甲集团', '丙集团']],
  ] as const)('%s', (_why, name, rows, expected) => {
    expect(rankNameMatches(rows, name, '北京').map((m) => m.id.slice(4))).toEqual(expected);
  });

  it('ranks no city first when the home city is empty', () => {
    expect(rankNameMatches([row('北京市总工会', [['市总工会', 1]]), row('南京市总工会', [['市总工会', 2]])], '市总工会', '').map((m) => m.id)).toEqual(['org:南京市总工会', 'org:北京市总工会']);
  });
});
