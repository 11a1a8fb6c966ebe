/** Shortest time between two readers a tab's content script may open. */
export const READER_OPENING_INTERVAL_MS = 1_000;

/**
 * How often a tab's content script may open the reader: once a second at most.
 * A card opens it only from the user's own click, but a page that found a way
 * around that must not be able to open tab after tab.
 */
export function createReaderOpenings(now: () => number = Date.now) {
  const last = new Map<number, number>();
  return {
    /** Whether the tab may open the reader now; counts the opening if so. */
    allow(tabId: number | undefined): boolean {
      if (tabId === undefined) return false;
      const at = now();
      const previous = last.get(tabId);
      if (previous !== undefined && at - previous < READER_OPENING_INTERVAL_MS) return false;
      last.set(tabId, at);
      return true;
    },
    /** Forgets a closed tab. */
    forget(tabId: number): void {
      last.delete(tabId);
    },
  };
}
