import type { TermCard } from './pack/term-card';
import type { TabTerms } from './tab-terms';

/** Requests a content script or extension page sends to the background. */
export type BackgroundRequest =
  | { type: 'getTermCard'; packId: string; termId: string }
  | { type: 'openReader'; anchor: string }
  /** From a content script, whenever what it marks changes. */
  | { type: 'reportPageTerms'; terms: PageTerms }
  /** From the popup: what all frames of a tab mark, merged. */
  | { type: 'getTabTerms'; tabId: number }
  /** From the popup: show the next occurrence of a term in a tab, whichever frame holds it. */
  | { type: 'revealTerm'; tabId: number; key: string };

/** Requests the background or an extension page sends to a tab's content scripts. */
export type ContentRequest =
  | { type: 'getPageTerms' }
  | { type: 'getLensStats' }
  | { type: 'stepTerm'; direction: 1 | -1 }
  /** Reveal the next occurrence in this frame (or its first, on restart); false at the end. */
  | { type: 'revealTerm'; key: string; restart: boolean };

/** What one frame reports of the terms it marks: counts by term key. */
export interface PageTerms {
  url: string;
  /** When the frame's document started (performance.timeOrigin), to tell pages apart. */
  timeOrigin: number;
  counts: Record<string, number>;
}

export interface BackgroundResponses {
  getTermCard: TermCard | null;
  openReader: { opened: 'sidepanel' | 'tab' };
  reportPageTerms: undefined;
  getTabTerms: TabTerms | null;
  revealTerm: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Validates an incoming message before the background acts on it. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'getTermCard':
      return typeof message.packId === 'string' && typeof message.termId === 'string';
    case 'openReader':
      return typeof message.anchor === 'string' && /^[\w:-]{1,120}$/.test(message.anchor);
    case 'reportPageTerms':
      return isPageTerms(message.terms);
    case 'getTabTerms':
      return Number.isInteger(message.tabId);
    case 'revealTerm':
      return Number.isInteger(message.tabId) && typeof message.key === 'string';
    default:
      return false;
  }
}

function isPageTerms(value: unknown): value is PageTerms {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.timeOrigin === 'number' &&
    isRecord(value.counts) &&
    Object.values(value.counts).every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** Validates an incoming message before a content script acts on it. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'getPageTerms':
    case 'getLensStats':
      return true;
    case 'stepTerm':
      return message.direction === 1 || message.direction === -1;
    case 'revealTerm':
      return typeof message.key === 'string' && typeof message.restart === 'boolean';
    default:
      return false;
  }
}
