import type { CardView } from '../page/card-view';
import type { LensStats } from '../page/lens-stats';
import type { FrameTerms } from '../tab-terms';
import type { MessageRules } from './protocol';

/** What the background and extension pages ask a frame's content script, and what it answers. */
export type ContentProtocol = {
  /** The terms this frame marks (a frame that has not started answers with none). */
  getPageTerms: { request: object; response: FrameTerms };
  /** The script's own timings, for the benchmark; null before the lens starts. */
  getLensStats: { request: object; response: LensStats | null };
  /**
   * What this frame's open card shows (null when none is open). The card's
   * shadow root is closed to the page; the extension's drivers read it here.
   */
  getCardView: { request: object; response: CardView | null };
  /** The keyboard command: move to the next or previous term and open its card. */
  stepTerm: { request: { direction: 1 | -1 }; response: boolean };
  /** Reveal the next occurrence in this frame (or its first, on restart); false at the end. */
  revealTerm: { request: { key: string; restart: boolean }; response: boolean };
  /**
   * From the background: the settings or the reader's packs changed. Content
   * scripts do not watch storage themselves: a storage event would hand every
   * frame whole packs.
   */
  storageChanged: { request: { settings: boolean; library: boolean }; response: null };
};

export const contentRules: MessageRules<ContentProtocol> = {
  getPageTerms: { from: ['extension'], isValid: () => true },
  getLensStats: { from: ['extension'], isValid: () => true },
  getCardView: { from: ['extension'], isValid: () => true },
  stepTerm: { from: ['extension'], isValid: (m) => m.direction === 1 || m.direction === -1 },
  revealTerm: {
    from: ['extension'],
    isValid: (m) => typeof m.key === 'string' && typeof m.restart === 'boolean',
  },
  storageChanged: {
    from: ['extension'],
    isValid: (m) => typeof m.settings === 'boolean' && typeof m.library === 'boolean',
  },
};
