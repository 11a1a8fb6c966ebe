import type { QaEntry, Script } from './types';

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

/**
 * One part of an entry by its number, or undefined when the entry has no such
 * part; in Traditional characters when asked and the pack has them.
 */
export function entryPart(
  entry: QaEntry,
  part: number,
  script: Script = 'simplified',
): EntryPart | undefined {
  const traditional = script === 'traditional';
  if (part === QUESTION_PART) {
    const text = (traditional && entry.questionTraditional) || entry.question;
    return { part, paragraphId: entry.id, text };
  }
  const paragraph = entry.paragraphs[part - 1];
  const text = paragraph && ((traditional && paragraph.traditional) || paragraph.text);
  return paragraph && text !== undefined ? { part, paragraphId: paragraph.id, text } : undefined;
}
