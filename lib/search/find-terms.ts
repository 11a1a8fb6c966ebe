import { TERM_TIERS } from '../pack/types';
import { containmentScore, fuzzyRank } from './containment-score';
import { fuzzyHits, MAX_FUZZY_LENGTH } from './fuzzy-match';
import type { NormalizedQuery } from './normalize-query';
import type { SearchIndex, SearchedRecords } from './search-index';
import type { TermForm } from './search-records';

/** A term that matched, through its best-matching spelling. */
export interface TermHit {
  /** Position of the term in `SearchIndex.terms`. */
  term: number;
  form: TermForm;
  score: number;
}

// When two spellings score alike, the one the user literally typed names the
// match (兩個先行 → 'traditional'); otherwise the canonical text comes first.
const VIA_ORDER = ['text', 'alias', 'traditional', 'pinyin', 'initials'];

function isBetter({
  form,
  than,
  query,
}: {
  form: TermForm;
  than: TermForm;
  query: string;
}): boolean {
  const literal = Number(form.raw.includes(query)) - Number(than.raw.includes(query));
  if (literal !== 0) return literal > 0;
  return VIA_ORDER.indexOf(form.via) < VIA_ORDER.indexOf(than.via);
}

/** Score first; then distinctive before generic terms, shorter before longer, catalog order. */
function compareTermHits(index: SearchIndex, a: TermHit, b: TermHit): number {
  const tier = (hit: TermHit): number => TERM_TIERS.indexOf(index.terms[hit.term]!.term.tier);
  return (
    a.score - b.score ||
    tier(a) - tier(b) ||
    a.form.value.length - b.form.value.length ||
    a.term - b.term
  );
}

/**
 * Finds matching terms, best spelling per term, ranked: every spelling holding the
 * folded query (or, for Latin input, the pinyin) as a substring, then fuse's fuzzy
 * hits on Chinese or pinyin spellings. The fuzzy pass is skipped once the exact
 * pass fills `limit`, since every fuzzy hit would rank below those.
 */
export function findTerms({
  index,
  query,
  limit,
}: {
  index: SearchIndex;
  query: NormalizedQuery;
  limit: number;
}): TermHit[] {
  const best = new Map<number, TermHit>();
  // A one-letter pinyin query matches thousands of spellings: a hit object is
  // made only for a spelling that beats the term's current best.
  const offer = (form: TermForm, score: number): void => {
    const current = best.get(form.term);
    if (
      !current ||
      score < current.score ||
      (score === current.score && isBetter({ form, than: current.form, query: query.text }))
    ) {
      best.set(form.term, { term: form.term, form, score });
    }
  };
  const exact = (forms: SearchedRecords<TermForm>, text: string): void => {
    forms.records.forEach((form, i) => {
      const score = containmentScore({ value: forms.texts[i]!, query: text });
      if (score !== undefined) offer(form, score);
    });
  };

  exact(index.hanForms, query.folded);
  if (query.pinyin) exact(index.latinForms, query.pinyin);
  if (best.size < limit) {
    const forms = query.pinyin ? index.latinForms : index.hanForms;
    const pattern = (query.pinyin ?? query.folded).slice(0, MAX_FUZZY_LENGTH);
    for (const { record, score } of fuzzyHits({ ...forms, pattern })) {
      offer(forms.records[record]!, fuzzyRank(score));
    }
  }
  return [...best.values()].sort((a, b) => compareTermHits(index, a, b));
}
