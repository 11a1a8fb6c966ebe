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
          <button
            type="button"
            class={`term${onPage ? ' on-page' : ''}${isSelected(termIndex) ? ' selected' : ''}`}
            aria-pressed={isSelected(termIndex)}
            title={onPage ? `${termText(termIndex)} · ${t('readerAlsoOnPage')}` : undefined}
            onClick={() => onSelect(termIndex, start)}
          >
            {segment.text}
            {onPage && <span class="visually-hidden"> ({t('readerAlsoOnPage')})</span>}
          </button>
        );
      })}
    </>
  );
}
