import type { PackSubjects, TermTier } from '../pack/types';

/** One curated term: what a person decides; everything else is computed. */
export interface TermSpec {
  id: string;
  text: string;
  tier: TermTier;
  aliases?: string[];
}

/** The curated input of a pack's build, next to its source text. */
export interface CatalogSpec {
  packId: string;
  /** A neutral label of the project's own; shown as such, never as the source's title. */
  label: string;
  /** The interview's place and region words (Simplified); see `PackSubjects`. */
  subjects: PackSubjects;
  terms: TermSpec[];
}

/** Build-time text conversions, injected so the catalog logic stays pure and testable. */
export interface Converters {
  /** Traditional renderings of a Simplified string (e.g. Taiwan and Hong Kong standards). */
  toTraditional(text: string): string[];
  /** Toneless pinyin syllables of the Han characters in a string. */
  toPinyin(text: string): string[];
}
