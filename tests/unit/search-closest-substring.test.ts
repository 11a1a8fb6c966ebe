import { describe, expect, it } from 'vitest';
import { closestSubstring } from '../../lib/search/closest-substring';

const closest = (text: string, pattern: string): string => {
  const { start, end } = closestSubstring({ text, pattern });
  return text.slice(start, end);
};

describe('closestSubstring', () => {
  it('finds an exact occurrence at distance 0', () => {
    expect(closestSubstring({ text: '打造七张浙里甬有品牌', pattern: '浙里甬有' })).toEqual({
      start: 4,
      end: 8,
      distance: 0,
    });
  });

  it('spans a substituted character, also at either end', () => {
    expect(closest('打造七张浙里甬有品牌', '浙里勇有')).toBe('浙里甬有');
    expect(closest('全面打造营商环境最优市', '营商环竟')).toBe('营商环境');
    expect(closest('全面打造营商环境最优市', '萤商环境')).toBe('营商环境');
  });

  it('spans a character the query left out, and drops one it added', () => {
    expect(closest('获评中国最具幸福感城市。', '中国最具幸福城市')).toBe('中国最具幸福感城市');
    expect(closestSubstring({ text: '两个先行', pattern: '两个个先行' }).distance).toBe(1);
  });

  it('returns the first of equally close spans', () => {
    expect(closestSubstring({ text: '甲乙丙甲乙丙', pattern: '甲乙' }).start).toBe(0);
  });

  it('returns an empty span when nothing is shared', () => {
    const none = closestSubstring({ text: '甲乙丙', pattern: '丁戊' });
    expect(none.end - none.start).toBe(0);
    expect(none.distance).toBe(2);
    expect(closestSubstring({ text: '', pattern: '丁' })).toEqual({
      start: 0,
      end: 0,
      distance: 1,
    });
  });
});
