import Fuse, { type IFuseOptions } from 'fuse.js';
import { closestSubstring } from './closest-substring';
import { gramCandidates, type GramIndex } from './gram-index';

/**
 * Fuzzy threshold of the search passes, pinned by tests/unit/search-threshold.test.ts.
 * With `ignoreLocation` fuse's score is errors ÷ query length. At 0.3 one wrong,
 * missing or extra character passes in a 4–6 character query (营商环竟, 浙里勇有,
 * 中国最具幸福城市) and two from seven on; at 0.2 a typo in a 4-character query is
 * lost. At 0.35 a 3-character query passes with one error, and since most Chinese
 * words are two characters, 宁波人, 城市群 or 经济学 then hit every passage holding
 * 宁波, 城市 or 经济 (12, 6 and 4 of the interview's 26); at 0.5 so does 宁波大学.
 */
export const FUZZY_THRESHOLD = 0.3;

/** Looser threshold for `suggest`, which runs only after a query found nothing. */
export const SUGGEST_THRESHOLD = 0.6;

/**
 * Runs shorter than this are not fuzzy hits: one shared Chinese character (的, 市)
 * says nothing, while two usually form a word. Exact substrings of any length are
 * found by the exact passes, which do not go through fuse.
 */
export const MIN_MATCH_LENGTH = 2;

/**
 * Fuse's bitap works on at most 32 characters; a longer pattern is split and a
 * record matching any one piece counts as a hit, which for a pasted sentence
 * returns half the interview. Fuzzy passes take the query's first 32 characters;
 * the exact passes always use all of it.
 */
export const MAX_FUZZY_LENGTH = 32;

const FUSE_OPTIONS: IFuseOptions<string> = {
  // Records are folded (lower-case, one width) when the index is built, so fuse
  // need not lower-case every text again on every keystroke.
  isCaseSensitive: true,
  // A Chinese slogan may sit anywhere in a 200-character paragraph.
  ignoreLocation: true,
  includeMatches: true,
  minMatchCharLength: MIN_MATCH_LENGTH,
};

/** The most errors fuse accepts at `threshold` in a pattern of `length` (its score is errors ÷ length). */
export function maxErrors({ length, threshold }: { length: number; threshold: number }): number {
  // The epsilon keeps 0.3 × 10 at 3, not 2.9999999999999996.
  return Math.floor(threshold * length + 1e-9);
}

/** Fuse's bitap score of `pattern` in `text`, or undefined when it is no match at `threshold`. */
export function fuseScore({
  pattern,
  text,
  threshold,
}: {
  pattern: string;
  text: string;
  threshold: number;
}): number | undefined {
  const result = Fuse.match(pattern, text, { ...FUSE_OPTIONS, threshold });
  return result.isMatch ? result.score : undefined;
}

/** A record fuse matched, with the span of its text closest to the pattern. */
export interface FuzzyHit {
  record: number;
  score: number;
  start: number;
  end: number;
}

/**
 * Records within the strict threshold of `pattern`, best first. A fuse search over
 * every record took up to ~35 ms a keystroke on a corpus 20 times the interview,
 * mostly per-record overhead, so records reach fuse only through three cheaper gates that
 * never drop a match: enough shared bigrams (q-gram lemma), enough length, and an
 * edit distance of at most k to some substring (bitap's errors are at least that
 * distance). A pattern allowing no error is left to the exact passes, which find
 * the same records.
 */
export function fuzzyHits({
  texts,
  grams,
  pattern,
}: {
  texts: readonly string[];
  grams: GramIndex;
  pattern: string;
}): FuzzyHit[] {
  const errors = maxErrors({ length: pattern.length, threshold: FUZZY_THRESHOLD });
  if (errors === 0 || pattern.length < MIN_MATCH_LENGTH) return [];
  const candidates = gramCandidates({ grams, pattern, maxErrors: errors });
  // A text shorter than m − k is more than k edits from the pattern however it aligns.
  const shortest = pattern.length - errors;
  const hits: FuzzyHit[] = [];
  for (const record of candidates) {
    const text = texts[record]!;
    if (text.length < shortest) continue;
    const span = closestSubstring({ text, pattern });
    if (span.distance > errors) continue;
    const score = fuseScore({ pattern, text, threshold: FUZZY_THRESHOLD });
    if (score !== undefined) hits.push({ record, score, start: span.start, end: span.end });
  }
  return hits.sort((a, b) => a.score - b.score || a.record - b.record);
}
