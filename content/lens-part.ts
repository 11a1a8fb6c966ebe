import type { CardView } from '../lib/page/card-view';
import type { HighlightStyles } from '../lib/page/highlighter';
import type { LensStats } from '../lib/page/lens-stats';
import type { LensSetup } from '../lib/protocol/background-protocol';
import type { PageTerms } from '../lib/tab-terms';

/** A running lens, as the frame's message handlers see it. */
export interface Lens {
  pageTerms(): PageTerms;
  /** Null while the lens is off for this site. */
  stats(): LensStats | null;
  /** Moves to the next or previous term and opens its card; false when there is none. */
  step(direction: 1 | -1): boolean;
  /** Reveals the next occurrence of a term in this frame; false at the end. */
  reveal(key: string, restart: boolean): boolean;
  /** What the open card shows; null when no card is open. */
  cardView(): CardView | null;
  /** Takes up changed settings, or a changed library of packs. */
  storageChanged(change: { settings: boolean; library: boolean }): void;
}

/** What `content-lens.js` provides: scan → match → mark → card for one frame. */
export interface LensPart {
  startLens(options: {
    startedAt: number;
    /**
     * The background's answer to `lensSetup`, asked while this part loaded:
     * null when the rule for the tab's site switches the lens off; rejected
     * when the background could not answer.
     */
    setup: Promise<LensSetup | null>;
    /** The frame's highlights, registered by content-start.js (made afresh after a stop). */
    highlightStyles(): HighlightStyles;
  }): Promise<Lens>;
}
