import { isCardView } from '../page/card-view';
import { isLensStats } from '../page/lens-stats';
import { isFrameTerms } from '../tab-terms';
import type { ContentProtocol } from './content-protocol';
import type { ResponseOf } from './protocol';

type ReplyGuards = {
  [K in keyof ContentProtocol]: (value: unknown) => value is ResponseOf<ContentProtocol, K>;
};

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * Checks of content-script replies, for drivers outside the extension (the
 * end-to-end tests, the benchmark, the demo), which receive them as plain data.
 */
export const contentReplyGuards: ReplyGuards = {
  getPageTerms: isFrameTerms,
  getLensStats: (value): value is LensStatsOrNull => value === null || isLensStats(value),
  getCardView: (value): value is CardViewOrNull => value === null || isCardView(value),
  stepTerm: isBoolean,
  revealTerm: isBoolean,
  storageChanged: (value): value is null => value === null,
};

type CardViewOrNull = ResponseOf<ContentProtocol, 'getCardView'>;
type LensStatsOrNull = ResponseOf<ContentProtocol, 'getLensStats'>;
