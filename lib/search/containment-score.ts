/** Scores of the exact pass sit below every fuzzy score, so an exact hit always ranks first. */
export const FUZZY_BASE = 0.1;

const PREFIX_BASE = 0.01;
const INFIX_BASE = 0.02;
const UNCOVERED_SPAN = 0.07;

/**
 * Score of `query` as a substring of `value`: 0 when equal, otherwise small and
 * lower when the query covers more of the value and starts it, so 甬有 ranks
 * 浙里甬有 above a longer phrase that contains it. Undefined when not contained.
 */
export function containmentScore({
  value,
  query,
}: {
  value: string;
  query: string;
}): number | undefined {
  if (value === query) return 0;
  const at = value.indexOf(query);
  if (at < 0) return undefined;
  const uncovered = 1 - query.length / value.length;
  return (at === 0 ? PREFIX_BASE : INFIX_BASE) + UNCOVERED_SPAN * uncovered;
}

/** Maps a fuse score in [0, 1] above every exact-pass score. */
export function fuzzyRank(fuseScore: number): number {
  return FUZZY_BASE + (1 - FUZZY_BASE) * fuseScore;
}
