import { browser } from 'wxt/browser';

/**
 * Whether a tab is still open. A frame's last messages can arrive just after
 * its tab closed (and after the background forgot it): what is kept per tab is
 * made only for open tabs, so a closed tab leaves nothing behind.
 */
export const tabIsOpen = (tabId: number): Promise<boolean> =>
  browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );
