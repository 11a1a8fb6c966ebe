import { browser } from 'wxt/browser';
import { readerTargetItem, type ReaderTarget } from './reader-target';

/** Chrome's side panel API, absent from the polyfill's types and from Firefox. */
interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Firefox's sidebar API, absent from Chrome. */
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/**
 * Opens the reader at an address or filtered by some text: the side panel
 * (Chrome) or sidebar (Firefox) when the browser allows it here, otherwise the
 * reader page in a new tab. The panel call comes first, with nothing awaited
 * before it, because both browsers only open panels inside a user gesture; the
 * target travels through session storage, so an open panel jumps too.
 */
export async function openReader({
  target,
  tabId,
  windowId,
}: {
  target: Omit<ReaderTarget, 'at'>;
  tabId: number | undefined;
  windowId: number | undefined;
}): Promise<{ opened: 'sidepanel' | 'tab' }> {
  const stored = readerTargetItem.setValue({ ...target, at: Date.now() });
  const sidePanel = chromeSidePanel();
  const sidebar = firefoxSidebar();
  try {
    if (sidePanel && (tabId !== undefined || windowId !== undefined)) {
      await sidePanel.open(tabId !== undefined ? { tabId } : { windowId });
      await stored;
      return { opened: 'sidepanel' };
    }
    if (sidebar) {
      await sidebar.open();
      await stored;
      return { opened: 'sidepanel' };
    }
  } catch {
    // No gesture (e.g. a click relayed from a page in Firefox): fall back to a tab.
  }
  await stored;
  const hash = target.address ? `#${target.address}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash}`) });
  return { opened: 'tab' };
}
