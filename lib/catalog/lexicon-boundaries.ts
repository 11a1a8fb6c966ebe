import { readEdgeLexicon, type EdgeLexiconFile } from './edge-lexicon';
import { createEdgeTableBuilder } from './edge-tables';
import type { WordBoundaries } from './match-forms';

/** A word must be at least this frequent for a match's edge inside it to count. */
const CROSSING_MIN_FREQUENCY = 300;
/** Two-character contexts that keep an edge are listed from this frequency up. */
const PAIR_MIN_FREQUENCY = 3000;

/** A two-character word this frequent is everyday (坚持, 管理, 方面, 城市). */
const EVERYDAY_WORD_FREQUENCY = 10_000;
/** So is a pair of characters that are each this frequent (这一, 和是): function words. */
const EVERYDAY_CHAR_FREQUENCY = 100_000;

/**
 * Word boundaries from the edge lexicon alone: what every build has, the data
 * build in Node and pack import in an extension page alike.
 */
export function boundariesFromLexicon(lexiconFile: EdgeLexiconFile): WordBoundaries {
  const lexicon = readEdgeLexicon(lexiconFile);
  return {
    isWord: (text) => lexicon.frequency(text) > 0,
    isEverydayPair: (pair) =>
      lexicon.frequency(pair) >= EVERYDAY_WORD_FREQUENCY ||
      [...pair].every((char) => lexicon.frequency(char) >= EVERYDAY_CHAR_FREQUENCY),
    edgeTable: createEdgeTableBuilder({
      lexicon,
      minFrequency: CROSSING_MIN_FREQUENCY,
      minPairFrequency: PAIR_MIN_FREQUENCY,
    }),
  };
}
