import { t } from '../../lib/i18n';
import { echoQuery } from '../../lib/search/echo-query';

/** The reader's filter box; the count says how many paragraphs match. */
export function ReaderFilter({
  query,
  matches,
  onQuery,
}: {
  query: string;
  /** Paragraphs and questions shown, or undefined when not filtering. */
  matches: number | undefined;
  onQuery: (query: string) => void;
}) {
  return (
    <div class="filter" role="search">
      <label for="reader-filter" class="visually-hidden">
        {t('readerFilterLabel')}
      </label>
      <input
        id="reader-filter"
        type="search"
        class="search-field"
        autocomplete="off"
        maxLength={500}
        placeholder={t('readerFilterPlaceholder')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && query !== '' && (e.preventDefault(), onQuery(''))}
      />
      {matches !== undefined && (
        <p class="filter-count" role="status">
          {matches > 0
            ? t('readerFilterCount', [matches])
            : t('readerFilterNone', [echoQuery(query)])}{' '}
          <button type="button" class="link" onClick={() => onQuery('')}>
            {t('readerFilterClear')}
          </button>
        </p>
      )}
    </div>
  );
}
