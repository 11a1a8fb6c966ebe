import { combineCharFolds } from '../lib/match/term-matcher';
import type { MatchIndex } from '../lib/pack/types';
import ningbo2022 from './generated/ningbo-2022.match.json';

/** The content script's slice of each bundled pack: term ids, forms and folds, no text. */
export const bundledMatchIndexes: readonly MatchIndex[] = [ningbo2022 as MatchIndex];

/** The bundled packs' Traditional folds in one table, for search. */
export const bundledCharFold = combineCharFolds(bundledMatchIndexes);
