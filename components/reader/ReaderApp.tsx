import { useMemo, useState } from 'preact/hooks';
import type { Pack } from '../../lib/pack/types';
import { createSearchIndex } from '../../lib/search/search-index';
import { search } from '../../lib/search/search';
import { Reader } from './Reader';
import { ReaderFilter } from './ReaderFilter';

/** Enough results to cover every paragraph of a long interview. */
const FILTER_LIMIT = 500;

/** The side panel: the reader, narrowed by a filter that uses the popup's search module. */
export function ReaderApp({ packs, charFold }: { packs: readonly Pack[]; charFold: string }) {
  const index = useMemo(() => createSearchIndex({ packs, charFold }), [packs, charFold]);
  const [query, setQuery] = useState('');
  // Each paragraph the filter keeps, with the text it matched there (to mark it).
  const visibleParagraphs = useMemo(() => {
    if (query.trim() === '') return undefined;
    const matches = new Map<string, string>();
    for (const result of search(index, query, { limit: FILTER_LIMIT }))
      if (result.kind === 'passage') matches.set(result.paragraphId, result.excerpt.match);
    return matches;
  }, [index, query]);
  return (
    <Reader
      packs={packs}
      visibleParagraphs={visibleParagraphs}
      onFilterRequest={setQuery}
      filterSlot={
        <ReaderFilter query={query} matches={visibleParagraphs?.size} onQuery={setQuery} />
      }
    />
  );
}
