import { browser } from 'wxt/browser';
import { listStale } from '../library/pack-store';
import { pullAllSettings, type SyncArea } from '../settings/settings-sync';

/** The page a new user sees once. */
export const WELCOME_PATH = '/welcome.html';

/**
 * What an install or an update does. A first install takes the user's synced
 * settings and opens the welcome page, and nothing else opens it: not an
 * update, nor the browser's own update. An update
 * that changed the import pipeline leaves the reader's packs to be rebuilt,
 * which only an extension page can do (it loads the converters): the options
 * page does it as it opens.
 */
export async function afterInstalled(reason: string, sync: SyncArea | null): Promise<void> {
  if (reason === 'install') {
    // The user's settings from their other browsers, before any page reads them.
    if (sync) await pullAllSettings(sync).catch(() => undefined);
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
    return;
  }
  if (reason !== 'update') return;
  if ((await listStale()).length > 0) await browser.runtime.openOptionsPage();
}
