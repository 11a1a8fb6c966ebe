import type { TermTier } from '../../lib/pack/types';
import { t, type MessageKey } from '../../lib/i18n';

const TIER_MESSAGE: Record<TermTier, MessageKey> = {
  distinctive: 'tierDistinctive',
  national: 'tierNational',
  generic: 'tierGeneric',
};

/** What each tier means for marking, as a tooltip. */
const TIER_HINT: Record<TermTier, MessageKey> = {
  distinctive: 'tierDistinctiveHint',
  national: 'tierNationalHint',
  generic: 'tierGenericHint',
};

/** What the UI calls a tier. */
export const tierName = (tier: TermTier): string => t(TIER_MESSAGE[tier]);

/** A small badge saying what kind of term this is, and (on hover) what that means. */
export function TierLabel({ tier }: { tier: TermTier }) {
  return (
    <span class={`tier tier-${tier}`} title={t(TIER_HINT[tier])}>
      {tierName(tier)}
    </span>
  );
}
