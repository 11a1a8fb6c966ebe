import { useEffect, useState } from 'preact/hooks';
import { packFileOf } from '../lib/library/pack-file';
import type { Pack } from '../lib/pack/types';
import { termKey } from '../lib/pack/term-key';
import { t, type MessageKey } from '../lib/i18n';
import { labelBy, labelNoteKey } from '../lib/pack/label-by';
import { HOLD_KEYS, type HoldKey, type Settings } from '../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../lib/settings/settings-storage';
import { downloadJson } from './library/download';
import { Library } from './library/Library';
import type { ImportToolsLoader } from './library/import-tools';
import { Appearance } from './options/Appearance';
import { Choice } from './options/Choice';
import { SiteRules } from './options/SiteRules';
import type { StartSampleLens } from './shared/LensSample';
import { TierLabel } from './shared/TierLabel';

const HOLD_KEY_LABELS = {
  none: 'settingsHoldKeyNone',
  alt: 'settingsHoldKeyAlt',
  ctrl: 'settingsHoldKeyCtrl',
  shift: 'settingsHoldKeyShift',
} as const satisfies Record<HoldKey, MessageKey>;

/** Settings page: what to mark, how fast the card opens, which terms are off, and the reader's own interviews. */
export function Options({
  packs,
  loadImportTools,
  startSampleLens,
}: {
  packs: readonly Pack[];
  loadImportTools: ImportToolsLoader;
  /** Mounts the lens on the appearance preview (the bundled pack comes first). */
  startSampleLens: StartSampleLens;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    // The popup's switches and other windows change settings too.
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;

  const save = (change: Partial<Settings>) =>
    void updateSettings(change).then((next) => {
      setSettings(next);
      setSaved(true);
    });
  const toggleTerm = (key: string, on: boolean) => {
    const off = new Set(settings.disabledTerms);
    if (on) off.delete(key);
    else off.add(key);
    save({ disabledTerms: [...off] });
  };

  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <p>
          <label>
            <input
              type="checkbox"
              name="enabled"
              checked={settings.enabled}
              onChange={(e) => save({ enabled: e.currentTarget.checked })}
            />{' '}
            {t('settingsEnabled')}
          </label>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              name="markNational"
              checked={settings.markNational}
              onChange={(e) => save({ markNational: e.currentTarget.checked })}
            />{' '}
            {t('settingsNational')}
          </label>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              name="showBadge"
              checked={settings.showBadge}
              onChange={(e) => save({ showBadge: e.currentTarget.checked })}
            />{' '}
            {t('settingsShowBadge')}
          </label>
        </p>
        <p>
          <label>
            {t('settingsHoverDelay')}{' '}
            <input
              type="number"
              name="hoverDelayMs"
              min={0}
              max={5000}
              step={50}
              value={settings.hoverDelayMs}
              onChange={(e) => {
                // An emptied or half-typed field is not a delay of 0 ms.
                const value = e.currentTarget.valueAsNumber;
                if (Number.isFinite(value)) save({ hoverDelayMs: value });
              }}
            />
          </label>
        </p>
        <Choice
          name="holdKey"
          label={t('settingsHoldKey')}
          value={settings.holdKey}
          options={HOLD_KEYS}
          labels={HOLD_KEY_LABELS}
          onChange={(holdKey) => save({ holdKey })}
        />
        <SiteRules settings={settings} save={save} />
        {packs[0] && (
          <Appearance settings={settings} save={save} pack={packs[0]} startLens={startSampleLens} />
        )}
        {packs.map((pack) => (
          <fieldset key={pack.id}>
            <legend>
              {t('settingsTerms')} · {pack.label}{' '}
              <span class="note">({t(labelNoteKey(labelBy(pack)))})</span>
            </legend>
            <p class="muted">{t('settingsTermsHint')}</p>
            {labelBy(pack) === 'project' && (
              // The bundled interview is a pack like any other: it exports as one.
              <p>
                <button
                  type="button"
                  onClick={() => downloadJson(`${pack.id}.interview-lens.json`, packFileOf(pack))}
                >
                  {t('libraryExport')}
                </button>
              </p>
            )}
            <ul class="term-toggles">
              {pack.terms.map((term) => {
                const key = termKey(pack.id, term.id);
                return (
                  <li key={key}>
                    <label lang="zh">
                      <input
                        type="checkbox"
                        checked={!settings.disabledTerms.includes(key)}
                        onChange={(e) => toggleTerm(key, e.currentTarget.checked)}
                      />{' '}
                      {term.text} <TierLabel tier={term.tier} />
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </form>
      <p role="status" class="muted" aria-label={t('optionsTitle')}>
        {saved ? t('settingsSaved') : ''}
      </p>
      <Library loadTools={loadImportTools} />
    </main>
  );
}
