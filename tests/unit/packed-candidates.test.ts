import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../lib/match/automaton';
import { packCandidates, unpackCandidates } from '../../lib/match/packed-candidates';

describe('packed candidates', () => {
  it('give back the candidates they were made of, in order', () => {
    const candidates: Candidate[] = [
      { start: 0, end: 4, value: 3 },
      { start: 2, end: 6, value: 0 },
      { start: 1_000_000, end: 1_000_012, value: 2 ** 31 - 1 },
    ];
    const packed = packCandidates(candidates);
    expect(packed).toHaveLength(9);
    expect(unpackCandidates(packed)).toEqual(candidates);
  });

  it('keep no candidate when there is none', () => {
    expect(unpackCandidates(packCandidates([]))).toEqual([]);
  });
});
