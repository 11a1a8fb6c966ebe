import { sourceRange } from './folded-text';
import { fuzzyHits, MAX_FUZZY_LENGTH, MIN_MATCH_LENGTH } from './fuzzy-match';
import type { NormalizedQuery } from './normalize-query';
import type { SearchIndex } from './search-index';

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
  const { records, texts } = index.passages;
  const hits: PassageHit[] = [];
  texts.forEach((text, i) => {
    const at = text.indexOf(folded);
    if (at < 0) return;
    const range = sourceRange({ text: records[i]!.fold, start: at, end: at + folded.length });
    hits.push({ passage: i, ...range, score: 0 });
  });
  return hits;
}

/** Passages fuse finds within the fuzzy threshold, highlighted where they come closest to the query. */
function fuzzyPassageHits({
  index,
  pattern,
  skip,
}: {
  index: SearchIndex;
  pattern: string;
  skip: ReadonlySet<number>;
}): PassageHit[] {
  const hits: PassageHit[] = [];
  for (const { record, score, start, end } of fuzzyHits({ ...index.passages, pattern })) {
    if (skip.has(record) || end - start < MIN_MATCH_LENGTH) continue;
    const fold = index.passages.records[record]!.fold;
    hits.push({ passage: record, ...sourceRange({ text: fold, start, end }), score });
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
  if (query.pinyin || exact.length >= limit) return exact;
  const skip = new Set(exact.map((hit) => hit.passage));
  const pattern = query.folded.slice(0, MAX_FUZZY_LENGTH);
  return [...exact, ...fuzzyPassageHits({ index, pattern, skip })];
}
