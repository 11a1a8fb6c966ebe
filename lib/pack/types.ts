/**
 * Types of an interview pack: the unit of bundled (and, later, imported) data.
 * Everything that crosses a process boundary (background ↔ content ↔ pages) is
 * described here, so each side agrees on one shape.
 */

/** How strongly a term signals that a page is about the interview's subject. */
export type TermTier = 'distinctive' | 'national' | 'generic';

export const TERM_TIERS: readonly TermTier[] = ['distinctive', 'national', 'generic'];

/** One answer paragraph, addressable as `qa-<entry>-p<n>`. */
export interface Paragraph {
  /** Stable paragraphId, e.g. `qa-4-p2`. */
  id: string;
  /** 1-based position within its answer. */
  n: number;
  text: string;
}

/** A photo credit or caption that sat inside an entry in the source. */
export interface Caption {
  text: string;
  /** Number of answer paragraphs that precede the caption in the source. */
  afterParagraph: number;
}

/** One numbered question and its answer. */
export interface QaEntry {
  /** The interview's own number (the seed starts at 2). */
  number: number;
  /** Paragraph id of the entry, e.g. `qa-4`. */
  id: string;
  question: string;
  paragraphs: Paragraph[];
  captions: Caption[];
}

/** Where a term occurs: `part` is 0 for the question, otherwise the paragraph number. */
export interface Occurrence {
  qa: number;
  part: number;
  start: number;
  end: number;
}

export interface Term {
  /** Stable id, unique within its pack. */
  id: string;
  /** Canonical (Simplified) text as the interview writes it. */
  text: string;
  tier: TermTier;
  /** Other Simplified spellings that name the same thing. */
  aliases: string[];
  /** Whole-term Traditional forms (Taiwan and Hong Kong standards), for display and search. */
  traditional: string[];
  /** Toneless pinyin syllables, space separated. */
  pinyin: string;
  /** Pinyin initials, one letter per syllable. */
  initials: string;
  /** Whether the interview itself puts the phrase in quotes. */
  quoted: boolean;
  occurrences: Occurrence[];
}

export interface Pack {
  /** Pack id, used to namespace paragraphIds and term ids when several packs are loaded. */
  id: string;
  /** A neutral label chosen by this project, not taken from the source. */
  label: string;
  /** Names of the interview's subject; a page naming one is "about" the interview. */
  subjects: string[];
  entries: QaEntry[];
  terms: Term[];
}

/** The slice of a pack the content script needs: no interview text, only what matching uses. */
export interface MatchIndex {
  packId: string;
  /** Pairs of UTF-16 code units: variant, then the form the catalog uses (e.g. 裡里裏里). */
  charFold: string;
  terms: { id: string; tier: TermTier; forms: string[] }[];
  subjects: string[];
}
