import { combineCharFolds } from '../lib/match/term-matcher';
import { bundledMatchIndexes } from './generated/bundled-match-indexes';

/** The bundled packs' Traditional folds in one table, for search. */
export const bundledCharFold = combineCharFolds(bundledMatchIndexes);
