import type { Script } from '../pack/types';
import { foldUnit, type FoldTable } from '../text/fold';
import { HAN } from '../text/han';

/**
 * The script a page writes a term in: Traditional when one of its Han
 * characters folds to another (the packs' Traditional → Simplified pairs, in
 * the matcher's fold table), Simplified otherwise. Characters both scripts
 * share say nothing, so a term written only with them reads as Simplified.
 */
export function scriptOfText(text: string, foldTable: FoldTable): Script {
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && foldUnit(foldTable, unit) !== unit && HAN.test(char))
      return 'traditional';
  }
  return 'simplified';
}
