import type { Segment } from '../../lib/reader/segment-text';
import { t } from '../../lib/i18n';

/**
 * Moves focus to the previous or next term of the same paragraph, which then
 * becomes the paragraph's one tab stop (a roving tabindex: Tab goes paragraph
 * by paragraph, ← and → go term by term).
 */
function moveAmongTerms(from: HTMLElement, step: 1 | -1): void {
  const terms = Array.from(
    from.closest('.paragraph, .question')?.querySelectorAll<HTMLElement>('.term') ?? [],
  );
  const next = terms[terms.indexOf(from) + step];
  if (!next) return;
  from.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

/** Paragraph text with each term occurrence as a button that lists the term's places. */
export function TermText({
  segments,
  termText,
  isOnPage,
  isSelected,
  onSelect,
}: {
  segments: Segment[];
  termText: (termIndex: number) => string;
  isOnPage: (termIndex: number) => boolean;
  isSelected: (termIndex: number) => boolean;
  onSelect: (termIndex: number, occurrenceStart: number) => void;
}) {
  let offset = 0;
  const firstTerm = segments.findIndex((segment) => segment.termIndex !== undefined);
  return (
    <>
      {segments.map((segment, index) => {
        const start = offset;
        offset += segment.text.length;
        if (segment.termIndex === undefined) return segment.text;
        const termIndex = segment.termIndex;
        const onPage = isOnPage(termIndex);
        return (
          // A span, not a <button>: buttons are atomic inline boxes, and a long
          // term would jump to the next line instead of wrapping with the text.
          <span
            role="button"
            tabIndex={index === firstTerm ? 0 : -1}
            class={`term${onPage ? ' on-page' : ''}${isSelected(termIndex) ? ' selected' : ''}`}
            aria-pressed={isSelected(termIndex)}
            title={onPage ? `${termText(termIndex)} · ${t('readerAlsoOnPage')}` : undefined}
            onClick={() => onSelect(termIndex, start)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                event.preventDefault();
                moveAmongTerms(event.currentTarget, event.key === 'ArrowRight' ? 1 : -1);
                return;
              }
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              onSelect(termIndex, start);
            }}
          >
            {segment.text}
            {onPage && <span class="visually-hidden"> ({t('readerAlsoOnPage')})</span>}
          </span>
        );
      })}
    </>
  );
}
