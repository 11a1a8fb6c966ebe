import type { QaEntry } from '../pack/types';

/**
 * Adds each question's and paragraph's Traditional text (the first form the
 * converter gives: Taiwan's standard), for cards on Traditional pages. A text
 * that does not convert character for character gets none, since the terms'
 * offsets must hold in both; nor does one the conversion leaves unchanged.
 */
export function withTraditionalText(
  entries: QaEntry[],
  toTraditional: (text: string) => string[],
): QaEntry[] {
  const convert = (text: string): string | undefined => {
    const [converted] = toTraditional(text);
    return converted !== undefined && converted !== text && converted.length === text.length
      ? converted
      : undefined;
  };
  return entries.map((entry) => {
    const questionTraditional = convert(entry.question);
    return {
      ...entry,
      ...(questionTraditional && { questionTraditional }),
      paragraphs: entry.paragraphs.map((paragraph) => {
        const traditional = convert(paragraph.text);
        return traditional ? { ...paragraph, traditional } : paragraph;
      }),
    };
  });
}
