import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Pack } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { openReader } from '../../lib/reader/open-reader';
import { readerAddress } from '../../lib/reader/reader-address';
import { createSearchIndex } from '../../lib/search/search-index';
import type { SearchResult } from '../../lib/search/search-result';
import { useTabTerms } from '../hooks/useTabTerms';
import { useTargetTab } from '../hooks/useTargetTab';
import { PageTermsList } from './PageTermsList';
import { SearchPanel } from './SearchPanel';
import { MutedTerms } from './MutedTerms';
import { SiteSwitch } from './SiteSwitch';
import { useSiteSwitch } from './useSiteSwitch';
import { usePageStatus } from './usePageStatus';
import './popup.css';

/**
 * The toolbar popup: where terms are marked, the interview terms on the current
 * page (from every frame), then a search over terms and passages that opens results in the reader.
 */
export function Popup({ packs, charFold }: { packs: readonly Pack[]; charFold: string }) {
  const tabId = useTargetTab({ follow: false });
  const tabTerms = useTabTerms(tabId);
  const switches = useSiteSwitch(tabId);
  const pageStatus = usePageStatus(tabId, tabTerms);
  const status = switches?.lensOn === false ? { kind: 'off' as const } : pageStatus;
  const index = useMemo(() => createSearchIndex({ packs, charFold }), [packs, charFold]);

  // Called straight from the click or key event: the side panel only opens
  // inside the user's gesture.
  const open = (address: string | undefined) =>
    void openReader({ target: address ? { address } : {}, tabId, windowId: undefined });
  const openResult = (result: SearchResult) =>
    open(result.paragraphId && readerAddress(result.packId, result.paragraphId));

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => open(undefined)}>
          {t('popupOpenReader')}
        </button>
        <a class="link" href={browser.runtime.getURL('/options.html')} target="_blank">
          {t('popupSettings')}
        </a>
      </header>
      {switches && <SiteSwitch state={switches} />}
      {switches && <MutedTerms disabledTerms={switches.settings.disabledTerms} packs={packs} />}
      <PageTermsList status={status} packs={packs} tabId={tabId} />
      <SearchPanel
        index={index}
        onOpen={openResult}
        packLabel={
          packs.length > 1 ? (packId) => packs.find((p) => p.id === packId)?.label : undefined
        }
      />
    </main>
  );
}
