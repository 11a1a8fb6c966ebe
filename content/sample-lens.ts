import { browser } from 'wxt/browser';
import { openReader } from '../lib/reader/open-reader';
import { watchSettings } from '../lib/settings/settings-storage';
import { cardUi } from './card-ui';
import { ensureHighlightStyles } from './content-world';
import { startLensOnce } from './lens';
import { createLensContext } from './lens-context';
import { readStoredLensSetup } from './lens-setup';

/**
 * The lens over one element of an extension page: the options page's preview
 * and the welcome page's sample paragraph. Content scripts do not run on the
 * extension's own pages, so the page mounts the lens modules itself. A sample
 * follows settings as they change and reports nothing. Its card's "Read in
 * full" opens the reader beside the page: the window is looked up first,
 * because a panel opens only within the click itself, with nothing awaited
 * before it.
 */
export async function sampleLensStarter(): Promise<(root: HTMLElement) => Promise<() => void>> {
  const { id: windowId } = await browser.windows.getCurrent();
  return async (root) => {
    const lens = startLensOnce({
      ...(await readStoredLensSetup()),
      context: createLensContext(),
      startedAt: performance.now(),
      frame: {
        root,
        highlightStyles: () => ensureHighlightStyles(document),
        reportsTerms: false,
        // In Chrome the parts' web-accessible URLs are dynamic (another origin),
        // and this page's CSP allows only its own: the card comes bundled here.
        loadCardUi: () => Promise.resolve(cardUi),
        cardShadowMode: 'open',
        openReader: (address) =>
          void openReader({ target: { address }, tabId: undefined, windowId }),
      },
    });
    const unwatch = watchSettings((settings) => lens.useSettings(settings));
    return () => {
      unwatch();
      lens.stop();
    };
  };
}
