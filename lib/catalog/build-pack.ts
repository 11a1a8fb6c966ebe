import { parseInterview } from '../interview/parse-interview';
import type { MatchIndex, Pack } from '../pack/types';
import { createFoldTable, foldText } from '../text/fold';
import { buildCatalog } from './build-catalog';
import type { CatalogSpec, Converters } from './catalog-spec';

/** A built pack, the content script's slice of it, and what the build has to say. */
export interface PackBuild {
  pack: Pack;
  matchIndex: MatchIndex;
  problems: string[];
  warnings: string[];
}

/** Builds a pack from its source text and curated catalog. Throws only on unparseable text. */
export function buildPack({
  source,
  spec,
  converters,
}: {
  source: string;
  spec: CatalogSpec;
  converters: Converters;
}): PackBuild {
  const entries = parseInterview(source);
  const { terms, charFold, problems, warnings } = buildCatalog({ entries, spec, converters });
  const table = createFoldTable(charFold);
  const pack: Pack = {
    id: spec.packId,
    label: spec.label,
    subjects: spec.subjects,
    entries,
    terms,
  };
  const matchIndex: MatchIndex = {
    packId: spec.packId,
    charFold,
    subjects: spec.subjects.map((s) => foldText(s, table)),
    terms: terms.map((t) => ({
      id: t.id,
      tier: t.tier,
      forms: [...new Set([t.text, ...t.aliases].map((f) => foldText(f, table)))],
    })),
  };
  return { pack, matchIndex, problems, warnings };
}
