import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { bundledPacks } from '../../data/generated/bundled-packs';
import {
  FUZZY_THRESHOLD,
  fuseScore,
  fuzzyHits,
  maxErrors,
  MIN_MATCH_LENGTH,
} from '../../lib/search/fuzzy-match';
import { createSearchIndex, type SearchedRecords } from '../../lib/search/search-index';

const index = createSearchIndex({
  packs: bundledPacks,
  charFold: bundledMatchIndexes.map((m) => m.charFold).join(''),
});

/** What a plain fuse search over every record finds: the reference the gates must keep. */
function fullScan(texts: readonly string[], pattern: string): number[] {
  const fuse = new Fuse(texts, {
    isCaseSensitive: true,
    ignoreLocation: true,
    includeMatches: true,
    minMatchCharLength: MIN_MATCH_LENGTH,
    threshold: FUZZY_THRESHOLD,
  });
  return fuse
    .search(pattern)
    .map((r) => r.refIndex)
    .sort((a, b) => a - b);
}

/** Slices of the records, each with one or two characters changed, dropped or added. */
function nearMisses(texts: readonly string[]): string[] {
  const patterns: string[] = [];
  texts.forEach((text, t) => {
    const other = texts[(t + 1) % texts.length]!;
    for (let length = 4; length <= Math.min(24, text.length); length += 5) {
      const at = (t * 7 + length) % Math.max(1, text.length - length);
      const slice = text.slice(at, at + length);
      const pos = length >> 1;
      const swap = other[pos % other.length] ?? 'x';
      patterns.push(
        slice.slice(0, pos) + swap + slice.slice(pos + 1),
        slice.slice(0, pos) + slice.slice(pos + 1),
        slice.slice(0, pos) + swap + slice.slice(pos),
        swap + slice.slice(1, -1) + swap,
      );
    }
  });
  return patterns.filter((p) => p.length >= 4);
}

const hitRecords = (records: SearchedRecords<unknown>, pattern: string): number[] =>
  fuzzyHits({ ...records, pattern })
    .map((h) => h.record)
    .sort((a, b) => a - b);

describe('maxErrors', () => {
  it('is the largest error count whose score stays within the threshold', () => {
    expect(maxErrors({ length: 3, threshold: 0.3 })).toBe(0);
    expect(maxErrors({ length: 4, threshold: 0.3 })).toBe(1);
    expect(maxErrors({ length: 10, threshold: 0.3 })).toBe(3);
    expect(maxErrors({ length: 10, threshold: 0.6 })).toBe(6);
  });
});

describe('fuzzyHits', () => {
  it.each([
    ['passages', index.passages],
    ['Chinese term forms', index.hanForms],
    ['pinyin term forms', index.pinyinForms],
  ] as const)('finds exactly what a full fuse scan finds over %s', (_name, records) => {
    const patterns = nearMisses(records.texts);
    expect(patterns.length).toBeGreaterThan(40);
    let matched = 0;
    for (const pattern of patterns) {
      const expected = fullScan(records.texts, pattern);
      expect(hitRecords(records, pattern), pattern).toEqual(expected);
      matched += expected.length;
    }
    expect(matched).toBeGreaterThan(patterns.length / 2);
  });

  it("ranks by fuse's own score and returns the closest span", () => {
    const hits = fuzzyHits({ ...index.passages, pattern: '中国最具幸福城市' });
    expect(hits.map((h) => h.score)).toEqual([0.125, 0.125]);
    const hit = hits[0]!;
    expect(index.passages.texts[hit.record]!.slice(hit.start, hit.end)).toBe('中国最具幸福感城市');
    expect(
      fuseScore({ pattern: '中国最具幸福城市', text: '无关', threshold: 0.3 }),
    ).toBeUndefined();
  });

  it('leaves patterns that allow no error to the exact passes', () => {
    expect(fuzzyHits({ ...index.passages, pattern: '两个先' })).toEqual([]);
  });
});
