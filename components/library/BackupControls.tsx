import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { readBackup, type Backup } from '../../lib/library/backup';
import { buildImportedPack } from '../../lib/library/import-pack';
import { listLibrary, loadPackFile, savePack } from '../../lib/library/pack-store';
import { loadSettings, updateSettings } from '../../lib/settings/settings-storage';
import { downloadJson } from './download';
import type { ImportToolsLoader } from './import-tools';

/** Exports settings and every added interview as one file, and restores such a file. */
export function BackupControls({ loadTools }: { loadTools: ImportToolsLoader }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const exportAll = async () => {
    const entries = await listLibrary();
    const packs = [];
    for (const entry of entries) {
      const file = await loadPackFile(entry.id);
      if (file) packs.push({ enabled: entry.enabled, file });
    }
    const backup: Backup = {
      format: 'interview-lens-backup',
      version: 1,
      settings: await loadSettings(),
      packs,
    };
    downloadJson('interview-lens-backup.json', backup);
  };

  /** Checks the whole file and builds every pack before writing anything. */
  const restore = async (picked: File) => {
    setError('');
    setMessage('');
    try {
      const backup = readBackup(JSON.parse(await picked.text()));
      const tools = await loadTools();
      const builds = backup.packs.map(({ file, enabled }) => {
        const build = buildImportedPack(file, tools);
        if (build.problems.length > 0) throw new Error(`${file.meta.title}: ${build.problems[0]}`);
        return { file, build, enabled };
      });
      for (const { file, build, enabled } of builds)
        await savePack({ file, pack: build.pack, matchIndex: build.matchIndex, enabled });
      await updateSettings(backup.settings);
      setMessage(t('backupRestored', [builds.length]));
    } catch (e) {
      setError(t('backupErrorShape', [e instanceof Error ? e.message : String(e)]));
    }
  };

  return (
    <section class="backup" aria-labelledby="backup-title">
      <h3 id="backup-title">{t('backupTitle')}</h3>
      <p class="muted">{t('backupHint')}</p>
      <p>
        <button type="button" onClick={() => void exportAll()}>
          {t('backupExport')}
        </button>{' '}
        <label>
          {t('backupRestore')}{' '}
          <input
            type="file"
            name="backup-file"
            accept=".json,application/json"
            onChange={(e) => {
              const picked = e.currentTarget.files?.[0];
              if (picked) void restore(picked);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      <p role="status" class="muted">
        {message}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
