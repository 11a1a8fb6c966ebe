import { browser } from 'wxt/browser';

/** The toolbar icons, in the sizes the toolbar draws (see public/icon/). */
const ICONS = {
  on: { 16: '/icon/16.png', 32: '/icon/32.png' },
  off: { 16: '/icon/off-16.png', 32: '/icon/off-32.png' },
};
/** Dark enough for the badge's white figures to pass WCAG AA. */
const BADGE_COLOUR = '#8a3b12';

// Chrome's MV3 build has `action`; Firefox's MV2 build has `browserAction`.
const toolbarButton = () => browser.action ?? browser.browserAction;

/**
 * Shows a tab's state on the toolbar button: the dimmed icon where marks are
 * switched off, and the number of distinct terms the page holds (no badge for
 * none, or when the reader turned the badge off).
 */
export async function showTabState({
  tabId,
  lensOn,
  termCount,
  showBadge,
}: {
  tabId: number;
  lensOn: boolean;
  termCount: number;
  showBadge: boolean;
}): Promise<void> {
  const button = toolbarButton();
  const text = lensOn && showBadge && termCount > 0 ? String(termCount) : '';
  // The tab may have closed meanwhile; there is nothing left to show then.
  await Promise.all([
    button.setIcon({ tabId, path: lensOn ? ICONS.on : ICONS.off }),
    button.setBadgeText({ tabId, text }),
    button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
  ]).catch(() => undefined);
}

/** Clears a tab's badge as it starts loading another page. */
export function clearTabBadge(tabId: number): void {
  void toolbarButton()
    .setBadgeText({ tabId, text: '' })
    .catch(() => undefined);
}
