import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Pack } from '../pack/types';
import { createFoldTable } from '../text/fold';
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

/**
 * Fuzzy threshold of the search passes, chosen by tests/unit/search-threshold.test.ts.
 * With `ignoreLocation` fuse's score is errors ÷ query length, so 0.3 lets one wrong,
 * missing or extra character through in a 4–6 character query (营商环竟, 浙里勇有,
 * 中国最具幸福城市) and two from seven on. At 0.4 a 5-character query may lose two
 * characters, and 幸福感城市 starts to hit paragraphs that only share 城市 and one
 * more character; at 0.2 a typo in a 4-character query is no longer found.
 */
export const FUZZY_THRESHOLD = 0.3;

/** Looser threshold for `suggest`, which runs only after a query found nothing. */
export const SUGGEST_THRESHOLD = 0.6;

/**
 * Runs shorter than this are not fuzzy hits: one shared Chinese character (的, 市)
 * says nothing, while two usually form a word. Exact substrings of any length are
 * found by the exact pass, which does not go through fuse.
 */
export const MIN_MATCH_LENGTH = 2;

/**
 * Fuse's bitap works on at most 32 characters; a longer pattern is split and a
 * record matching any one piece counts as a hit, which for a pasted sentence
 * returns half the interview. Fuzzy passes take the query's first 32 characters;
 * the exact passes always use all of it.
 */
export const MAX_FUZZY_LENGTH = 32;

/** Everything the search needs, built once per set of packs. */
export interface SearchIndex {
  foldTable: Uint16Array;
  terms: IndexedTerm[];
  hanForms: TermForm[];
  latinForms: TermForm[];
  passages: PassageRecord[];
  /** Passage position by `passageKey`, to turn a term occurrence into a passage. */
  passageByKey: Map<string, number>;
  fuzzy: { han: Fuse<TermForm>; latin: Fuse<TermForm>; passages: Fuse<PassageRecord> };
  loose: { han: Fuse<TermForm>; latin: Fuse<TermForm> };
}

function fuseOptions<T>(threshold: number): IFuseOptions<T> {
  return {
    // Terms and passages are folded (lower-case, one width) when the index is built,
    // so fuse need not lower-case every text again on every keystroke.
    isCaseSensitive: true,
    // A Chinese slogan may sit anywhere in a 200-character paragraph.
    ignoreLocation: true,
    // Folded Chinese has no spaces, so fuse's word-count norm would only treat
    // pinyin forms differently from Chinese ones.
    ignoreFieldNorm: true,
    includeMatches: true,
    includeScore: true,
    minMatchCharLength: MIN_MATCH_LENGTH,
    threshold,
  };
}

const FORM_KEYS = ['value'];
const PASSAGE_KEYS = [{ name: 'folded', getFn: (p: PassageRecord) => p.fold.folded }];

/** A strict and a loose fuse over term forms, sharing one prebuilt fuse index. */
function formFuses(forms: TermForm[]): { fuzzy: Fuse<TermForm>; loose: Fuse<TermForm> } {
  const index = Fuse.createIndex(FORM_KEYS, forms);
  const make = (threshold: number): Fuse<TermForm> =>
    new Fuse(forms, { ...fuseOptions<TermForm>(threshold), keys: FORM_KEYS }, index);
  return { fuzzy: make(FUZZY_THRESHOLD), loose: make(SUGGEST_THRESHOLD) };
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
  const han = hanForms({ terms, foldTable });
  const latin = latinForms(terms);
  const passages = passageRecords({ packs, foldTable });
  const hanFuse = formFuses(han);
  const latinFuse = formFuses(latin);
  const passageIndex = Fuse.createIndex(PASSAGE_KEYS, passages);
  return {
    foldTable,
    terms,
    hanForms: han,
    latinForms: latin,
    passages,
    passageByKey: new Map(passages.map((p, i) => [passageKey(p), i])),
    fuzzy: {
      han: hanFuse.fuzzy,
      latin: latinFuse.fuzzy,
      passages: new Fuse(
        passages,
        { ...fuseOptions<PassageRecord>(FUZZY_THRESHOLD), keys: PASSAGE_KEYS },
        passageIndex,
      ),
    },
    loose: { han: hanFuse.loose, latin: latinFuse.loose },
  };
}
