import { browser } from 'wxt/browser';
import { migrateSettings, readStoredSettings } from './migrate-settings';
import {
  sanitizeLensSettings,
  sanitizeSettings,
  withChange,
  type LensSettings,
  type Settings,
} from './settings';

// Plain storage calls rather than WXT's storage wrapper: this module ships in
// the content script, which every page loads, and each kilobyte counts there.
export const SETTINGS_KEY = 'settings';

async function loadStored(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** Loads settings, upgrading and repairing whatever is stored. */
export async function loadSettings(): Promise<Settings> {
  return readStoredSettings(await loadStored());
}

/** Loads what a page's lens reads of the settings (see `LensSettings`). */
export async function loadLensSettings(): Promise<LensSettings> {
  return sanitizeLensSettings(migrateSettings(await loadStored()));
}

/**
 * The last update this context started: each one reads what the one before it
 * wrote. Pure, so bundles that only read the settings (content-lens.js) drop it.
 */
let updating: Promise<unknown> = /* @__PURE__ */ Promise.resolve();
/** Updates this context has started and not finished. */
let unfinished = 0;
/** This context's watchers, told the settings its last update stored. */
const watchers = new Set<(settings: Settings) => void>();

/**
 * Saves a change to some settings, keeping the others. Changes made in quick
 * succession (three controls in a row) are applied one after another, so none
 * of them overwrites another with what it read before it.
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  unfinished++;
  const update = updating.then(() => applyUpdate(change));
  updating = update.catch(() => undefined);
  // The last of this context's updates tells its watchers what it stored.
  void update.then(
    (next) => {
      if (--unfinished === 0) for (const watcher of watchers) watcher(next);
    },
    () => void unfinished--,
  );
  return update;
}

async function applyUpdate(change: Partial<Settings>): Promise<Settings> {
  const stored = migrateSettings(await loadStored());
  const next = withChange(sanitizeSettings(stored), change);
  // Fields this release does not know (written by a newer one) are kept.
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...stored, ...next } });
  return next;
}

/**
 * Calls `listener` with sanitized settings whenever they change. While this
 * context's own updates are under way, the storage events they raise carry
 * states older than the one just set (a radio clicked while an earlier save
 * is in flight would flick back): the listener hears nothing until the last
 * is done, then the settings that last update stored (which it read with
 * other contexts' changes in).
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change && unfinished === 0)
      listener(readStoredSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  watchers.add(listener);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
    watchers.delete(listener);
  };
}
