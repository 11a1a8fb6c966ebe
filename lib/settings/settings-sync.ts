import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings';
import { readStoredSettings } from './migrate-settings';
import { loadSettings, SETTINGS_KEY, updateSettings } from './settings-storage';

/**
 * Settings follow the user to their other browsers through `storage.sync`,
 * where the browser offers it; every page still reads them from
 * `storage.local`, which stays the copy in use. Each setting is its own sync
 * item (`settings.<field>`), so two browsers that change different settings at
 * once both keep their change: sync resolves conflicts item by item, the last
 * writer winning. A setting too large for a sync item (a long site list) stays
 * in this browser, and its item is removed, so no older copy comes back.
 *
 * Only changes move between the two: a setting changed here is pushed, one
 * changed in sync is pulled, and sync is read whole only on a first install.
 * Comparing the two whole at other times (say, when the service worker wakes)
 * could not tell which side is newer, and could undo a change.
 */
const SYNC_PREFIX = 'settings.';

const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** The part of `storage.sync` this module uses; tests give one with quotas of their own. */
export interface SyncArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const syncKey = (field: keyof Settings) => SYNC_PREFIX + field;

/** The synced settings among `fields`: only those present. */
async function readSynced(
  area: SyncArea,
  fields: readonly (keyof Settings)[],
): Promise<Partial<Record<keyof Settings, unknown>>> {
  const items = await area.get(fields.map(syncKey));
  return Object.fromEntries(
    fields.flatMap((field) => (syncKey(field) in items ? [[field, items[syncKey(field)]]] : [])),
  );
}

/** The fields that differ between two values of the settings. */
function changedFields(before: Settings, after: Settings): (keyof Settings)[] {
  return FIELDS.filter((field) => !same(before[field], after[field]));
}

/** The settings fields a change to sync touched. */
function syncedFieldsIn(keys: readonly string[]): (keyof Settings)[] {
  return FIELDS.filter((field) => keys.includes(syncKey(field)));
}

/**
 * Writes `fields` of the settings in use to sync, each that differs from its
 * synced copy. Resolves to the fields that could not be synced (kept here only).
 */
export async function pushSettings(
  settings: Settings,
  fields: readonly (keyof Settings)[],
  area: SyncArea,
): Promise<(keyof Settings)[]> {
  const synced = await readSynced(area, fields);
  const changed = fields.filter((field) => !same(synced[field], settings[field]));
  if (changed.length === 0) return [];
  try {
    await area.set(Object.fromEntries(changed.map((field) => [syncKey(field), settings[field]])));
    return [];
  } catch {
    // One item over its quota fails the whole write: write the fields one by one.
  }
  const unsynced: (keyof Settings)[] = [];
  for (const field of changed) {
    try {
      await area.set({ [syncKey(field)]: settings[field] });
    } catch {
      unsynced.push(field);
    }
  }
  await area.remove(unsynced.map(syncKey)).catch(() => undefined);
  return unsynced;
}

/**
 * Takes `fields` from sync into the settings in use: a synced field replaces
 * the one here; a synced value this release cannot read keeps the one here; a
 * field sync does not hold is kept. Writes nothing when nothing changes.
 */
export async function pullSettings(
  fields: readonly (keyof Settings)[],
  area: SyncArea,
): Promise<void> {
  const [synced, current] = await Promise.all([readSynced(area, fields), loadSettings()]);
  const merged = sanitizeSettings(synced, current);
  const changes = changedFields(current, merged);
  if (changes.length === 0) return;
  await updateSettings(Object.fromEntries(changes.map((field) => [field, merged[field]])));
}

/** Takes every synced setting: on a first install, the user's settings from their other browsers. */
export function pullAllSettings(area: SyncArea): Promise<void> {
  return pullSettings(FIELDS, area);
}

/**
 * Keeps sync and the settings in use in step from now on, one change at a
 * time, so a push and a pull never interleave. Each push or pull that echoes
 * back (sync reports our own writes too) finds nothing to change and stops.
 */
export function startSettingsSync(area: SyncArea): void {
  let queue: Promise<unknown> = Promise.resolve();
  const then = (step: () => Promise<unknown>) => {
    queue = queue.then(step).catch(() => undefined);
  };
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'sync') {
      const fields = syncedFieldsIn(Object.keys(changes));
      if (fields.length > 0) then(() => pullSettings(fields, area));
    }
    const local = changes[SETTINGS_KEY];
    if (areaName === 'local' && local) {
      const next = readStoredSettings(local.newValue);
      const fields = changedFields(readStoredSettings(local.oldValue), next);
      if (fields.length > 0) then(() => pushSettings(next, fields, area));
    }
  });
}

/** The browser's sync area, when it has one. */
export function browserSyncArea(): SyncArea | null {
  return browser.storage.sync ?? null;
}
