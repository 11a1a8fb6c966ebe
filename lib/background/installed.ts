import { browser } from 'wxt/browser';
import { listStale } from '../library/pack-store';

/** The page a new user sees once. */
export const WELCOME_PATH = '/welcome.html';

/**
 * What an install or an update opens. A first install opens the welcome page,
 * and nothing else does: not an update, nor the browser's own update. An update
 * that changed the import pipeline leaves the reader's packs to be rebuilt,
 * which only an extension page can do (it loads the converters): the options
 * page does it as it opens.
 */
export async function afterInstalled(reason: string): Promise<void> {
  if (reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
    return;
  }
  if (reason !== 'update') return;
  if ((await listStale()).length > 0) await browser.runtime.openOptionsPage();
}
