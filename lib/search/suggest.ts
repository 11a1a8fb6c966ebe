import { isHan } from '../interview/cjk';
import { findTerms } from './find-terms';
import { normalizeQuery } from './normalize-query';
import type { SearchIndex } from './search-index';

/** A term offered as "did you mean …" after a query found nothing. */
export interface TermSuggestion {
  packId: string;
  termId: string;
  text: string;
}

/** Distinct Chinese characters of `text`: shared punctuation or Latin letters say nothing. */
function hanCharacters(text: string): Set<string> {
  return new Set(Array.from(text).filter((c) => isHan(c)));
}

/**
 * Terms by how many distinct Chinese characters of the query they contain, most first:
 * a query too far off for fuse (浙里拥友 has half its characters wrong) still
 * shares characters with what was meant.
 */
function bySharedCharacters(index: SearchIndex, folded: string): number[] {
  const wanted = hanCharacters(folded);
  const spelled = index.terms.map(() => new Set<string>());
  for (const form of index.hanForms) {
    for (const c of hanCharacters(form.value)) spelled[form.term]?.add(c);
  }
  const shared = spelled.map((chars) => [...wanted].filter((c) => chars.has(c)).length);
  return shared
    .map((count, term) => ({ count, term }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.term - b.term)
    .map(({ term }) => term);
}

/**
 * Up to `n` terms close to `query`: fuse's hits at the looser suggestion
 * threshold first, then (for Chinese input) terms sharing its characters.
 */
export function suggest(index: SearchIndex, query: string, n: number): TermSuggestion[] {
  const normalized = normalizeQuery({ query, foldTable: index.foldTable });
  if (normalized.folded === '' || n <= 0) return [];
  const ranked = findTerms({ index, query: normalized, fuse: index.loose }).map((hit) => hit.term);
  if (!normalized.pinyin) ranked.push(...bySharedCharacters(index, normalized.folded));
  return [...new Set(ranked)].slice(0, n).map((term) => {
    const { pack, term: t } = index.terms[term]!;
    return { packId: pack.id, termId: t.id, text: t.text };
  });
}
