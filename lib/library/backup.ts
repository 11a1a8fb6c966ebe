import { isRecord } from '../protocol/protocol';
import type { Settings } from '../settings/settings';
import { readStoredSettings } from '../settings/migrate-settings';
import { PackFileError, readPackFile, type PackFile } from './pack-file';

/** Settings and every added interview in one file. */
export interface Backup {
  format: 'interview-lens-backup';
  version: 1;
  settings: Settings;
  packs: { enabled: boolean; file: PackFile }[];
}

/** Checks a backup read from JSON; throws a PackFileError naming the field at fault. */
export function readBackup(value: unknown): Backup {
  if (!isRecord(value) || value.format !== 'interview-lens-backup')
    throw new PackFileError('format', 'expected "interview-lens-backup"');
  if (value.version !== 1) throw new PackFileError('version', 'expected version 1');
  if (!Array.isArray(value.packs)) throw new PackFileError('packs', 'expected a list');
  return {
    format: 'interview-lens-backup',
    version: 1,
    settings: readStoredSettings(value.settings),
    packs: value.packs.map((item, i) => {
      if (!isRecord(item)) throw new PackFileError(`packs[${i}]`, 'expected an object');
      try {
        return { enabled: item.enabled !== false, file: readPackFile(item.file) };
      } catch (error) {
        if (error instanceof PackFileError)
          throw new PackFileError(
            `packs[${i}].file${error.field ? `.${error.field}` : ''}`,
            error.message.replace(/^[^:]*: /, ''),
          );
        throw error;
      }
    }),
  };
}
