import { HAN } from '../text/han';
import { createLexicon, type Lexicon } from '../text/segment';

/**
 * The edge lexicon: the frequent words of a segmentation dictionary (jieba's),
 * compact enough to ship in the options page, where pack import decides term
 * edges without native code. The data build uses the same file, so a bundled
 * pack and an imported one are cut by one rule.
 */
export interface EdgeLexiconFile {
  version: 1;
  /** Words below this frequency were left out (single characters are all kept). */
  minFrequency: number;
  /** Frequency mass of the whole dictionary, so scores match the full one's. */
  total: number;
  /**
   * Words grouped by length and by frequency rounded to a tenth of its natural
   * log (within 5%, which moves no segmentation that matters): the key is
   * `length:tenths`, the value the group's words run together.
   */
  groups: Record<string, string>;
}

/** Frequencies are kept to a tenth of their natural log. */
const LOG_STEP = 10;

/** Words longer than this never decide an edge within two characters of context. */
const MAX_WORD_LENGTH = 4;

const isHanWord = (word: string) => [...word].every((char) => HAN.test(char));

/** Selects the edge lexicon from a jieba-format dictionary (`word frequency tag` lines). */
export function selectEdgeLexicon(dictionary: string, minFrequency: number): EdgeLexiconFile {
  let total = 0;
  const groups: Record<string, string> = {};
  for (const line of dictionary.split('\n')) {
    const [word, count] = line.split(' ');
    const frequency = Number(count);
    if (!word || !(frequency > 0)) continue;
    total += frequency;
    if (!isHanWord(word) || word.length > MAX_WORD_LENGTH) continue;
    if (word.length > 1 && frequency < minFrequency) continue;
    const key = `${word.length}:${Math.round(Math.log(frequency) * LOG_STEP)}`;
    groups[key] = (groups[key] ?? '') + word;
  }
  return { version: 1, minFrequency, total, groups };
}

/** The lexicon a file holds; throws on a file of another shape. */
export function readEdgeLexicon(file: EdgeLexiconFile): Lexicon {
  if (file.version !== 1 || typeof file.groups !== 'object' || !file.groups || !(file.total > 0))
    throw new Error('not an edge lexicon (version 1)');
  const entries: [string, number][] = [];
  for (const [key, words] of Object.entries(file.groups)) {
    const [length, tenths] = key.split(':').map(Number);
    if (!length || tenths === undefined || typeof words !== 'string') continue;
    const frequency = Math.exp(tenths / LOG_STEP);
    for (let i = 0; i + length <= words.length; i += length)
      entries.push([words.slice(i, i + length), frequency]);
  }
  return createLexicon(entries, { total: file.total });
}
