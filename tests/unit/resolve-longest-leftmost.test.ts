import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../lib/match/automaton';
import { resolveLongestLeftmost } from '../../lib/match/resolve-longest-leftmost';

const all = (): boolean => true;

describe('resolveLongestLeftmost', () => {
  it('keeps the longest of candidates sharing a start', () => {
    const candidates: Candidate[] = [
      { start: 3, end: 11, value: 1 },
      { start: 1, end: 11, value: 0 },
      { start: 7, end: 9, value: 2 },
    ];
    expect(resolveLongestLeftmost({ candidates, isActive: all })).toEqual([
      { start: 1, end: 11, value: 0 },
    ]);
  });

  it('prefers the leftmost start over a longer later candidate', () => {
    const candidates: Candidate[] = [
      { start: 2, end: 20, value: 1 },
      { start: 0, end: 4, value: 0 },
    ];
    expect(resolveLongestLeftmost({ candidates, isActive: all })).toEqual([
      { start: 0, end: 4, value: 0 },
    ]);
  });

  it('keeps adjacent and separate candidates, sorted by start, whatever the input order', () => {
    const candidates: Candidate[] = [
      { start: 10, end: 12, value: 2 },
      { start: 4, end: 10, value: 1 },
      { start: 0, end: 4, value: 0 },
      { start: 4, end: 6, value: 3 },
    ];
    const expected = [
      { start: 0, end: 4, value: 0 },
      { start: 4, end: 10, value: 1 },
      { start: 10, end: 12, value: 2 },
    ];
    expect(resolveLongestLeftmost({ candidates, isActive: all })).toEqual(expected);
    expect(
      resolveLongestLeftmost({ candidates: [...candidates].reverse(), isActive: all }),
    ).toEqual(expected);
  });

  it('drops inactive candidates before resolving, so they hide nothing', () => {
    // 打造全球智造创新之都 is disabled; the enabled 全球智造创新之都 inside it must survive.
    const candidates: Candidate[] = [
      { start: 1, end: 11, value: 0 },
      { start: 3, end: 11, value: 1 },
      { start: 7, end: 9, value: 2 },
    ];
    const isActive = (value: number): boolean => value !== 0;
    expect(resolveLongestLeftmost({ candidates, isActive })).toEqual([
      { start: 3, end: 11, value: 1 },
    ]);
    expect(resolveLongestLeftmost({ candidates, isActive: () => false })).toEqual([]);
  });

  it('breaks exact ties by value, independent of input order', () => {
    const a = { start: 0, end: 4, value: 5 };
    const b = { start: 0, end: 4, value: 2 };
    expect(resolveLongestLeftmost({ candidates: [a, b], isActive: all })).toEqual([b]);
    expect(resolveLongestLeftmost({ candidates: [b, a], isActive: all })).toEqual([b]);
  });

  it('does not mutate its input', () => {
    const candidates: Candidate[] = [
      { start: 5, end: 6, value: 1 },
      { start: 0, end: 2, value: 0 },
    ];
    const copy = structuredClone(candidates);
    resolveLongestLeftmost({ candidates, isActive: all });
    expect(candidates).toEqual(copy);
  });
});
