import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  deletePack,
  listLibrary,
  listStale,
  loadPackFile,
  renamePack,
  savePack,
  setPackEnabled,
  watchLibrary,
  type LibraryEntry,
} from '../../lib/library/pack-store';
import { buildImportedPack } from '../../lib/library/import-pack';
import { BackupControls } from './BackupControls';
import './library.css';
import { downloadJson } from './download';
import { ImportPanel } from './ImportPanel';
import type { ImportToolsLoader } from './import-tools';

type Deleted = Awaited<ReturnType<typeof deletePack>>;

/** The reader's own interviews: switch each on or off, rename, export, delete with undo, and add more. */
export function Library({ loadTools }: { loadTools: ImportToolsLoader }) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ title: string; data: NonNullable<Deleted> } | null>(
    null,
  );
  const [error, setError] = useState('');

  useEffect(() => {
    const refresh = () => void listLibrary().then(setEntries);
    refresh();
    return watchLibrary(refresh);
  }, []);

  // After an update that changed the pipeline, packs are rebuilt from their
  // files here (the background cannot load the converters); until then the lens
  // leaves them out rather than read stale tables.
  const [rebuilt, setRebuilt] = useState(0);
  useEffect(() => {
    void (async () => {
      const stale = await listStale();
      if (stale.length === 0) return;
      const tools = await loadTools();
      let count = 0;
      for (const entry of stale) {
        const file = await loadPackFile(entry.id);
        if (!file) continue;
        const build = buildImportedPack(file, tools);
        await savePack({ file, pack: build.pack, matchIndex: build.matchIndex });
        count++;
      }
      setRebuilt(count);
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  /** Runs a library change; a refused one says why and changes nothing. */
  const attempt = (change: () => Promise<unknown>) =>
    void change().then(
      () => setError(''),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );

  const remove = (entry: LibraryEntry) =>
    attempt(async () => {
      const data = await deletePack(entry.id);
      setDeleted(data ? { title: entry.title, data } : null);
    });
  const undo = () =>
    deleted &&
    attempt(async () => {
      await savePack(deleted.data);
      setDeleted(null);
    });
  const exportPack = (entry: LibraryEntry) =>
    attempt(async () => {
      const file = await loadPackFile(entry.id);
      if (file) downloadJson(`${entry.id}.interview-lens.json`, file);
    });

  return (
    <section class="library" aria-labelledby="library-title">
      <h2 id="library-title">{t('libraryTitle')}</h2>
      {entries && entries.length === 0 && <p class="muted">{t('libraryEmpty')}</p>}
      {rebuilt > 0 && (
        <p role="status" class="muted">
          {t('libraryRebuilt', [rebuilt])}
        </p>
      )}
      <ul class="library-list">
        {entries?.map((entry) => (
          <li key={entry.id} class="library-entry">
            <label>
              <input
                type="checkbox"
                checked={entry.enabled}
                onChange={(e) => attempt(() => setPackEnabled(entry.id, e.currentTarget.checked))}
              />{' '}
              <span class="visually-hidden">{t('libraryEnabled')}: </span>
              <span lang="zh">{entry.title}</span>
            </label>
            {renaming === entry.id ? (
              <form
                class="rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  const name = new FormData(e.currentTarget).get('name');
                  attempt(async () => {
                    await renamePack(entry.id, String(name ?? ''));
                    setRenaming(null);
                  });
                }}
              >
                <label>
                  <span class="visually-hidden">{t('libraryRenameLabel', [entry.title])}</span>
                  <input name="name" defaultValue={entry.title} required maxLength={200} />
                </label>
                <button type="submit">{t('librarySaveName')}</button>
              </form>
            ) : (
              <span class="library-actions">
                <button type="button" onClick={() => setRenaming(entry.id)}>
                  {t('libraryRename')}
                </button>
                <button type="button" onClick={() => exportPack(entry)}>
                  {t('libraryExport')}
                </button>
                <button type="button" onClick={() => remove(entry)}>
                  {t('libraryDelete')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <p role="status" class="muted">
        {deleted && (
          <>
            {t('libraryDeleted', [deleted.title])}{' '}
            <button type="button" onClick={undo}>
              {t('libraryUndo')}
            </button>
          </>
        )}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <ImportPanel loadTools={loadTools} takenIds={new Set(entries?.map((e) => e.id))} />
      <BackupControls loadTools={loadTools} />
    </section>
  );
}
