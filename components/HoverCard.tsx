import { useState } from 'preact/hooks';
import type { TermCard } from '../lib/pack/term-card';
import type { MuteScope } from '../lib/protocol/background-protocol';
import type { CardTextSize, Theme } from '../lib/settings/settings';
import { t, uiLanguage } from '../lib/i18n';
import { QUESTION_PART } from '../lib/pack/entry-parts';
import { readerAddress } from '../lib/reader/reader-address';
import { Excerpt } from './shared/Excerpt';
import { TierLabel } from './shared/TierLabel';

export type CardState =
  | { status: 'loading'; text: string }
  | { status: 'ready'; card: TermCard }
  | { status: 'unavailable'; text: string };

export interface HoverCardProps {
  state: CardState;
  /** Opens the place's paragraph in the reader, at its address (`pack:qa-4-p2`). */
  onReadFull(address: string): void;
  /** Copies a place's excerpt with its citation; resolves to whether it worked. */
  onCopy(card: TermCard, placeIndex: number): Promise<boolean>;
  onClose(): void;
  /**
   * Stops marking the card's term, or marking on this site; the popup and the
   * options page undo it. Absent where there is no site (a preview on an extension page).
   */
  onMute?(scope: MuteScope, card: TermCard): void;
  appearance: CardAppearance;
  /** A line about how "Read in full" behaves in this browser, if it needs saying. */
  readerNote?: string;
}

export interface CardAppearance {
  theme: Theme;
  cardTextSize: CardTextSize;
}

/** The scale of each text size; the card's text sizes are multiples of it (hover-card.css). */
const TEXT_SCALE: Record<CardTextSize, number> = { small: 0.9, medium: 1, large: 1.2, larger: 1.4 };

/**
 * The card shown on a marked term: which questions of the interview mention it,
 * the sentence around it, a pager over its places, and actions. A non-modal
 * dialog (not a tooltip) because it holds buttons.
 */
export function HoverCard({
  state,
  onReadFull,
  onCopy,
  onClose,
  onMute,
  readerNote,
  appearance,
}: HoverCardProps) {
  const [placeIndex, setPlaceIndex] = useState(0);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const heading = state.status === 'ready' ? state.card.text : state.text;
  const card = state.status === 'ready' ? state.card : undefined;
  const places = card?.places ?? [];
  const index = Math.min(placeIndex, Math.max(0, places.length - 1));
  const place = places[index];

  const go = (step: number) => {
    setPlaceIndex((index + step + places.length) % places.length);
    setCopyStatus('idle');
  };

  return (
    <div
      class="card"
      data-theme={appearance.theme}
      style={{ '--text-scale': TEXT_SCALE[appearance.cardTextSize] }}
      lang={uiLanguage()}
      role="dialog"
      aria-modal="false"
      aria-labelledby="il-card-name il-card-term"
      aria-describedby={place ? 'il-card-excerpt' : undefined}
      tabIndex={-1}
    >
      {/* Not a header: inside a dialog that would be a stray banner landmark. */}
      <div class="head">
        <span id="il-card-name" class="visually-hidden">
          {t('extName')}
        </span>
        <h2 id="il-card-term" class="term" lang="zh">
          {heading}
        </h2>
        {card && <TierLabel tier={card.tier} />}
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {state.status === 'loading' && <p class="status">{t('cardLoading')}</p>}
      {state.status === 'unavailable' && <p class="status">{t('cardUnavailable')}</p>}
      {card && place && (
        <>
          {place.part === QUESTION_PART ? (
            // The excerpt is the question itself: the line names it instead of repeating it.
            <p class="question">
              <span class="qno">Q{place.qa}</span> · {t('cardInQuestion')}
            </p>
          ) : (
            <p class="question" lang="zh">
              <span class="qno">Q{place.qa}</span> · {place.question}
            </p>
          )}
          <blockquote id="il-card-excerpt" class="excerpt" lang="zh">
            <Excerpt excerpt={place.excerpt} />
          </blockquote>
          <div class="actions">
            {places.length > 1 && (
              <div class="pager" role="group" aria-label={t('cardPlaces', [places.length])}>
                <button type="button" aria-label={t('cardPrev')} onClick={() => go(-1)}>
                  ‹
                </button>
                <span class="position" aria-live="polite">
                  <span class="visually-hidden">
                    {t('cardPosition', [index + 1, places.length])}
                  </span>
                  <span aria-hidden="true">
                    {index + 1} / {places.length}
                  </span>
                </span>
                <button type="button" aria-label={t('cardNext')} onClick={() => go(1)}>
                  ›
                </button>
                <span class="places">{t('cardPlaces', [places.length])}</span>
              </div>
            )}
            {/* The two buttons wrap as one, so neither sits alone on a row. */}
            <div class="buttons">
              <button
                type="button"
                class="action"
                onClick={() => onReadFull(readerAddress(card.packId, place.paragraphId))}
              >
                {t('cardReadFull')}
              </button>
              <button
                type="button"
                class="action"
                onClick={() =>
                  void onCopy(card, index).then((ok) => setCopyStatus(ok ? 'copied' : 'failed'))
                }
              >
                {copyStatus === 'copied' ? t('cardCopied') : t('cardCopy')}
              </button>
            </div>
          </div>
          <p class="visually-hidden" role="status">
            {copyStatus === 'copied' ? t('cardCopiedStatus') : ''}
          </p>
          {readerNote && <p class="status">{readerNote}</p>}
          {copyStatus === 'failed' && (
            <p class="status" role="alert">
              {t('cardCopyFailed')}
            </p>
          )}
          <p class="source">{card.packLabel}</p>
          {onMute && (
            <p class="mute" role="group" aria-label={t('cardMuteLabel')}>
              <button type="button" class="link" onClick={() => onMute('term', card)}>
                {t('cardMuteTerm')}
              </button>
              <button type="button" class="link" onClick={() => onMute('site', card)}>
                {t('cardMuteSite')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
