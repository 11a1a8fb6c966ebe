import { storage } from 'wxt/utils/storage';

/** Where the reader should go next: set by the card, popup or menu, read by the panel. */
export interface ReaderTarget {
  /** A reader address (`qa-4-p2`, `my-pack:qa-4`; see reader-address.ts), or none. */
  address?: string;
  /** Text to filter the reader by (a selection sent from the context menu). */
  filter?: string;
  /** When it was asked for, so an open panel jumps again to the same place. */
  at: number;
}

const ADDRESS = /^[\w:-]{1,120}$/;
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
  const { address, filter, at } = value as Record<string, unknown>;
  if (typeof at !== 'number') return null;
  const target: ReaderTarget = { at };
  if (typeof address === 'string' && ADDRESS.test(address)) target.address = address;
  if (typeof filter === 'string' && filter.trim() !== '')
    target.filter = filter.trim().slice(0, MAX_FILTER_LENGTH);
  return target.address || target.filter ? target : null;
}
