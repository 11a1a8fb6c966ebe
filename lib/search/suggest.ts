import { isHan } from '../interview/cjk';
import { fuseScore, MAX_FUZZY_LENGTH, SUGGEST_THRESHOLD } from './fuzzy-match';
import { sharedGramCounts } from './gram-index';
import { normalizeQuery } from './normalize-query';
import type { SearchIndex } from './search-index';

/** A term offered as "did you mean …" after a query found nothing. */
export interface TermSuggestion {
  packId: string;
  termId: string;
  text: string;
}

/** Spellings scored by fuse at most, taken by most shared bigrams, so a suggestion costs little more than a search. */
const POOL_SIZE = 64;

/** Distinct Chinese characters of `text`: shared punctuation or Latin letters say nothing. */
function hanCharacters(text: string): Set<string> {
  return new Set(Array.from(text).filter((c) => isHan(c)));
}

/**
 * Terms ranked by fuse at the looser suggestion threshold, among the spellings
 * sharing most bigrams (two-character words, or pinyin letter pairs) with the query.
 */
function byFuzzyScore({
  index,
  pattern,
  latin,
}: {
  index: SearchIndex;
  pattern: string;
  latin: boolean;
}): number[] {
  const forms = latin ? index.pinyinForms : index.hanForms;
  const counts = sharedGramCounts({ grams: forms.grams, pattern });
  const pool = [...counts.keys()]
    .filter((record) => counts[record]! > 0)
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, POOL_SIZE);
  return pool
    .flatMap((record) => {
      const score = fuseScore({
        pattern,
        text: forms.texts[record]!,
        threshold: SUGGEST_THRESHOLD,
      });
      return score === undefined ? [] : [{ termIndex: forms.records[record]!.termIndex, score }];
    })
    .sort((a, b) => a.score - b.score || a.termIndex - b.termIndex)
    .map(({ termIndex }) => termIndex);
}

/**
 * Terms by how many distinct Chinese characters of the query they contain, most first:
 * a query too far off for fuse (浙里拥友 has half its characters wrong) still
 * shares characters with what was meant.
 */
function bySharedCharacters(index: SearchIndex, folded: string): number[] {
  const wanted = [...hanCharacters(folded)];
  if (wanted.length === 0) return [];
  const shared = new Map<number, Set<string>>();
  for (const form of index.hanForms.records) {
    for (const c of wanted) {
      if (!form.value.includes(c)) continue;
      const chars = shared.get(form.termIndex) ?? new Set<string>();
      shared.set(form.termIndex, chars.add(c));
    }
  }
  return [...shared]
    .sort(([a, ca], [b, cb]) => cb.size - ca.size || a - b)
    .map(([termIndex]) => termIndex);
}

/**
 * Up to `n` terms close to `query`: fuse's hits at the looser suggestion
 * threshold first, then (for Chinese input) terms sharing its characters.
 */
export function suggest(index: SearchIndex, query: string, n: number): TermSuggestion[] {
  const normalized = normalizeQuery({ query, foldTable: index.foldTable });
  if (normalized.folded === '' || n <= 0) return [];
  const latin = normalized.pinyin !== undefined;
  const pattern = (normalized.pinyin ?? normalized.folded).slice(0, MAX_FUZZY_LENGTH);
  const ranked = byFuzzyScore({ index, pattern, latin });
  if (!latin) ranked.push(...bySharedCharacters(index, normalized.folded));
  return [...new Set(ranked)].slice(0, n).map((term) => {
    const { pack, term: t } = index.terms[term]!;
    return { packId: pack.id, termId: t.id, text: t.text };
  });
}
