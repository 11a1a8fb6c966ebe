import { storage } from '#imports';

/** Where the reader should go next: set by the card, popup or menu, read by the panel. */
export interface ReaderTarget {
  anchor: string;
  /** When it was asked for, so an open panel jumps again to the same anchor. */
  at: number;
}

const ANCHOR = /^[\w:-]{1,120}$/;

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
  const { anchor, at } = value as Record<string, unknown>;
  return typeof anchor === 'string' && ANCHOR.test(anchor) && typeof at === 'number'
    ? { anchor, at }
    : null;
}
