import { storage } from '#imports';

/** Where the reader should go next: set by the card, popup or menu, read by the panel. */
export interface ReaderTarget {
  /** A paragraph or entry anchor (`qa-4-p2`, `qa-4`), or none. */
  anchor?: string;
  /** Text to filter the reader by (a selection sent from the context menu). */
  filter?: string;
  /** When it was asked for, so an open panel jumps again to the same place. */
  at: number;
}

const ANCHOR = /^[\w:-]{1,120}$/;
const MAX_FILTER_LENGTH = 200;

/**
 * Session storage carries the target because the panel may not exist yet when
 * it is asked for (it reads it on load), and an already open panel must jump
 * too (it watches it).
 */
export const readerTargetItem = storage.defineItem<ReaderTarget | null>('session:readerTarget', {
  fallback: null,
});

/** A stored target, or null when it is missing or malformed. */
export function sanitizeReaderTarget(value: unknown): ReaderTarget | null {
  if (typeof value !== 'object' || value === null) return null;
  const { anchor, filter, at } = value as Record<string, unknown>;
  if (typeof at !== 'number') return null;
  const target: ReaderTarget = { at };
  if (typeof anchor === 'string' && ANCHOR.test(anchor)) target.anchor = anchor;
  if (typeof filter === 'string' && filter.trim() !== '')
    target.filter = filter.trim().slice(0, MAX_FILTER_LENGTH);
  return target.anchor || target.filter ? target : null;
}
