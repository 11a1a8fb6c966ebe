import type { MessageKey } from '../i18n';
import { QUESTION_PART } from './entry-parts';
import { labelNoteKey, type LabelBy } from './label-by';
import type { TermCard } from './term-card';

type Translate = (key: MessageKey, substitutions?: (string | number)[]) => string;

/** Quotes a passage and adds a source line naming the pack's own label (marked as such) and the place. */
export function quoteWithSource({
  passage,
  packLabel,
  labelBy,
  qa,
  part,
  t,
}: {
  passage: string;
  packLabel: string;
  labelBy: LabelBy;
  qa: number;
  /** 0 for the question, else the answer paragraph number. */
  part: number;
  t: Translate;
}): string {
  const note = t(labelNoteKey(labelBy));
  const source =
    part === QUESTION_PART
      ? t('citationSourceQuestion', [packLabel, note, qa])
      : t('citationSource', [packLabel, note, qa, part]);
  return `“${passage}”\n${source}`;
}

/** The text the card's "copy with citation" puts on the clipboard: the excerpt and its source. */
export function citationText({
  card,
  placeIndex,
  t,
}: {
  card: TermCard;
  placeIndex: number;
  t: Translate;
}): string {
  const place = card.places[placeIndex];
  if (!place) return card.text;
  const { before, match, after, clippedStart, clippedEnd } = place.excerpt;
  const passage = `${clippedStart ? '…' : ''}${before}${match}${after}${clippedEnd ? '…' : ''}`;
  return quoteWithSource({
    passage,
    packLabel: card.packLabel,
    labelBy: card.labelBy,
    qa: place.qa,
    part: place.part,
    t,
  });
}
