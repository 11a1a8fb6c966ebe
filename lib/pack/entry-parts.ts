import type { QaEntry } from './types';

/**
 * A question or one of its answer paragraphs. Occurrences, search records,
 * cards and citations all address text this way: part 0 is the question, part
 * n the n-th answer paragraph.
 */
export interface EntryPart {
  part: number;
  /** `qa-4` for the question, `qa-4-p2` for a paragraph. */
  paragraphId: string;
  text: string;
}

export const QUESTION_PART = 0;

/** The texts of an entry in reading order: the question, then each answer paragraph. */
export function entryParts(entry: QaEntry): EntryPart[] {
  return [
    { part: QUESTION_PART, paragraphId: entry.id, text: entry.question },
    ...entry.paragraphs.map((p) => ({ part: p.n, paragraphId: p.id, text: p.text })),
  ];
}

/** One part of an entry by its number, or undefined when the entry has no such part. */
export function entryPart(entry: QaEntry, part: number): EntryPart | undefined {
  if (part === QUESTION_PART) return { part, paragraphId: entry.id, text: entry.question };
  const paragraph = entry.paragraphs[part - 1];
  return paragraph && { part, paragraphId: paragraph.id, text: paragraph.text };
}
