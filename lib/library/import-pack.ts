import { buildPackFromEntries, type PackBuild } from '../catalog/build-pack';
import type { Converters } from '../catalog/catalog-spec';
import type { WordBoundaries } from '../catalog/match-forms';
import type { PackFile } from './pack-file';

/** What importing needs beyond the file: the build's converters and word boundaries, loaded lazily. */
export interface ImportTools {
  converters: Converters;
  boundaries: WordBoundaries;
}

/**
 * Builds what the lens derives from a pack file, by the same pipeline as the
 * bundled data: spellings, edge tables, evidence rules, Traditional forms,
 * pinyin and places. A file whose catalog the build cannot accept (a term that
 * never occurs, an entry with no term) comes back with its problems listed.
 */
export function buildImportedPack(file: PackFile, tools: ImportTools): PackBuild {
  return buildPackFromEntries({
    entries: file.entries,
    spec: {
      packId: file.id,
      label: file.meta.title,
      subjects: file.catalog.subjects,
      terms: file.catalog.terms,
    },
    converters: tools.converters,
    boundaries: tools.boundaries,
    meta: file.meta,
  });
}

/**
 * A fingerprint of what a pack says (entries and catalog, not its name or id),
 * to tell an import that repeats a pack already in the library.
 */
export function packFingerprint(file: Pick<PackFile, 'entries' | 'catalog'>): string {
  const text = JSON.stringify([file.entries, file.catalog]);
  // FNV-1a over UTF-16 units: enough to tell packs apart, not a security hash.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
