import { describe, expect, it } from 'vitest';
import { findQuotedPhrases } from '../../lib/interview/quoted-phrases';

describe('findQuotedPhrases', () => {
  it('finds curly- and corner-quoted phrases in order', () => {
    expect(findQuotedPhrases('坚持“强制造”与「强服务」双轮驱动，打造“海湾保”')).toEqual([
      '强制造',
      '强服务',
      '海湾保',
    ]);
  });

  it('keeps punctuation inside a quote and trims its edges', () => {
    expect(findQuotedPhrases('以“不负甲、不负乙”的勇气，“ 在东港，都挺好 ”')).toEqual([
      '不负甲、不负乙',
      '在东港，都挺好',
    ]);
  });

  it('ignores empty quotes, straight quotes and text without quotes', () => {
    expect(findQuotedPhrases('“”与“  ”')).toEqual([]);
    expect(findQuotedPhrases('他说"好"')).toEqual([]);
    expect(findQuotedPhrases('没有引号。')).toEqual([]);
  });
});
