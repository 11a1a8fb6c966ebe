import type { Pack } from '../pack/types';
import { createFoldTable, type FoldTable } from '../text/fold';
import { createGramIndex, type GramIndex } from './gram-index';
import {
  hanForms,
  indexedTerms,
  latinForms,
  passageKey,
  passageRecords,
  type IndexedTerm,
  type PassageRecord,
  type TermForm,
} from './search-records';

/** A list of records with the texts the passes search and their bigram index. */
export interface SearchedRecords<T> {
  records: T[];
  /** What the exact and fuzzy passes read, by record position. */
  texts: string[];
  grams: GramIndex;
}

/** Everything the search needs, built once per set of packs. */
export interface SearchIndex {
  foldTable: FoldTable;
  terms: IndexedTerm[];
  /** Canonical text, aliases and Traditional forms of every term, folded. */
  hanForms: SearchedRecords<TermForm>;
  /** Pinyin run together (ü also as v and u) and initials of every term: what a Latin query is matched with. */
  pinyinForms: SearchedRecords<TermForm>;
  /** Pinyin with its syllables spaced, for a query typed with spaces or apostrophes. */
  syllableForms: SearchedRecords<TermForm>;
  /** Every question and answer paragraph, folded. */
  passages: SearchedRecords<PassageRecord>;
  /** Passage position by `passageKey`, to turn a term occurrence into a passage. */
  passageByKey: Map<string, number>;
}

function searched<T>(records: T[], text: (record: T) => string): SearchedRecords<T> {
  const texts = records.map(text);
  return { records, texts, grams: createGramIndex(texts) };
}

/** Builds the search index over every term and passage of `packs`; `charFold` as in a match index. */
export function createSearchIndex({
  packs,
  charFold,
}: {
  packs: readonly Pack[];
  charFold: string;
}): SearchIndex {
  const foldTable = createFoldTable(charFold);
  const terms = indexedTerms(packs);
  const passages = passageRecords({ packs, foldTable });
  return {
    foldTable,
    terms,
    hanForms: searched(hanForms({ terms, foldTable }), (f) => f.value),
    pinyinForms: searched(latinForms({ terms, spaced: false }), (f) => f.value),
    syllableForms: searched(latinForms({ terms, spaced: true }), (f) => f.value),
    passages: searched(passages, (p) => p.fold.folded),
    passageByKey: new Map(passages.map((p, i) => [passageKey(p), i])),
  };
}
