import type { WordBoundaries } from '../../lib/catalog/match-forms';

/** No dictionary: no word crosses an edge, nothing is a word of its own, and no pair is everyday. */
export const noBoundaries: WordBoundaries = {
  isWord: () => false,
  edgeTable: () => ({ before: '', after: '' }),
  isEverydayPair: () => false,
};
