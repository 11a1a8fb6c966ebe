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
  const aside = useRef<HTMLElement>(null);
  useEffect(() => heading.current?.focus(), [card.termId]);
  // The list sticks under the header; paragraphs scrolled to must clear it too.
  useEffect(() => {
    const element = aside.current;
    if (!element) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      root.setProperty('--places-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.setProperty('--places-height', '0px');
    };
  }, []);
  const count = card.places.length;
  const placeList = (
    <ol class="place-list">
      {card.places.map((place, i) => (
        <li key={`${place.paragraphId}:${i}`}>
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
  );
  return (
    <aside class="places" aria-labelledby="places-title" ref={aside}>
      <div class="places-head">
        <h2 id="places-title" tabIndex={-1} ref={heading}>
          {t('readerPlacesTitle', [card.text])}
        </h2>
        <TierLabel tier={card.tier} />
        <button type="button" class="icon" aria-label={t('readerClosePlaces')} onClick={onClose}>
          ×
        </button>
      </div>
      {count > 1 && (
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
      )}
      {count === 1 ? (
        placeList
      ) : (
        // Folded by default: in a narrow panel the whole list would cover the text.
        <details class="all-places">
          <summary>{t('readerAllPlaces', [count])}</summary>
          {placeList}
        </details>
      )}
    </aside>
  );
}
