import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { selectEdgeLexicon, type EdgeLexiconFile } from './edge-lexicon';
import { boundariesFromLexicon } from './lexicon-boundaries';
import type { WordBoundaries } from './match-forms';

// Build time only, like the converters: jieba's dictionary and segmenter never
// ship in the extension (see README, "Detection").

/** Words rarer than this are left out of the edge lexicon. */
const LEXICON_MIN_FREQUENCY = 50;

/** jieba's dictionary (`word frequency tag` lines), as @node-rs/jieba ships it. */
export function jiebaDictionary(): string {
  return readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
}

/** The edge lexicon, selected from jieba's dictionary. */
export function defaultEdgeLexicon(): EdgeLexiconFile {
  return selectEdgeLexicon(jiebaDictionary(), LEXICON_MIN_FREQUENCY);
}

/**
 * The lexicon's boundaries, and jieba with its HMM for the pack's own
 * paragraphs (it joins words no dictionary lists, such as 锻强 in 锻强制造).
 */
export function defaultBoundaries(lexiconFile: EdgeLexiconFile): WordBoundaries {
  const jieba = Jieba.withDict(dict);
  return {
    ...boundariesFromLexicon(lexiconFile),
    cutParagraph: (text) => {
      const cuts = new Set([0]);
      let at = 0;
      for (const word of jieba.cut(text, true)) cuts.add((at += word.length));
      return cuts;
    },
  };
}
