import { sanitizeSettings, type Settings } from './settings';

/**
 * Stored settings carry the version of their shape. Each step below upgrades
 * one version to the next, so a value saved by any earlier release (or synced
 * from another browser running one) reads as the current shape. Steps only
 * move and rename fields; `sanitizeSettings` then fills in and repairs the rest.
 */
export const SETTINGS_VERSION = 2;

type StoredSettings = Record<string, unknown>;

const MIGRATIONS: Record<number, (stored: StoredSettings) => StoredSettings> = {
  // Version 1 was unnumbered and had no site rules. Its fields keep their
  // meaning, and the new lists start empty, so the lens runs where it did.
  1: (stored) => stored,
};

/** The stored value in the current shape, with every field it had otherwise kept. */
export function migrateSettings(raw: unknown): StoredSettings {
  let stored: StoredSettings = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  const from =
    typeof stored.version === 'number' && Number.isInteger(stored.version) && stored.version >= 1
      ? stored.version
      : 1;
  for (let version = from; version < SETTINGS_VERSION; version += 1) {
    stored = MIGRATIONS[version]?.(stored) ?? stored;
  }
  // A newer release's value is read as it is: the fields this one knows still count.
  return { ...stored, version: Math.max(from, SETTINGS_VERSION) };
}

/** Reads stored settings in any earlier shape, and repairs them. */
export function readStoredSettings(raw: unknown): Settings {
  return sanitizeSettings(migrateSettings(raw));
}
