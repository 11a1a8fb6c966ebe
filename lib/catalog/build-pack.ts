import { parseInterview } from '../interview/parse-interview';
import type { MatchIndex, Pack, PackMeta, QaEntry } from '../pack/types';
import { buildCatalog } from './build-catalog';
import { withTraditionalText } from './traditional-text';
import type { CatalogSpec, Converters } from './catalog-spec';
import type { WordBoundaries } from './match-forms';

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
  boundaries,
}: {
  source: string;
  spec: CatalogSpec;
  converters: Converters;
  boundaries: WordBoundaries;
}): PackBuild {
  return buildPackFromEntries({ entries: parseInterview(source), spec, converters, boundaries });
}

/**
 * Builds a pack from entries already parsed (an imported pack file's), by the
 * same catalog rules as the bundled data.
 */
export function buildPackFromEntries({
  entries,
  spec,
  converters,
  boundaries,
  meta,
}: {
  entries: QaEntry[];
  spec: CatalogSpec;
  converters: Converters;
  boundaries: WordBoundaries;
  /** An imported pack's source; its catalog need not cover the whole interview. */
  meta?: PackMeta;
}): PackBuild {
  const { terms, matchIndex, problems, warnings } = buildCatalog({
    entries,
    spec,
    converters,
    boundaries,
    complete: !meta,
  });
  const pack: Pack = {
    id: spec.packId,
    label: spec.label,
    ...(meta ? { meta } : {}),
    subjects: spec.subjects,
    entries: withTraditionalText(entries, converters.toTraditional),
    terms,
  };
  return { pack, matchIndex, problems, warnings };
}
