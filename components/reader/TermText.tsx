import type { Segment } from '../../lib/reader/segment-text';
import { t } from '../../lib/i18n';

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
  return (
    <>
      {segments.map((segment) => {
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
            tabIndex={0}
            class={`term${onPage ? ' on-page' : ''}${isSelected(termIndex) ? ' selected' : ''}`}
            aria-pressed={isSelected(termIndex)}
            title={onPage ? `${termText(termIndex)} · ${t('readerAlsoOnPage')}` : undefined}
            onClick={() => onSelect(termIndex, start)}
            onKeyDown={(event) => {
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
