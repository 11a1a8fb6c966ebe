import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { readEdgeLexicon, selectEdgeLexicon, type EdgeLexiconFile } from './edge-lexicon';
import { createEdgeTableBuilder } from './edge-tables';
import type { WordBoundaries } from './match-forms';

// Build time only, like the converters: jieba's dictionary and segmenter never
// ship in the extension (see README, "Detection").

/** Words rarer than this are left out of the edge lexicon. */
const LEXICON_MIN_FREQUENCY = 50;
/** A word must be at least this frequent for a match's edge inside it to count. */
const CROSSING_MIN_FREQUENCY = 300;
/** Two-character contexts that keep an edge are listed from this frequency up. */
const PAIR_MIN_FREQUENCY = 3000;

/** The edge lexicon, selected from jieba's dictionary as @node-rs/jieba ships it. */
export function defaultEdgeLexicon(): EdgeLexiconFile {
  const dictionary = readFileSync(
    createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'),
    'utf8',
  );
  return selectEdgeLexicon(dictionary, LEXICON_MIN_FREQUENCY);
}

/** Word boundaries from the edge lexicon, and jieba (with its HMM) for the pack's own paragraphs. */
export function defaultBoundaries(lexiconFile: EdgeLexiconFile): WordBoundaries {
  const lexicon = readEdgeLexicon(lexiconFile);
  const jieba = Jieba.withDict(dict);
  return {
    isWord: (text) => lexicon.frequency(text) > 0,
    edgeTable: createEdgeTableBuilder({
      lexicon,
      minFrequency: CROSSING_MIN_FREQUENCY,
      minPairFrequency: PAIR_MIN_FREQUENCY,
    }),
    cutParagraph: (text) => {
      const cuts = new Set([0]);
      let at = 0;
      for (const word of jieba.cut(text, true)) cuts.add((at += word.length));
      return cuts;
    },
  };
}
