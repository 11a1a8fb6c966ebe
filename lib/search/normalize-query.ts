import { foldText, type FoldTable } from '../text/fold';

/** Longest query searched, in code points; a pasted page is cut here, not rejected. */
export const MAX_QUERY_LENGTH = 200;

/** A query ready for every pass of the search. */
export interface NormalizedQuery {
  /** Trimmed, NFKC, whitespace collapsed and cut to `MAX_QUERY_LENGTH`: what the user meant to type. */
  text: string;
  /** `text` folded like the interview (width, punctuation, Traditional → Simplified, no spaces). */
  folded: string;
  /** For a Latin-only query, lower-case pinyin without spaces or apostrophes; else undefined. */
  pinyin: string | undefined;
  /** For a Latin-only query, lower-case pinyin with each space or apostrophe run as one space; else undefined. */
  syllables: string | undefined;
}

// A lone surrogate cannot be folded or shown; removing it keeps the rest searchable.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Bidi marks and other invisible format characters come along when text is copied
// from RTL or rich pages; the interview has none, so they only stop a match.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const WHITESPACE_RUN = /\s+/g;
// Pinyin as people type it: letters (ü, or v for it), syllables split by spaces or apostrophes.
const LATIN_QUERY = /^[a-zü'’\s]+$/;
const PINYIN_SEPARATORS = /[\s'’]+/g;

/** Cuts to `max` code points, so a surrogate pair is never split. */
function cutCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text.slice(0, max * 2))
    .slice(0, max)
    .join('');
}

/** Normalises raw input from the search box; never throws, whatever the input. */
export function normalizeQuery({
  query,
  foldTable,
}: {
  query: string;
  foldTable: FoldTable;
}): NormalizedQuery {
  // Cut before NFKC so a 10,000-character paste costs no more than a short query;
  // the margin leaves room for whitespace that collapsing removes.
  const cleaned = cutCodePoints(query, MAX_QUERY_LENGTH * 2)
    .replace(LONE_SURROGATE, '')
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
  const text = cutCodePoints(cleaned, MAX_QUERY_LENGTH);
  const lower = text.toLowerCase();
  const latin = LATIN_QUERY.test(lower) && lower.replace(PINYIN_SEPARATORS, '') !== '';
  return {
    text,
    folded: foldText(text, foldTable),
    pinyin: latin ? lower.replace(PINYIN_SEPARATORS, '') : undefined,
    syllables: latin ? lower.replace(PINYIN_SEPARATORS, ' ').trim() : undefined,
  };
}
