import type { Candidate } from './automaton';

/**
 * Candidates kept for later as one array of numbers (start, end and value of
 * each in turn). A page keeps the candidates of every run that holds a term
 * until the run's matches are chosen; on a long page, tens of thousands of
 * small objects and the growth room of the arrays they were pushed to cost
 * about twice the memory.
 */
export type PackedCandidates = readonly number[];

const FIELDS = 3;

export function packCandidates(candidates: readonly Candidate[]): PackedCandidates {
  const packed = new Array<number>(candidates.length * FIELDS);
  candidates.forEach(({ start, end, value }, i) => {
    packed[i * FIELDS] = start;
    packed[i * FIELDS + 1] = end;
    packed[i * FIELDS + 2] = value;
  });
  return packed;
}

export function unpackCandidates(packed: PackedCandidates): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i + FIELDS <= packed.length; i += FIELDS) {
    candidates.push({ start: packed[i]!, end: packed[i + 1]!, value: packed[i + 2]! });
  }
  return candidates;
}
