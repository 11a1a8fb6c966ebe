import { browser } from 'wxt/browser';
import type { MatchIndex, Pack } from '../pack/types';
import { isRecord } from '../protocol/protocol';
import { combineCharFolds } from '../match/term-matcher';
import { PACK_LIMITS, type PackFile } from './pack-file';

/**
 * The reader's library of imported packs, in `storage.local`. A pack lives
 * under small keys of its own, so each reader loads only what it needs: the
 * content world the match index, the background and the pages the full pack,
 * export the file as imported.
 */

/** One pack of the library, as the list shows it. */
export interface LibraryEntry {
  id: string;
  title: string;
  enabled: boolean;
  /** The version of the import pipeline its derived data was built with. */
  builtWith: number;
}

/** Bumped whenever derived data (match index, occurrences, tables) would come out differently. */
export const PIPELINE_VERSION = 3;

/** How many packs may be enabled at once: the content world stays within its budget with all of them. */
export const MAX_ENABLED_PACKS = 8;

const LIST = 'library';
export const libraryKeys = (id: string) => ({
  file: `library:${id}:file`,
  pack: `library:${id}:pack`,
  match: `library:${id}:match`,
});

/** A library operation that could not be done; nothing was changed. */
export class LibraryError extends Error {
  override name = 'LibraryError';
}

function readList(value: unknown): LibraryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) &&
    typeof item.id === 'string' &&
    typeof item.title === 'string' &&
    typeof item.enabled === 'boolean' &&
    typeof item.builtWith === 'number'
      ? [{ id: item.id, title: item.title, enabled: item.enabled, builtWith: item.builtWith }]
      : [],
  );
}

/** The packs of the library, in the order they were added. */
export async function listLibrary(): Promise<LibraryEntry[]> {
  return readList((await browser.storage.local.get(LIST))[LIST]);
}

/** Writes keys and the list in one call, so a failure leaves the previous state; quota errors are explained. */
async function write(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    const quota = /quota/i.test(String(error));
    throw new LibraryError(
      quota
        ? 'The browser has no room left for this pack: delete or export another pack, then try again.'
        : `The pack could not be saved: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Saves a pack and what was derived from it, replacing a pack of the same id.
 * A new pack starts enabled unless the enabled packs are at their limit.
 */
export async function savePack({
  file,
  pack,
  matchIndex,
  enabled,
}: {
  file: PackFile;
  pack: Pack;
  matchIndex: MatchIndex;
  /** On or off, for a pack coming back (undo, a backup); otherwise kept, or on for a new one. */
  enabled?: boolean;
}): Promise<LibraryEntry> {
  const list = await listLibrary();
  const existing = list.find((entry) => entry.id === file.id);
  const enabledCount = list.filter((entry) => entry.enabled && entry.id !== file.id).length;
  const entry: LibraryEntry = {
    id: file.id,
    title: file.meta.title,
    enabled: (enabled ?? existing?.enabled ?? true) && enabledCount < MAX_ENABLED_PACKS,
    builtWith: PIPELINE_VERSION,
  };
  const keys = libraryKeys(file.id);
  await write({
    [keys.file]: file,
    [keys.pack]: pack,
    [keys.match]: matchIndex,
    [LIST]: existing ? list.map((item) => (item.id === file.id ? entry : item)) : [...list, entry],
  });
  return entry;
}

/** Switches a pack on or off for marking, search and the reader. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const list = await listLibrary();
  if (enabled && list.filter((e) => e.enabled && e.id !== id).length >= MAX_ENABLED_PACKS)
    throw new LibraryError(
      `At most ${MAX_ENABLED_PACKS} packs can be on at once: switch another one off first.`,
    );
  await write({ [LIST]: list.map((e) => (e.id === id ? { ...e, enabled } : e)) });
}

/** Renames a pack: its title in the list, in its file and as its label. */
export async function renamePack(id: string, title: string): Promise<void> {
  const name = title.trim();
  if (name === '') throw new LibraryError('A pack needs a name.');
  if (name.length > PACK_LIMITS.metaField)
    throw new LibraryError(`A pack's name may be at most ${PACK_LIMITS.metaField} characters.`);
  const keys = libraryKeys(id);
  const stored = await browser.storage.local.get([keys.file, keys.pack]);
  const file = stored[keys.file] as PackFile | undefined;
  const pack = stored[keys.pack] as Pack | undefined;
  if (!file || !pack) throw new LibraryError('This pack is no longer in the library.');
  const list = await listLibrary();
  await write({
    [keys.file]: { ...file, meta: { ...file.meta, title: name } },
    [keys.pack]: { ...pack, label: name, meta: { ...pack.meta, ...file.meta, title: name } },
    [LIST]: list.map((e) => (e.id === id ? { ...e, title: name } : e)),
  });
}

/** Packs whose derived data an older version of the pipeline built. */
export async function listStale(): Promise<LibraryEntry[]> {
  return (await listLibrary()).filter((entry) => entry.builtWith !== PIPELINE_VERSION);
}

/** The file a pack was imported from (for export, and for undoing a delete). */
export async function loadPackFile(id: string): Promise<PackFile | undefined> {
  const key = libraryKeys(id).file;
  return (await browser.storage.local.get(key))[key] as PackFile | undefined;
}

/** Deletes a pack; returns what undo needs to put it back as it was. */
export async function deletePack(
  id: string,
): Promise<{ file: PackFile; pack: Pack; matchIndex: MatchIndex; enabled: boolean } | undefined> {
  const keys = libraryKeys(id);
  const stored = await browser.storage.local.get([keys.file, keys.pack, keys.match]);
  const list = await listLibrary();
  const enabled = list.find((entry) => entry.id === id)?.enabled ?? true;
  // Keys first: if removing them fails, the list still names a whole pack.
  await browser.storage.local.remove([keys.file, keys.pack, keys.match]);
  await write({ [LIST]: list.filter((e) => e.id !== id) });
  const file = stored[keys.file] as PackFile | undefined;
  const pack = stored[keys.pack] as Pack | undefined;
  const matchIndex = stored[keys.match] as MatchIndex | undefined;
  return file && pack && matchIndex ? { file, pack, matchIndex, enabled } : undefined;
}

async function loadEnabled<T>(kind: 'pack' | 'match'): Promise<T[]> {
  // A pack built by an older pipeline waits for its rebuild: its derived data
  // may not mean what this version reads it as.
  const enabled = (await listLibrary()).filter(
    (entry) => entry.enabled && entry.builtWith === PIPELINE_VERSION,
  );
  if (enabled.length === 0) return [];
  const keys = enabled.map((entry) => libraryKeys(entry.id)[kind]);
  const stored = await browser.storage.local.get(keys);
  return keys.flatMap((key) => (isRecord(stored[key]) ? [stored[key] as T] : []));
}

/** The match indexes of the enabled packs: what the content world adds to the bundled ones. */
export const loadEnabledMatchIndexes = () => loadEnabled<MatchIndex>('match');

/** The enabled packs in full: for cards, search and the reader. */
export const loadEnabledPacks = () => loadEnabled<Pack>('pack');

/** Whether a change to these storage keys changes what the lens marks: the list, or a match index. */
export const changesLibrary = (keys: readonly string[]): boolean =>
  keys.some((key) => key === LIST || /^library:.*:match$/.test(key));

/**
 * Calls back when the enabled packs or their match indexes change (not when a
 * file alone does). For extension pages and the background: content scripts
 * hear of it from the background (a storage event would hand them whole packs).
 */
export function watchLibrary(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && changesLibrary(Object.keys(changes))) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * The bundled packs and the library's enabled ones together, with one
 * Traditional fold for all: what search, the popup and the reader work on.
 */
export async function withLibrary({
  packs,
  matchIndexes,
}: {
  packs: readonly Pack[];
  matchIndexes: readonly MatchIndex[];
}): Promise<{ packs: Pack[]; charFold: string }> {
  const [stored, storedIndexes] = await Promise.all([
    loadEnabledPacks(),
    loadEnabledMatchIndexes(),
  ]);
  return {
    packs: [...packs, ...stored],
    charFold: combineCharFolds([...matchIndexes, ...storedIndexes]),
  };
}
