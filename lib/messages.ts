import type { TermCard } from './pack/term-card';

/** Requests a content script or extension page sends to the background. */
export type BackgroundRequest =
  { type: 'getTermCard'; packId: string; termId: string } | { type: 'openReader'; anchor: string };

/** Requests the background or an extension page sends to a tab's content scripts. */
export type ContentRequest =
  | { type: 'getPageTerms' }
  | { type: 'stepTerm'; direction: 1 | -1 }
  | { type: 'revealTerm'; key: string };

/** What one frame reports of the terms it marks: counts by term key. */
export interface PageTerms {
  url: string;
  counts: Record<string, number>;
}

export interface BackgroundResponses {
  getTermCard: TermCard | null;
  openReader: { opened: 'sidepanel' | 'tab' };
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
    default:
      return false;
  }
}

/** Validates an incoming message before a content script acts on it. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'getPageTerms':
      return true;
    case 'stepTerm':
      return message.direction === 1 || message.direction === -1;
    case 'revealTerm':
      return typeof message.key === 'string';
    default:
      return false;
  }
}
