import { useEffect, useRef } from 'preact/hooks';
import type { TermCard } from '../../lib/pack/term-card';
import { t } from '../../lib/i18n';
import { Excerpt } from '../shared/Excerpt';
import { TierLabel } from '../shared/TierLabel';

/** Every place a term occurs in the interview, with the current one stepped through. */
export function TermPlaces({
  card,
  placeIndex,
  onPlace,
  onClose,
}: {
  card: TermCard;
  placeIndex: number;
  onPlace: (index: number) => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [card.termId]);
  const count = card.places.length;
  return (
    <aside class="places" aria-labelledby="places-title">
      <div class="places-head">
        <h2 id="places-title" tabIndex={-1} ref={heading}>
          {t('readerPlacesTitle', [card.text])}
        </h2>
        <TierLabel tier={card.tier} />
        <button type="button" class="icon" aria-label={t('readerClosePlaces')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="pager" role="group" aria-label={t('cardPlaces', [count])}>
        <button
          type="button"
          class="button"
          aria-label={t('cardPrev')}
          onClick={() => onPlace((placeIndex - 1 + count) % count)}
        >
          ‹
        </button>
        <span aria-live="polite">{t('cardPosition', [placeIndex + 1, count])}</span>
        <button
          type="button"
          class="button"
          aria-label={t('cardNext')}
          onClick={() => onPlace((placeIndex + 1) % count)}
        >
          ›
        </button>
      </div>
      <ol class="place-list">
        {card.places.map((place, i) => (
          <li key={`${place.anchor}:${i}`}>
            <button
              type="button"
              class={`place${i === placeIndex ? ' current' : ''}`}
              aria-current={i === placeIndex ? 'true' : undefined}
              onClick={() => onPlace(i)}
            >
              <span class="qno">
                Q{place.qa}
                {place.part > 0 ? ` ¶${place.part}` : ''}
              </span>
              <span lang="zh">
                <Excerpt excerpt={place.excerpt} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
