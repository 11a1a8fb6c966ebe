import { describe, expect, it } from 'vitest';
import { containmentScore, FUZZY_BASE, fuzzyRank } from '../../lib/search/containment-score';

describe('containmentScore', () => {
  it('is 0 for equal text and undefined when not contained', () => {
    expect(containmentScore({ value: '两个先行', query: '两个先行' })).toBe(0);
    expect(containmentScore({ value: '两个先行', query: '两个确立' })).toBeUndefined();
  });

  it('prefers a query covering more of the term, and a prefix over an infix', () => {
    const score = (value: string, query: string): number => containmentScore({ value, query })!;
    expect(score('浙里甬有', '甬有')).toBeLessThan(score('天一甬宁保', '甬宁'));
    expect(score('两个先行', '两个')).toBeLessThan(score('两个先行', '先行'));
  });

  it('stays below every fuzzy score', () => {
    expect(containmentScore({ value: '中国最具幸福感城市', query: '市' })!).toBeLessThan(
      FUZZY_BASE,
    );
    expect(fuzzyRank(0)).toBe(FUZZY_BASE);
    expect(fuzzyRank(1)).toBe(1);
  });
});
