import type { PassageHit } from './find-passages';
import { passageKey } from './search-records';
import type { SearchIndex } from './search-index';

/** The passages where a term occurs, in the pack's order, each hit at the occurrence. */
export function occurrenceHits({
  index,
  termIndex,
  score,
}: {
  index: SearchIndex;
  /** Position of the term in `SearchIndex.terms`. */
  termIndex: number;
  score: number;
}): PassageHit[] {
  const indexed = index.terms[termIndex];
  if (!indexed) return [];
  return indexed.term.occurrences.flatMap((o) => {
    const passage = index.passageByKey.get(passageKey({ packId: indexed.pack.id, ...o }));
    return passage === undefined ? [] : [{ passage, start: o.start, end: o.end, score }];
  });
}
