import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { scriptOf, toSimplified } from '../../src/text/script.js';

describe('toSimplified', () => {
  it.each([
    ['趙麗君出席了北京市總工會的會議', '赵丽君出席了北京市总工会的会议'],
    ['東城區總工會副主席', '东城区总工会副主席'],
    ['朝陽區勞動模範協會', '朝阳区劳动模范协会'],
    ['乾隆年間，他很乾淨', '乾隆年间，他很干净'],
    ['already simplified 北京市总工会', 'already simplified 北京市总工会'],
    // One Traditional character in a Simplified line is still converted, in its phrase.
    ['北京市总工會召开会议', '北京市总工会召开会议'],
    ['他很乾淨', '他很干净'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
    expect(toSimplified(traditional)).toHaveLength(traditional.length);
  });

  it('leaves every Simplified seed page as it is', () => {
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`seeds/${file}`, 'utf8');
      expect(toSimplified(text)).toBe(text);
      expect(scriptOf(text)).toBe('simplified');
    }
  });
});

describe('scriptOf', () => {
  it.each([
    ['本報訊 近日，東城區總工會召開會議，區總工會主席趙麗君出席並講話。', 'traditional'],
    ['本报讯 近日，东城区总工会召开会议，区总工会主席赵丽君出席并讲话。', 'simplified'],
    ['乾隆年间的故事', 'simplified'],
  ])('%s is %s', (text, script) => {
    expect(scriptOf(text)).toBe(script);
  });
});
