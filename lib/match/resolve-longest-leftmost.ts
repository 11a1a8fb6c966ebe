/**
 * Turns every overlapping occurrence the scanner reports into the matches a
 * reader sees: non-overlapping, leftmost first, longest at a given start.
 */
import type { Candidate } from './automaton';

/** Keeps active, non-overlapping candidates, leftmost then longest; sorted by start. */
export function resolveLongestLeftmost({
  candidates,
  isActive,
}: {
  candidates: readonly Candidate[];
  isActive: (value: number) => boolean;
}): Candidate[] {
  // Filtering first means a disabled term never hides an enabled one it overlaps.
  const active = candidates.filter((candidate) => isActive(candidate.value));
  // Ties on both ends (the same form under two values) fall back to the value,
  // so the result does not depend on the order the candidates arrived in.
  active.sort((a, b) => a.start - b.start || b.end - a.end || a.value - b.value);
  const kept: Candidate[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const candidate of active) {
    if (candidate.start < reach) continue;
    kept.push(candidate);
    reach = candidate.end;
  }
  return kept;
}
