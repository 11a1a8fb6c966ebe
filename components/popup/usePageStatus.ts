import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabTerms } from '../../lib/tab-terms';

/** What the popup can say about the tab's page. */
export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'terms'; terms: TabTerms }
  | { kind: 'scanning' }
  | { kind: 'restricted' }
  | { kind: 'reload' }
  /** The switches keep the page unmarked. */
  | { kind: 'off' };

// Errors Chrome and Firefox give for pages no extension may script.
const RESTRICTED =
  /cannot be scripted|cannot access a chrome|chrome:\/\/|edge:\/\/|about:|moz-extension|chrome-extension|extensions gallery|webstore|addons\.mozilla|missing host permission/i;

/**
 * Turns the tab's reported terms into a status. When no frame has reported, the
 * page was open before the extension was installed (or is off limits): the
 * content script is injected now, which the click on the toolbar button allows
 * (activeTab); if that fails, the error says which of the two it is.
 */
export function usePageStatus(
  tabId: number | undefined,
  terms: TabTerms | null | undefined,
): PageStatus {
  const [fallback, setFallback] = useState<PageStatus>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined || terms !== null) return;
    let live = true;
    // What the manifest runs in every frame (see wxt.config.ts).
    browser.scripting
      .executeScript({
        target: { tabId, allFrames: true },
        files: ['/content-start.js'],
      })
      .then(
        () => live && setFallback({ kind: 'scanning' }),
        (error: unknown) =>
          live && setFallback({ kind: RESTRICTED.test(String(error)) ? 'restricted' : 'reload' }),
      );
    return () => {
      live = false;
    };
  }, [tabId, terms === null]);
  if (terms) return { kind: 'terms', terms };
  return terms === undefined ? { kind: 'loading' } : fallback;
}
