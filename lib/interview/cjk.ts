/** Character classes shared by the interview parser's rules. */

import { HAN } from '../text/han';

/** True for a Han character (Simplified or Traditional). */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/**
 * True for characters that make a neighbouring ASCII mark "Chinese punctuation":
 * Han, CJK symbols and punctuation, full-width forms, and curly or corner quotes.
 */
export function isCjkContext(char: string | undefined): boolean {
  if (char === undefined) return false;
  if (isHan(char)) return true;
  const code = char.charCodeAt(0);
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2018 && code <= 0x201f)
  );
}
