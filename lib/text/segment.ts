/**
 * Word segmentation by the most likely path through a dictionary, the way
 * jieba cuts without its HMM: every dictionary word that starts at a position
 * is a step, scored by the log of its relative frequency, and an unknown
 * character is a one-character word of frequency 1.
 */

/** Words with their frequencies, ready for segmentation. */
export interface Lexicon {
  /** log(frequency / total), or undefined for a word the lexicon lacks. */
  logProb(word: string): number | undefined;
  /** The frequency the lexicon gives a word (0 when it lacks it). */
  frequency(word: string): number;
  /** Every word the lexicon holds. */
  words(): string[];
  /** The score of a character the lexicon lacks. */
  readonly unknownLogProb: number;
  readonly maxWordLength: number;
}

/**
 * A lexicon from (word, frequency) pairs. `total` is the frequency mass the
 * scores are relative to: that of the full dictionary when these entries are a
 * selection of it, so a selection scores words as the full one does.
 */
export function createLexicon(
  entries: Iterable<readonly [string, number]>,
  { total: givenTotal }: { total?: number } = {},
): Lexicon {
  const frequencies = new Map<string, number>();
  let total = 0;
  let maxWordLength = 1;
  for (const [word, frequency] of entries) {
    if (!(frequency > 0) || word === '') continue;
    frequencies.set(word, (frequencies.get(word) ?? 0) + frequency);
    total += frequency;
    maxWordLength = Math.max(maxWordLength, word.length);
  }
  const logTotal = Math.log(Math.max(givenTotal ?? total, 1));
  return {
    logProb(word) {
      const frequency = frequencies.get(word);
      return frequency === undefined ? undefined : Math.log(frequency) - logTotal;
    },
    frequency: (word) => frequencies.get(word) ?? 0,
    words: () => [...frequencies.keys()],
    unknownLogProb: -logTotal,
    maxWordLength,
  };
}

/**
 * The word boundaries of the most likely segmentation of `text`: offsets from
 * 0 to `text.length`, both included. Ties keep the longer first word.
 */
export function segment(text: string, lexicon: Lexicon): number[] {
  const n = text.length;
  // best[i]: score of the best segmentation of text[i..]; next[i]: where its first word ends.
  const best = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = Number.NEGATIVE_INFINITY;
    const longest = Math.min(n, i + lexicon.maxWordLength);
    for (let end = longest; end > i; end--) {
      const score =
        lexicon.logProb(text.slice(i, end)) ?? (end === i + 1 ? lexicon.unknownLogProb : undefined);
      if (score === undefined) continue;
      const total = score + best[end]!;
      if (total > best[i]!) {
        best[i] = total;
        next[i] = end;
      }
    }
  }
  const boundaries = [0];
  for (let i = 0; i < n; i = next[i]!) boundaries.push(next[i]!);
  return boundaries;
}
