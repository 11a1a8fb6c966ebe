import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** A `?tabId=N` in the page's URL, for tests and other extension pages. */
function tabIdFromSearch(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tabId');
  const id = value === null ? NaN : Number(value);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

/**
 * The tab an extension page works on: `?tabId=N` when given, otherwise the
 * active tab of its window, followed as it changes when `follow` is set.
 */
export function useTargetTab({ follow }: { follow: boolean }): number | undefined {
  const fixed = tabIdFromSearch(location.search);
  const [tabId, setTabId] = useState<number | undefined>(fixed);
  useEffect(() => {
    if (fixed !== undefined) return;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id));
    if (!follow) return;
    let windowId: number | undefined;
    void browser.windows?.getCurrent().then((w) => (windowId = w.id));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed, follow]);
  return tabId;
}
