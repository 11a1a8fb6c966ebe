import { entryPart, QUESTION_PART } from './entry-parts';
import { excerptAround, type Excerpt } from '../interview/excerpt';
import type { Pack, PackMeta, Script, TermTier } from './types';

/** One place in the interview where a term occurs, ready to show. */
export interface CardPlace {
  qa: number;
  /** 0 for the question, else the answer paragraph number. */
  part: number;
  /** Deep-link paragraphId: `qa-4` for a question, `qa-4-p2` for a paragraph. */
  paragraphId: string;
  question: string;
  excerpt: Excerpt;
}

/** What the hover card shows for a term. */
export interface TermCard {
  packId: string;
  packLabel: string;
  /** The pack's source, for citations, when the pack records one. */
  packMeta?: PackMeta;
  termId: string;
  text: string;
  tier: TermTier;
  places: CardPlace[];
}

/**
 * Builds a term's card from its pack, quoting the interview in the page's
 * script where the pack has it; undefined for an unknown term.
 */
export function buildTermCard(
  pack: Pack,
  termId: string,
  script: Script = 'simplified',
): TermCard | undefined {
  const term = pack.terms.find((t) => t.id === termId);
  if (!term) return undefined;
  const places = term.occurrences.flatMap((o): CardPlace[] => {
    const entry = pack.entries.find((e) => e.number === o.qa);
    const place = entry && entryPart(entry, o.part, script);
    const question = entry && entryPart(entry, QUESTION_PART, script);
    if (!place || !question) return [];
    return [
      {
        qa: o.qa,
        part: o.part,
        paragraphId: place.paragraphId,
        question: question.text,
        excerpt: excerptAround({ text: place.text, start: o.start, end: o.end }),
      },
    ];
  });
  return {
    packId: pack.id,
    packLabel: pack.label,
    ...(pack.meta && { packMeta: pack.meta }),
    termId: term.id,
    // Taiwan's form comes first among the Traditional ones the build made.
    text: (script === 'traditional' && term.traditional[0]) || term.text,
    tier: term.tier,
    places,
  };
}
