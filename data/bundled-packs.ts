import type { Pack } from '../lib/pack/types';
import ningbo2022 from './generated/ningbo-2022.pack.json';

/**
 * Packs that ship with the extension, built by `npm run data` from data/packs/.
 * Imported packs will join these at run time; everything downstream takes a list.
 */
export const bundledPacks: readonly Pack[] = [ningbo2022 as Pack];
