import { excerptAround, type Excerpt } from '../interview/excerpt';
import { FUZZY_BASE } from './containment-score';
import { findPassages, type PassageHit } from './find-passages';
import { findTerms, type TermHit } from './find-terms';
import { normalizeQuery } from './normalize-query';
import type { SearchIndex } from './search-index';
import type { PassageResult, SearchResult, TermResult } from './search-result';
import { occurrenceHits } from './term-occurrences';

/** Results returned when the caller sets no limit. */
const DEFAULT_LIMIT = 20;

/** Results are scanned, not read: about three lines of a popup around the hit. */
const EXCERPT_LENGTH = 80;

/**
 * Passages where the best pinyin hits occur: the passages themselves are Chinese,
 * so a query typed by sound reaches them only through the terms it names.
 */
function soundPassages(index: SearchIndex, terms: readonly TermHit[]): PassageHit[] {
  const best = terms[0];
  if (!best || best.score >= FUZZY_BASE) return [];
  return terms
    .filter((hit) => hit.score === best.score)
    .flatMap((hit) => occurrenceHits({ index, termIndex: hit.termIndex, score: hit.score }));
}

/** One hit per passage (the best), by score and then reading order. */
function mergePassageHits(hits: readonly PassageHit[]): PassageHit[] {
  const best = new Map<number, PassageHit>();
  for (const hit of hits) {
    const current = best.get(hit.passage);
    if (!current || hit.score < current.score) best.set(hit.passage, hit);
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.passage - b.passage);
}

function toTermResult(index: SearchIndex, hit: TermHit): TermResult {
  const { pack, term } = index.terms[hit.termIndex]!;
  const place = occurrenceHits({ index, termIndex: hit.termIndex, score: hit.score })[0];
  const passage = place && index.passages.records[place.passage];
  const excerpt: Excerpt =
    place && passage
      ? excerptAround({
          text: passage.text,
          start: place.start,
          end: place.end,
          maxLength: EXCERPT_LENGTH,
        })
      : { before: '', match: term.text, after: '', clippedStart: false, clippedEnd: false };
  return {
    kind: 'term',
    packId: pack.id,
    termId: term.id,
    text: term.text,
    tier: term.tier,
    score: hit.score,
    matchedVia: hit.form.via,
    matchedForm: hit.form.raw,
    paragraphId: passage?.paragraphId,
    excerpt,
  };
}

function toPassageResult(index: SearchIndex, hit: PassageHit): PassageResult {
  const passage = index.passages.records[hit.passage]!;
  return {
    kind: 'passage',
    packId: passage.packId,
    qa: passage.qa,
    part: passage.part,
    paragraphId: passage.paragraphId,
    question: passage.question,
    excerpt: excerptAround({
      text: passage.text,
      start: hit.start,
      end: hit.end,
      maxLength: EXCERPT_LENGTH,
    }),
    score: hit.score,
  };
}

/**
 * Searches terms and passages. Terms come first (an exact term first of all),
 * then passages, each by score. Terms may fill at most half of `limit` when
 * passages are waiting, so a query naming many terms still shows where they are said.
 */
export function search(
  index: SearchIndex,
  query: string,
  { limit = DEFAULT_LIMIT }: { limit?: number } = {},
): SearchResult[] {
  const normalized = normalizeQuery({ query, foldTable: index.foldTable });
  if (normalized.folded === '' || limit <= 0) return [];
  const terms = findTerms({ index, query: normalized, limit });
  const passages = mergePassageHits([
    ...findPassages({ index, query: normalized, limit }),
    ...(normalized.pinyin ? soundPassages(index, terms) : []),
  ]);
  const termCount = Math.min(terms.length, Math.max(limit - passages.length, Math.ceil(limit / 2)));
  return [
    ...terms.slice(0, termCount).map((hit) => toTermResult(index, hit)),
    ...passages.slice(0, limit - termCount).map((hit) => toPassageResult(index, hit)),
  ];
}
