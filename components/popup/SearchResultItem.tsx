import type { SearchResult } from '../../lib/search/search-result';
import { Excerpt } from '../shared/Excerpt';
import { TierLabel } from '../shared/TierLabel';
import { t } from '../../lib/i18n';

/**
 * One search result: a term (with how it matched) or a passage titled by its
 * question, and the pack it comes from when several are searched.
 */
export function SearchResultItem({
  result,
  packLabel,
}: {
  result: SearchResult;
  packLabel?: string;
}) {
  const from = packLabel && <span class="from">{packLabel}</span>;
  if (result.kind === 'term') {
    return (
      <>
        <span class="result-title">
          <span class="kind">{t('popupTerm')}</span>
          <strong lang="zh">{result.text}</strong> <TierLabel tier={result.tier} />
          {result.matchedVia !== 'text' && <span class="via">{result.matchedForm}</span>}
          {from}
        </span>
        <span class="result-excerpt" lang="zh">
          <Excerpt excerpt={result.excerpt} />
        </span>
      </>
    );
  }
  return (
    <>
      <span class="result-title">
        <span class="kind">{t('popupPassage')}</span>
        <span class="qno">
          Q{result.qa}
          {result.part > 0 ? ` ¶${result.part}` : ''}
        </span>{' '}
        {/* One line of the question: the excerpt below is what matched. */}·{' '}
        <span class="question-line" lang="zh" title={result.question}>
          {result.question}
        </span>
        {from}
      </span>
      <span class="result-excerpt" lang="zh">
        <Excerpt excerpt={result.excerpt} />
      </span>
    </>
  );
}
