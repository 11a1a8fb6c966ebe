import { browser } from 'wxt/browser';
import { readerTargetItem } from './reader-target';

/** Chrome's side panel API, absent from the polyfill's types and from Firefox. */
interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/**
 * Opens the reader at an anchor (`qa-4-p2`): Chrome's side panel when the browser
 * allows it here, otherwise the reader page in a new tab. The side panel call
 * comes first, with nothing awaited before it, to keep the user gesture.
 */
export async function openReader({
  anchor,
  tabId,
  windowId,
}: {
  anchor: string;
  tabId: number | undefined;
  windowId: number | undefined;
}): Promise<{ opened: 'sidepanel' | 'tab' }> {
  // Not awaited: the write is queued before the panel can read it, and awaiting
  // here would lose the gesture that sidePanel.open needs.
  const stored = readerTargetItem.setValue({ anchor, at: Date.now() });
  const sidePanel = chromeSidePanel();
  if (sidePanel && (tabId !== undefined || windowId !== undefined)) {
    try {
      await sidePanel.open(tabId !== undefined ? { tabId } : { windowId });
      await stored;
      return { opened: 'sidepanel' };
    } catch {
      // No gesture (e.g. a relayed click): fall through to a tab.
    }
  }
  await stored;
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html#${anchor}`) });
  return { opened: 'tab' };
}
