import type Fuse from 'fuse.js';
import type { NormalizedQuery } from './normalize-query';
import { MAX_FUZZY_LENGTH, type SearchIndex } from './search-index';
import type { TermForm } from './search-records';
import { TERM_TIERS } from '../pack/types';
import { containmentScore, fuzzyScore } from './containment-score';

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

function isBetter({ hit, than, query }: { hit: TermHit; than: TermHit; query: string }): boolean {
  if (hit.score !== than.score) return hit.score < than.score;
  const literal = Number(hit.form.raw.includes(query)) - Number(than.form.raw.includes(query));
  if (literal !== 0) return literal > 0;
  return VIA_ORDER.indexOf(hit.form.via) < VIA_ORDER.indexOf(than.form.via);
}

/** The forms a query is compared with: pinyin for Latin input, Chinese spellings always. */
function searchedForms(index: SearchIndex, query: NormalizedQuery): [TermForm[], string][] {
  const han: [TermForm[], string] = [index.hanForms, query.folded];
  return query.pinyin ? [[index.latinForms, query.pinyin], han] : [han];
}

/** Finds matching terms: every folded substring, then fuse's fuzzy hits; best spelling per term, ranked. */
export function findTerms({
  index,
  query,
  fuse,
}: {
  index: SearchIndex;
  query: NormalizedQuery;
  /** The fuse pair to run: strict for search, loose for suggestions. */
  fuse: { han: Fuse<TermForm>; latin: Fuse<TermForm> };
}): TermHit[] {
  const best = new Map<number, TermHit>();
  const offer = (hit: TermHit): void => {
    const current = best.get(hit.term);
    if (!current || isBetter({ hit, than: current, query: query.text })) best.set(hit.term, hit);
  };

  for (const [forms, text] of searchedForms(index, query)) {
    for (const form of forms) {
      const score = containmentScore({ value: form.value, query: text });
      if (score !== undefined) offer({ term: form.term, form, score });
    }
  }
  const fuzzyText = (query.pinyin ?? query.folded).slice(0, MAX_FUZZY_LENGTH);
  const fuzzy = query.pinyin ? fuse.latin : fuse.han;
  for (const result of fuzzy.search(fuzzyText)) {
    offer({ term: result.item.term, form: result.item, score: fuzzyScore(result.score ?? 1) });
  }
  return [...best.values()].sort((a, b) => compareTermHits(index, a, b));
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
