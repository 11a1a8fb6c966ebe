import { describe, expect, it } from 'vitest';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { FUZZY_THRESHOLD } from '../../lib/search/fuzzy-match';
import { createSearchIndex } from '../../lib/search/search-index';
import { search } from '../../lib/search/search';

// The fuzzy threshold is pinned by the queries on either side of it. With
// ignoreLocation, fuse's score is errors ÷ query length.
const index = createSearchIndex({
  packs: bundledPacks,
  charFold: bundledMatchIndexes.map((m) => m.charFold).join(''),
});
const paragraphIds = (query: string): string[] =>
  search(index, query).flatMap((r) => (r.kind === 'passage' ? [r.paragraphId] : []));

describe('fuzzy threshold', () => {
  it('lies between one error in four characters and one in three', () => {
    expect(FUZZY_THRESHOLD).toBeGreaterThanOrEqual(1 / 4);
    expect(FUZZY_THRESHOLD).toBeLessThan(1 / 3);
  });

  it('finds one wrong character in four (needs ≥ 0.25)', () => {
    expect(paragraphIds('营商环竟')).toEqual(['qa-3-p4']);
    expect(paragraphIds('浙里勇有')).toEqual(['qa-5-p3', 'qa-5-p4']);
  });

  it('finds two wrong characters in seven (needs ≥ 0.29)', () => {
    expect(paragraphIds('营商环竟最忧市')).toEqual(['qa-3-p4']);
  });

  it('does not let a 3-character query match every passage sharing two of its characters (0.33)', () => {
    // At 0.35 these hit 12, 6 and 4 passages through 宁波, 城市 and 经济.
    for (const query of ['宁波人', '城市群', '经济学'])
      expect(paragraphIds(query), query).toEqual([]);
  });

  it('does not match a 4-character query on two shared characters (0.5)', () => {
    for (const query of ['宁波大学', '城市规划', '上海港口', '数字经济']) {
      expect(paragraphIds(query), query).toEqual([]);
    }
  });
});
