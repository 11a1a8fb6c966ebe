/**
 * Types of an interview pack: the unit of bundled (and, later, imported) data.
 * Everything that crosses a process boundary (background ↔ content ↔ pages) is
 * described here, so each side agrees on one shape.
 */

/** The script a page is written in, and so the one its cards quote the interview in. */
export type Script = 'simplified' | 'traditional';

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
  /**
   * The text in Traditional characters (Taiwan standard), made when the pack is
   * built and only where it converts character for character, so occurrence
   * offsets hold in both. Cards on Traditional pages quote it.
   */
  traditional?: string;
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
  /** The question in Traditional characters, as `Paragraph.traditional`. */
  questionTraditional?: string;
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

/** What the reader says of an imported pack's source, shown as given and never invented. */
export interface PackMeta {
  title: string;
  /** Who published it, as the reader writes it (a paper, an agency). */
  source: string;
  url?: string;
  /** As the reader writes it, e.g. 2022-06-01. */
  date?: string;
}

export interface Pack {
  /** Pack id, used to namespace paragraphIds and term ids when several packs are loaded. */
  id: string;
  /** A neutral label chosen by this project, not taken from the source; for an imported pack, its title. */
  label: string;
  /** An imported pack's source, as the reader gave it (the bundled pack has none). */
  meta?: PackMeta;
  /** Names of the interview's subject; a page naming one nearby is "about" the interview. */
  subjects: PackSubjects;
  entries: QaEntry[];
  terms: Term[];
}

/**
 * Contexts that put a form's first or last character inside a word of the
 * page (see lib/catalog/edge-tables.ts): space-separated strings of one or two
 * characters, folded, nearest character next to the form. After a single
 * character, `!` lists the characters that pair with it into a context that
 * keeps the edge although it alone would not (before: `为!作` for 作为).
 */
export interface EdgeTable {
  before: string;
  after: string;
}

/** One spelling the lens looks for, and what a match of it needs. */
export interface MatchForm {
  /** Folded text. */
  text: string;
  /**
   * False for a self-evident form (it names the pack's place, or is a coinage
   * no dictionary word covers): it marks anywhere. True when a match needs
   * evidence on the page (see lib/match/evidence.ts).
   */
  needsEvidence: boolean;
  edges: EdgeTable;
}

/** The words that tell a page is about a pack's subject, folded. */
export interface PackSubjects {
  /** The place itself and its short forms (宁波, 甬). */
  place: string[];
  /** The wider region (浙江, 浙). */
  region: string[];
}

/** Two-character words the interview puts right before and right after a term, folded. */
export interface Collocations {
  before: string[];
  after: string[];
}

/** The slice of a pack the content script needs: no interview text, only what matching uses. */
export interface MatchIndex {
  packId: string;
  /** Pairs of UTF-16 code units: variant, then the form the catalog uses (e.g. 裡里裏里). */
  charFold: string;
  terms: {
    id: string;
    tier: TermTier;
    forms: MatchForm[];
    /** The interview's own words around a generic term (lib/catalog/interview-collocations.ts). */
    collocations?: Collocations;
  }[];
  subjects: PackSubjects;
}
