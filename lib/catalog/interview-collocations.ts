import type { Collocations } from '../pack/types';
import { foldUnit, SKIP, type FoldTable } from '../text/fold';
import { HAN } from '../text/han';
import { isQuoteMark } from '../text/quote-marks';
import type { WordBoundaries } from './match-forms';

/** A piece of the interview's text and where a term is in it. */
export interface TermPlace {
  text: string;
  start: number;
  end: number;
}

/** How many Han characters on each side make a collocation. */
const COLLOCATION_LENGTH = 2;
/** How far to look, past quote marks and skipped units. */
const COLLOCATION_REACH = 8;
/** 的 right before a term is left out: 创新驱动的主引擎 and 创新驱动主引擎 say the same. */
const DE = '的';

/**
 * The interview's own words right around a term: at each of its places, the
 * two Han characters before it (past quote marks and a 的) and after it,
 * folded as the matcher folds a page. Everyday pairs (管理, 这一) are left out,
 * since any text puts them beside any word. A page that puts one of these
 * pairs beside the term uses it as the interview does (lib/match/select-matches.ts
 * reads a page's side the same way).
 */
export function interviewCollocations({
  places,
  foldTable,
  boundaries,
}: {
  places: readonly TermPlace[];
  foldTable: FoldTable;
  boundaries: Pick<WordBoundaries, 'isEverydayPair'>;
}): Collocations | undefined {
  const before = new Set<string>();
  const after = new Set<string>();
  const fold = (text: string, i: number) => {
    const char = text[i]!;
    // Quote marks: one text puts them around a term, another leaves them off.
    if (isQuoteMark(char)) return '';
    const unit = foldUnit(foldTable, text.charCodeAt(i));
    return unit === SKIP ? '' : String.fromCharCode(unit);
  };
  /** Han characters from `from` stepping by `step`; undefined at anything else. */
  const read = (text: string, from: number, step: 1 | -1, leaveOut?: string) => {
    let pair = '';
    for (let i = from, seen = 0; i >= 0 && i < text.length && seen < COLLOCATION_REACH; i += step) {
      seen++;
      const char = fold(text, i);
      if (char === '') continue;
      if (!HAN.test(char)) return undefined;
      if (char === leaveOut && pair === '') {
        leaveOut = undefined;
        continue;
      }
      pair = step === 1 ? pair + char : char + pair;
      if (pair.length === COLLOCATION_LENGTH) return pair;
    }
    return undefined;
  };
  const add = (set: Set<string>, pair: string | undefined) => {
    if (pair && !boundaries.isEverydayPair(pair)) set.add(pair);
  };
  for (const { text, start, end } of places) {
    add(before, read(text, start - 1, -1, DE));
    add(after, read(text, end, 1));
  }
  return before.size + after.size > 0 ? { before: [...before], after: [...after] } : undefined;
}
