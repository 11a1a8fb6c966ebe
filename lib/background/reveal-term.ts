import { sendToTab } from '../protocol/messaging';
import type { TabTermsStore } from './tab-terms-store';

/** Where the popup's "next occurrence" stands in each tab: which term, which frame. */
const cursors = new Map<number, { key: string; frameIndex: number; restart: boolean }>();

/**
 * Reveals the next occurrence of a term in a tab, going through the frames that
 * have it in turn: each frame steps through its own occurrences, and says when it
 * has none left, so the next frame takes over (and the first again after the last).
 */
export async function revealTerm({
  store,
  tabId,
  key,
}: {
  store: TabTermsStore;
  tabId: number;
  key: string;
}): Promise<boolean> {
  const frames = (await store.get(tabId))?.framesWithTerm[key] ?? [];
  if (frames.length === 0) return false;
  let cursor = cursors.get(tabId);
  if (cursor?.key !== key) cursor = { key, frameIndex: 0, restart: true };
  // One pass over every frame, plus one to wrap around to the first occurrence.
  for (let attempt = 0; attempt <= frames.length; attempt++) {
    const frameId = frames[cursor.frameIndex % frames.length]!;
    const moved = await sendToTab(
      tabId,
      'revealTerm',
      { key, restart: cursor.restart },
      { frameId },
    ).catch(() => false);
    if (moved === true) {
      cursors.set(tabId, { ...cursor, restart: false });
      return true;
    }
    cursor = { key, frameIndex: cursor.frameIndex + 1, restart: true };
  }
  cursors.delete(tabId);
  return false;
}

/** The tab is gone: so is its cursor. */
export function forgetRevealCursor(tabId: number): void {
  cursors.delete(tabId);
}
