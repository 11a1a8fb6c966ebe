import type { TermTier } from '../../lib/pack/types';
import { t, type MessageKey } from '../../lib/i18n';

const TIER_MESSAGE: Record<TermTier, MessageKey> = {
  distinctive: 'tierDistinctive',
  national: 'tierNational',
  generic: 'tierGeneric',
};

/** What the UI calls a tier. */
export const tierName = (tier: TermTier): string => t(TIER_MESSAGE[tier]);

/** A small badge saying what kind of term this is. */
export function TierLabel({ tier }: { tier: TermTier }) {
  return <span class={`tier tier-${tier}`}>{tierName(tier)}</span>;
}
