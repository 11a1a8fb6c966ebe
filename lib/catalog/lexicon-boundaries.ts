import { readEdgeLexicon, type EdgeLexiconFile } from './edge-lexicon';
import { createEdgeTableBuilder } from './edge-tables';
import type { WordBoundaries } from './match-forms';

/** A word must be at least this frequent for a match's edge inside it to count. */
const CROSSING_MIN_FREQUENCY = 300;
/** Two-character contexts that keep an edge are listed from this frequency up. */
const PAIR_MIN_FREQUENCY = 3000;

/**
 * Word boundaries from the edge lexicon alone: what every build has, the data
 * build in Node and pack import in an extension page alike.
 */
export function boundariesFromLexicon(lexiconFile: EdgeLexiconFile): WordBoundaries {
  const lexicon = readEdgeLexicon(lexiconFile);
  return {
    isWord: (text) => lexicon.frequency(text) > 0,
    edgeTable: createEdgeTableBuilder({
      lexicon,
      minFrequency: CROSSING_MIN_FREQUENCY,
      minPairFrequency: PAIR_MIN_FREQUENCY,
    }),
  };
}
