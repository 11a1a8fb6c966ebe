import { HAN } from '../text/han';

/** Han characters from which a stretch no dictionary word covers is a coinage of its own. */
const COINAGE_LENGTH = 6;
/** What splits a slogan into its halves, folded or not: commas, 、, middle dots, spaces. */
const SEPARATORS = /[,，、·・•\s]/;

/**
 * A coinage: some stretch of six or more Han characters, unbroken by a
 * separator, that the dictionary does not list as one word (国家单项冠军之城).
 * A slogan of short halves (立市之本、强市之基) is stock phrasing, not a coinage.
 * Both the spellings the lens marks and the terms import proposes are judged by it.
 */
export function isCoinage(text: string, isWord: (stretch: string) => boolean): boolean {
  return text
    .split(new RegExp(SEPARATORS, 'g'))
    .some(
      (stretch) =>
        [...stretch].filter((c) => HAN.test(c)).length >= COINAGE_LENGTH && !isWord(stretch),
    );
}
