import type { TermCard } from '../pack/term-card';
import type { MatchIndex, Script } from '../pack/types';
import type { LensSettings } from '../settings/settings';
import type { Site } from '../sites/site-pattern';
import { isPageTerms, type PageTerms, type TabTerms } from '../tab-terms';
import type { MessageRules } from './protocol';

/**
 * What a frame's lens runs with: the settings it reads and the match indexes
 * of the library's enabled packs (the bundled ones ship with it). The
 * background hands them over with the site rule's answer, so a page never
 * reads the extension's storage itself.
 */
export interface LensSetup {
  settings: LensSettings;
  libraryIndexes: MatchIndex[];
}

/** What the card's mute buttons switch off: its term everywhere, or every term on this site. */
export type MuteScope = 'term' | 'site';

/** What content scripts and extension pages ask the background, and what it answers. */
export type BackgroundProtocol = {
  /** From a card: the interview's places for a term; null when the pack has no such term. */
  getTermCard: {
    request: { packId: string; termId: string; script: Script };
    response: TermCard | null;
  };
  /** From a card's "Read in full": the reader at an address (`pack:qa-4-p2`). */
  /** `refused`: the tab asked again too soon (see `reader-openings.ts`). */
  openReader: {
    request: { address: string };
    response: { opened: 'sidepanel' | 'tab' | 'refused' };
  };
  /** From a content script, whenever what it marks changes. */
  reportPageTerms: { request: { terms: PageTerms }; response: null };
  /**
   * From a content script whose document is going (pagehide: removed, navigated
   * away, closed, or into the back-forward cache): its report goes with it.
   * Nothing is recorded for it, so a tab closing leaves nothing behind.
   */
  frameLeaving: { request: { timeOrigin: number }; response: null };
  /** From the popup or the reader: what all frames of a tab mark, merged. */
  getTabTerms: { request: { tabId: number }; response: TabTerms | null };
  /** From a content script: what its lens runs with; null when the rule for its tab's site switches it off. */
  lensSetup: { request: Record<string, never>; response: LensSetup | null };
  /** From a card: stop marking its term, or stop marking on the tab's site; false when there was nothing to switch off. */
  muteFromCard: {
    request: { scope: MuteScope; packId: string; termId: string };
    response: boolean;
  };
  /** From the popup: the site of a tab's top-level page; null for pages no rule can name. */
  getTabSite: { request: { tabId: number }; response: Site | null };
  /** From the popup: show the next occurrence of a term in a tab, whichever frame holds it. */
  revealTerm: { request: { tabId: number; key: string }; response: boolean };
};

/** Addresses are `qa-4`, `qa-4-p2` or `pack-id:qa-4-p2`: nothing that could leave a URL fragment. */
const ADDRESS = /^[\w:-]{1,120}$/;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 200;

export const backgroundRules: MessageRules<BackgroundProtocol> = {
  getTermCard: {
    from: ['content', 'extension'],
    isValid: (m) =>
      isId(m.packId) && isId(m.termId) && (m.script === 'simplified' || m.script === 'traditional'),
  },
  openReader: {
    from: ['content'],
    isValid: (m) => typeof m.address === 'string' && ADDRESS.test(m.address),
  },
  reportPageTerms: { from: ['content'], isValid: (m) => isPageTerms(m.terms) },
  frameLeaving: { from: ['content'], isValid: (m) => Number.isFinite(m.timeOrigin) },
  getTabTerms: { from: ['extension'], isValid: (m) => Number.isInteger(m.tabId) },
  lensSetup: { from: ['content'], isValid: () => true },
  muteFromCard: {
    from: ['content'],
    isValid: (m) => (m.scope === 'term' || m.scope === 'site') && isId(m.packId) && isId(m.termId),
  },
  getTabSite: { from: ['extension'], isValid: (m) => Number.isInteger(m.tabId) },
  revealTerm: {
    from: ['extension'],
    isValid: (m) => Number.isInteger(m.tabId) && isId(m.key),
  },
};
