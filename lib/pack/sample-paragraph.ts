import type { Pack } from './types';

/** Longest paragraph worth showing as a sample: a few lines in a narrow column. */
const MAX_SAMPLE_CHARS = 200;

/**
 * The answer paragraph that best shows what the lens marks: the one with the
 * most distinct distinctive terms among the short ones (then the most terms of
 * any tier, then the shortest). Used where a page needs an example to hover,
 * and works for any pack; undefined for a pack with no terms in its answers.
 */
export function sampleParagraph(pack: Pack): { id: string; text: string } | undefined {
  const terms = new Map<string, { distinctive: Set<string>; any: Set<string> }>();
  for (const term of pack.terms)
    for (const { qa, part } of term.occurrences) {
      if (part === 0) continue;
      const key = `${qa}:${part}`;
      const found = terms.get(key) ?? { distinctive: new Set(), any: new Set() };
      found.any.add(term.id);
      if (term.tier === 'distinctive') found.distinctive.add(term.id);
      terms.set(key, found);
    }
  const candidates = pack.entries.flatMap((entry) =>
    entry.paragraphs.flatMap((paragraph) => {
      const found = terms.get(`${entry.number}:${paragraph.n}`);
      return found ? [{ paragraph, ...found }] : [];
    }),
  );
  const short = candidates.filter(({ paragraph }) => paragraph.text.length <= MAX_SAMPLE_CHARS);
  const best = (short.length > 0 ? short : candidates).sort(
    (a, b) =>
      b.distinctive.size - a.distinctive.size ||
      b.any.size - a.any.size ||
      a.paragraph.text.length - b.paragraph.text.length,
  )[0];
  return best && { id: best.paragraph.id, text: best.paragraph.text };
}
