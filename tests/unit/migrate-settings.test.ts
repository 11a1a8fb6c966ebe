import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_VERSION } from '../../lib/settings/migrate-settings';

describe('migrateSettings', () => {
  it('stamps an unnumbered (version 1) value with the current version and keeps its fields', () => {
    const v1 = { enabled: false, markNational: true, hoverDelayMs: 10, disabledTerms: ['a:b'] };
    expect(migrateSettings(v1)).toEqual({ ...v1, version: SETTINGS_VERSION });
  });

  it('leaves a current value as it is', () => {
    const current = { enabled: true, offSites: ['example.com'], version: SETTINGS_VERSION };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('keeps a newer version number, so a newer release still recognizes its value', () => {
    expect(migrateSettings({ version: SETTINGS_VERSION + 3, x: 1 })).toEqual({
      version: SETTINGS_VERSION + 3,
      x: 1,
    });
  });

  it('reads a version that is not a whole number from 1 as the oldest shape', () => {
    for (const version of ['2', -1, 0, 1.5, Number.NaN, null]) {
      expect(migrateSettings({ version, enabled: false }), String(version)).toEqual({
        version: SETTINGS_VERSION,
        enabled: false,
      });
    }
  });

  it('starts from nothing when the stored value is not an object', () => {
    for (const raw of [undefined, null, 'garbage', 3]) {
      expect(migrateSettings(raw), String(raw)).toEqual({ version: SETTINGS_VERSION });
    }
  });

  it('does not change the value it was given', () => {
    const stored = { enabled: false };
    migrateSettings(stored);
    expect(stored).toEqual({ enabled: false });
  });
});
