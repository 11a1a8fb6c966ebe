import type { MessageKey } from '../i18n';
import type { TermCard } from './term-card';

/**
 * The text "copy with citation" puts on the clipboard: the excerpt, then a
 * source line naming the pack's own label (marked as such) and the place.
 */
export function citationText({
  card,
  placeIndex,
  t,
}: {
  card: TermCard;
  placeIndex: number;
  t: (key: MessageKey, substitutions?: (string | number)[]) => string;
}): string {
  const place = card.places[placeIndex];
  if (!place) return card.text;
  const { before, match, after, clippedStart, clippedEnd } = place.excerpt;
  const passage = `${clippedStart ? '…' : ''}${before}${match}${after}${clippedEnd ? '…' : ''}`;
  const note = t('packLabelNote');
  const source =
    place.part === 0
      ? t('citationSourceQuestion', [card.packLabel, note, place.qa])
      : t('citationSource', [card.packLabel, note, place.qa, place.part]);
  return `“${passage}”\n${source}`;
}
