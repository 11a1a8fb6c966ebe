import type { Settings } from '../settings';
import type { TermMatcher } from './term-matcher';

/**
 * Decides which candidates may be marked, before overlaps are resolved (so a
 * term that is off never hides one that is on): subject probes never; terms the
 * reader switched off never; national slogans per setting; generic words only
 * on a page about their pack's subject.
 */
export function createTermGate({
  matcher,
  settings,
  onTopicPacks,
}: {
  matcher: TermMatcher;
  settings: Pick<Settings, 'markNational' | 'disabledTerms'>;
  onTopicPacks: ReadonlySet<string>;
}): (value: number) => boolean {
  const disabled = new Set(settings.disabledTerms);
  const active = matcher.refs.map((ref) => {
    if (disabled.has(ref.key)) return false;
    if (ref.tier === 'national') return settings.markNational;
    if (ref.tier === 'generic') return onTopicPacks.has(ref.packId);
    return true;
  });
  return (value) => active[value] ?? false;
}
