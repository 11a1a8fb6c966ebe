import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/protocol/messaging';
import { tabTermsStorageKey, type TabTerms } from '../../lib/tab-terms';

/**
 * The terms a tab's frames mark, kept current: the background stores each
 * frame's report in session storage, and this listens for changes to it.
 * `undefined` while loading, `null` when no frame of the tab has reported.
 */
export function useTabTerms(tabId: number | undefined): TabTerms | null | undefined {
  const [terms, setTerms] = useState<TabTerms | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    const refresh = () =>
      void sendToBackground('getTabTerms', { tabId })
        .then((value) => live && setTerms(value))
        .catch(() => live && setTerms(null));
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabTermsStorageKey(tabId) in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return terms;
}
