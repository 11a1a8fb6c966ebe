import { isCjkContext, isHan } from './cjk';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};

const DIGIT = /[0-9]/;

/**
 * Restores Chinese full-width punctuation that text extraction turned half-width.
 * A mark is restored next to Chinese characters or quotes, and at the end of a
 * paragraph that contains Chinese; a comma between digits (1,000) is left alone.
 */
export function restoreFullWidthPunctuation(paragraph: string): string {
  const chars = Array.from(paragraph);
  const lastIndex = chars.length - 1;
  const hasHan = chars.some((c) => isHan(c));
  return chars
    .map((char, i) => {
      const fullWidth = FULL_WIDTH[char];
      if (fullWidth === undefined) return char;
      const prev = chars[i - 1];
      const next = chars[i + 1];
      if (prev !== undefined && next !== undefined && DIGIT.test(prev) && DIGIT.test(next)) {
        return char;
      }
      const atChineseEnd = i === lastIndex && hasHan;
      return atChineseEnd || isCjkContext(prev) || isCjkContext(next) ? fullWidth : char;
    })
    .join('');
}
