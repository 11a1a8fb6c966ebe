import type { NormalizedQuery } from './normalize-query';
import { MAX_FUZZY_LENGTH, MIN_MATCH_LENGTH, type SearchIndex } from './search-index';
import { sourceRange } from './folded-text';
import { closestSubstring } from './closest-substring';

/** A passage that matched, with the hit as a range of the passage's own text. */
export interface PassageHit {
  /** Position of the passage in `SearchIndex.passages`. */
  passage: number;
  start: number;
  end: number;
  score: number;
}

/** Passages holding the folded query as a substring: score 0, highlight exact. */
function exactHits({ index, folded }: { index: SearchIndex; folded: string }): PassageHit[] {
  const hits: PassageHit[] = [];
  index.passages.forEach((passage, i) => {
    const at = passage.fold.folded.indexOf(folded);
    if (at < 0) return;
    const range = sourceRange({ text: passage.fold, start: at, end: at + folded.length });
    hits.push({ passage: i, ...range, score: 0 });
  });
  return hits;
}

/** Passages fuse finds within the fuzzy threshold, highlighted where they come closest to the query. */
function fuzzyHits({
  index,
  folded,
  skip,
}: {
  index: SearchIndex;
  folded: string;
  skip: ReadonlySet<number>;
}): PassageHit[] {
  const hits: PassageHit[] = [];
  for (const result of index.fuzzy.passages.search(folded)) {
    if (skip.has(result.refIndex)) continue;
    const fold = result.item.fold;
    const span = closestSubstring({ text: fold.folded, pattern: folded });
    if (span.end - span.start < MIN_MATCH_LENGTH) continue;
    const range = sourceRange({ text: fold, start: span.start, end: span.end });
    hits.push({ passage: result.refIndex, ...range, score: result.score ?? 1 });
  }
  return hits;
}

/**
 * Finds passages: an exact pass over the folded text, then (for Chinese queries,
 * when the exact pass left room under `limit`) fuse's fuzzy pass for the rest.
 * Latin queries skip the fuzzy pass: bitap over Chinese prose would only match
 * stray Latin letters.
 */
export function findPassages({
  index,
  query,
  limit,
}: {
  index: SearchIndex;
  query: NormalizedQuery;
  limit: number;
}): PassageHit[] {
  const exact = exactHits({ index, folded: query.folded });
  const fuzzyText = query.folded.slice(0, MAX_FUZZY_LENGTH);
  if (query.pinyin || exact.length >= limit || fuzzyText.length < MIN_MATCH_LENGTH) return exact;
  const skip = new Set(exact.map((hit) => hit.passage));
  return [...exact, ...fuzzyHits({ index, folded: fuzzyText, skip })];
}
