import { describe, expect, it } from 'vitest';
import { createGramIndex, gramCandidates, sharedGramCounts } from '../../lib/search/gram-index';

const grams = createGramIndex(['两个先行', '先行先试', '浙里甬有', '行']);

describe('gram index', () => {
  it('lists each record once per bigram, in record order', () => {
    expect(grams.postings.get('先行')).toEqual([0, 1]);
    expect(grams.postings.get('个先')).toEqual([0]);
    expect(grams.postings.has('行')).toBe(false);
    expect(grams.size).toBe(4);
  });

  it("counts every position of the pattern's bigrams found in a record", () => {
    expect([...sharedGramCounts({ grams, pattern: '先行先行' })]).toEqual([2, 3, 0, 0]);
  });

  it('keeps records sharing at least (m − 1) − 2k bigrams', () => {
    // m = 5, k = 1: three of the four bigrams of 两个先行动 must be shared.
    expect(gramCandidates({ grams, pattern: '两个先行动', maxErrors: 1 })).toEqual([0]);
    expect(gramCandidates({ grams, pattern: '浙里勇有', maxErrors: 1 })).toEqual([2]);
  });

  it('keeps every record when the bound says nothing', () => {
    expect(gramCandidates({ grams, pattern: '两个先行', maxErrors: 2 })).toEqual([0, 1, 2, 3]);
  });
});
