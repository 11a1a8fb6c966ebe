import { proposeCatalog, type ProposedTerm } from '../catalog/propose-terms';
import type { PlaceNames } from '../catalog/place-names';
import { parseInterview } from '../interview/parse-interview';
import type { PackMeta } from '../pack/types';
import type { Lexicon } from '../text/segment';
import { PACK_FORMAT, type PackFile } from './pack-file';

/** A pasted interview read and given a first catalog, for the user to review before saving. */
export interface PackDraft {
  file: PackFile;
  /** The proposed terms with their counts and why each was proposed (the file holds the catalog). */
  proposals: ProposedTerm[];
}

/**
 * Reads pasted text with the same parser as the bundled data (same layouts,
 * same repairs) and proposes its terms and subjects. Throws the parser's
 * InterviewParseError, with a line, when the text is no interview.
 */
export function draftPackFromText({
  text,
  meta,
  id,
  lexicon,
  placeNames,
}: {
  text: string;
  meta: PackMeta;
  id: string;
  lexicon: Lexicon;
  placeNames: PlaceNames;
}): PackDraft {
  const entries = parseInterview(text);
  const proposal = proposeCatalog({ entries, lexicon, placeNames });
  return {
    file: {
      format: PACK_FORMAT,
      version: 1,
      id,
      meta,
      entries,
      catalog: {
        terms: proposal.terms.map(({ id: termId, text: termText, tier }) => ({
          id: termId,
          text: termText,
          tier,
        })),
        subjects: proposal.subjects,
      },
    },
    proposals: proposal.terms,
  };
}

/** An id for a new pack that no pack in `taken` uses: `pack-1`, `pack-2` … */
export function freshPackId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`pack-${n}`)) return `pack-${n}`;
}
