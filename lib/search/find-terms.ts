import { TERM_TIERS } from '../pack/types';
import { containmentScore, fuzzyRank } from './containment-score';
import { fuzzyHits, MAX_FUZZY_LENGTH } from './fuzzy-match';
import type { NormalizedQuery } from './normalize-query';
import type { SearchIndex, SearchedRecords } from './search-index';
import type { TermForm } from './search-records';

/**
 * Pinyin shorter than this (about two syllables) gets no fuzzy pass: it is a prefix
 * being typed, which the exact pass answers, and with one error allowed in four or
 * five letters ying already matches xing, jing and yin all over the catalog.
 */
const MIN_FUZZY_PINYIN = 6;

/** A term that matched, through its best-matching spelling. */
export interface TermHit {
  /** Position of the term in `SearchIndex.terms`. */
  termIndex: number;
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

/** Rank of a hit's term tier: distinctive terms first. */
function tierRank(index: SearchIndex, hit: TermHit): number {
  return TERM_TIERS.indexOf(index.terms[hit.termIndex]!.term.tier);
}

/** Score first; then distinctive before generic terms, shorter before longer, catalog order. */
function compareTermHits(index: SearchIndex, a: TermHit, b: TermHit): number {
  return (
    a.score - b.score ||
    tierRank(index, a) - tierRank(index, b) ||
    a.form.value.length - b.form.value.length ||
    a.termIndex - b.termIndex
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
  const literal = query.syllables ?? query.text;
  // A one-letter pinyin query matches thousands of spellings: a hit object is
  // made only for a spelling that beats the term's current best.
  const offer = (form: TermForm, score: number): void => {
    const current = best.get(form.termIndex);
    const beats =
      !current ||
      score < current.score ||
      (score === current.score && isBetter({ form, than: current.form, query: literal }));
    if (beats) best.set(form.termIndex, { termIndex: form.termIndex, form, score });
  };
  const passes: [SearchedRecords<TermForm>, string | undefined][] = [
    [index.hanForms, query.folded],
    [index.pinyinForms, query.pinyin],
    [index.syllableForms, query.syllables?.includes(' ') ? query.syllables : undefined],
  ];
  for (const [forms, text] of passes) {
    if (text === undefined) continue;
    for (let i = 0; i < forms.texts.length; i++) {
      const score = containmentScore({ value: forms.texts[i]!, query: text });
      if (score !== undefined) offer(forms.records[i]!, score);
    }
  }
  const tooShort = query.pinyin !== undefined && query.pinyin.length < MIN_FUZZY_PINYIN;
  if (best.size < limit && !tooShort) {
    const forms = query.pinyin ? index.pinyinForms : index.hanForms;
    const pattern = (query.pinyin ?? query.folded).slice(0, MAX_FUZZY_LENGTH);
    for (const { record, score } of fuzzyHits({ ...forms, pattern })) {
      offer(forms.records[record]!, fuzzyRank(score));
    }
  }
  return [...best.values()].sort((a, b) => compareTermHits(index, a, b));
}
