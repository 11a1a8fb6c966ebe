/**
 * Limits on an interview a user pastes. The longest real interviews run to tens
 * of thousands of characters; these bounds are far above that, and keep a
 * mistaken paste (a book, a log, a binary file) from stalling the options page.
 * Lengths count UTF-16 code units, as String.length does.
 */

/** The longest text the parser reads. */
export const MAX_INTERVIEW_CHARS = 2_000_000;

/** The most entries (questions with their answers) one interview may hold. */
export const MAX_ENTRIES = 500;

/** The longest question or answer paragraph, after broken fragments are joined. */
export const MAX_PARAGRAPH_CHARS = 20_000;

/** Above this share of U+FFFD, the text was decoded from bytes that were not text. */
const MAX_REPLACEMENT_SHARE = 0.01;
const REPLACEMENT = 0xfffd;

/** Where `text` first shows it is binary data read as text (a NUL, or too many U+FFFD), or -1. */
export function binaryDataOffset(text: string): number {
  const nul = text.indexOf('\0');
  if (nul !== -1) return nul;
  let replacements = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== REPLACEMENT) continue;
    replacements++;
    if (first === -1) first = i;
  }
  return replacements > text.length * MAX_REPLACEMENT_SHARE ? first : -1;
}
