import { FOLDED_DASH, SKIP, foldText, foldUnit, type FoldTable } from '../text/fold';

/** Text folded for search, with a map from each folded unit back to the source text. */
export interface FoldedText {
  folded: string;
  /** `starts[i]` is the source index of folded unit `i`. */
  starts: Uint32Array;
  /** `ends[i]` is the source index just after the units folded into unit `i` (a dash run is one unit). */
  ends: Uint32Array;
}

/**
 * Folds `text` exactly like `foldText`, keeping offsets: a hit found in the folded
 * text (where spaces are dropped and dash runs collapsed) must be highlighted at
 * the right place in the text the user reads.
 */
export function foldWithOffsets(text: string, table: FoldTable): FoldedText {
  const folded = foldText(text, table);
  const starts = new Uint32Array(folded.length);
  const ends = new Uint32Array(folded.length);
  let out = -1;
  let previous = SKIP;
  for (let i = 0; i < text.length; i++) {
    const unit = foldUnit(table, text.charCodeAt(i));
    if (unit === SKIP) continue;
    if (unit === FOLDED_DASH && previous === FOLDED_DASH) {
      ends[out] = i + 1;
      continue;
    }
    out++;
    starts[out] = i;
    ends[out] = i + 1;
    previous = unit;
  }
  return { folded, starts, ends };
}

/** Maps the folded range `[start, end)` back to a source range; `end > start` is required. */
export function sourceRange({
  text,
  start,
  end,
}: {
  text: FoldedText;
  start: number;
  end: number;
}): { start: number; end: number } {
  return { start: text.starts[start] ?? 0, end: text.ends[end - 1] ?? 0 };
}
