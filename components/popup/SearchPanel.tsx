import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { echoQuery } from '../../lib/search/echo-query';
import { search } from '../../lib/search/search';
import type { SearchIndex } from '../../lib/search/search-index';
import type { SearchResult } from '../../lib/search/search-result';
import { suggest } from '../../lib/search/suggest';
import { t } from '../../lib/i18n';
import { SearchResultItem } from './SearchResultItem';

const RESULT_LIMIT = 20;

/**
 * The search box and its results, as a combobox: arrow keys move through the
 * results, Enter opens one, Esc clears the query.
 */
export function SearchPanel({
  index,
  onOpen,
  packLabel,
}: {
  index: SearchIndex;
  onOpen: (result: SearchResult) => void;
  /** The label of a result's pack, to show when several packs are searched. */
  packLabel?: (packId: string) => string | undefined;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => search(index, query, { limit: RESULT_LIMIT }), [index, query]);
  const suggestions = useMemo(
    () => (query.trim() !== '' && results.length === 0 ? suggest(index, query, 5) : []),
    [index, query, results.length],
  );
  const current = Math.min(active, results.length - 1);
  const optionId = (i: number) => `result-${i}`;
  // The selection moves with the arrow keys while focus stays in the box: the
  // list scrolls itself so the selected result stays in view.
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current
      ?.querySelector(`#${optionId(current)}`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }, [current, results]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const result = results[current];
      if (result) onOpen(result);
    } else if (event.key === 'Escape' && query !== '') {
      // Keep the popup open: the first Esc clears, the next one closes it.
      event.preventDefault();
      setQuery('');
      setActive(0);
    }
  };

  return (
    <section class="search" role="search" aria-label={t('popupSearchLabel')}>
      <label for="search-input" class="visually-hidden">
        {t('popupSearchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        class="search-field"
        role="combobox"
        autoFocus
        autocomplete="off"
        spellcheck={false}
        maxLength={500}
        placeholder={t('popupSearchPlaceholder')}
        aria-expanded={results.length > 0}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() === '' ? (
        <p class="guide">{t('popupGuide')}</p>
      ) : results.length === 0 ? (
        <div class="no-results" role="status">
          <p>{t('popupNoResults', [echoQuery(query)])}</p>
          {suggestions.length > 0 && (
            <p>
              {t('popupDidYouMean')}{' '}
              {suggestions.map((s) => (
                <button
                  type="button"
                  class="suggestion"
                  lang="zh"
                  key={`${s.packId}:${s.termId}`}
                  onClick={() => setQuery(s.text)}
                >
                  {s.text}
                </button>
              ))}
            </p>
          )}
        </div>
      ) : (
        <>
          <p class="visually-hidden" role="status">
            {t('popupResults', [results.length])}
          </p>
          <ul ref={list} id="search-results" role="listbox" aria-label={t('popupResultsLabel')}>
            {results.map((result, i) => (
              <li
                key={`${result.kind}:${result.packId}:${result.kind === 'term' ? result.termId : result.paragraphId}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                class={`result${i === current ? ' active' : ''}`}
                onClick={() => onOpen(result)}
                onMouseMove={() => i !== current && setActive(i)}
              >
                <SearchResultItem result={result} packLabel={packLabel?.(result.packId)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
