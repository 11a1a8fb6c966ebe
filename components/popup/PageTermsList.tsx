import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/protocol/messaging';
import type { Pack } from '../../lib/pack/types';
import { parseTermKey } from '../../lib/pack/term-key';
import { t } from '../../lib/i18n';
import type { PageStatus } from './usePageStatus';

/** The interview terms the tab's page mentions, most frequent first; a click reveals the next one. */
export function PageTermsList({
  status,
  packs,
  tabId,
}: {
  status: PageStatus;
  packs: readonly Pack[];
  tabId: number | undefined;
}) {
  const textOf = (key: string) => {
    const parsed = parseTermKey(key);
    const pack = packs.find((p) => p.id === parsed?.packId);
    return pack?.terms.find((term) => term.id === parsed?.termId)?.text;
  };
  // The list shows three rows; "Show all" appears only when it holds more.
  const list = useRef<HTMLUListElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const rows =
    status.kind === 'terms'
      ? Object.entries(status.terms.counts)
          .map(([key, count]) => ({ key, count, text: textOf(key) }))
          .filter((row): row is { key: string; count: number; text: string } => !!row.text)
          .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'zh'))
      : [];
  useLayoutEffect(() => {
    const element = list.current;
    setOverflows(!!element && element.scrollHeight > element.clientHeight + 1);
  }, [rows.length, expanded]);

  // Screen readers hear one short sentence (role="status"), never every chip.
  let body;
  if (status.kind === 'terms') {
    body =
      rows.length === 0 ? (
        <p class="status" role="status">
          {t('popupNoTerms')}
        </p>
      ) : (
        <>
          <p class="visually-hidden" role="status">
            {t('popupTermsFound', [rows.length])}
          </p>
          <ul ref={list} class={`page-terms${expanded ? ' expanded' : ''}`}>
            {rows.map((row) => (
              <li key={row.key}>
                <button
                  type="button"
                  class="page-term"
                  aria-label={t('popupTermCount', [row.text, row.count])}
                  onClick={() =>
                    tabId !== undefined &&
                    void sendToBackground('revealTerm', { tabId, key: row.key }).catch(() => false)
                  }
                >
                  <span lang="zh">{row.text}</span>
                  <span class="count" aria-hidden="true">
                    {row.count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      );
  } else {
    const message = {
      loading: 'popupScanning',
      scanning: 'popupScanning',
      restricted: 'popupRestricted',
      reload: 'popupReload',
      off: 'popupMarksOff',
    } as const;
    body = (
      <p class="status" role="status">
        {t(message[status.kind])}
      </p>
    );
  }
  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <div class="on-page-head">
        <h2 id="on-page-title">
          {t('popupOnThisPage')}
          {rows.length > 0 && <span class="total"> · {t('popupTermsTotal', [rows.length])}</span>}
        </h2>
        {(overflows || expanded) && (
          <button
            type="button"
            class="link-button"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('popupShowFewer') : t('popupShowAll', [rows.length])}
          </button>
        )}
      </div>
      {body}
    </section>
  );
}
