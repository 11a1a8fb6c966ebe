import { useEffect, useState } from 'preact/hooks';
import { packFileOf } from '../lib/library/pack-file';
import type { Pack } from '../lib/pack/types';
import { t, type MessageKey } from '../lib/i18n';
import { labelBy } from '../lib/pack/label-by';
import { HOLD_KEYS, withChange, type HoldKey, type Settings } from '../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../lib/settings/settings-storage';
import { downloadJson } from './library/download';
import { Library } from './library/Library';
import type { ImportToolsLoader } from './library/import-tools';
import { Appearance } from './options/Appearance';
import { Choice } from './options/Choice';
import { SavedNote } from './options/SavedNote';
import { SiteRules } from './options/SiteRules';
import { TermSwitches } from './options/TermSwitches';
import type { StartSampleLens } from './shared/LensSample';

const HOLD_KEY_LABELS = {
  none: 'settingsHoldKeyNone',
  alt: 'settingsHoldKeyAlt',
  ctrl: 'settingsHoldKeyCtrl',
  shift: 'settingsHoldKeyShift',
} as const satisfies Record<HoldKey, MessageKey>;

/** The parts of the page, each confirming its own saves beside its controls. */
type Section = 'marking' | 'hover' | 'sites' | 'appearance' | 'terms';

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
  const [savedIn, setSavedIn] = useState<Section | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    // The popup's switches and other windows change settings too.
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;

  // The controls show a change at once; the stored settings come back through
  // the watcher once this page's last save is done. Taking each save's own
  // result would undo a control changed while it was in flight (a radio
  // clicked during the previous control's save flicked back).
  const saveIn = (section: Section) => (change: Partial<Settings>) => {
    setSettings((current) => current && withChange(current, change));
    void updateSettings(change).then(() => setSavedIn(section));
  };

  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('settingsMarking')}</legend>
          {(
            [
              ['enabled', 'settingsEnabled'],
              ['markNational', 'settingsNational'],
              ['showBadge', 'settingsShowBadge'],
            ] as const
          ).map(([field, label]) => (
            <p key={field}>
              <label>
                <input
                  type="checkbox"
                  name={field}
                  checked={settings[field]}
                  onChange={(e) => saveIn('marking')({ [field]: e.currentTarget.checked })}
                />{' '}
                {t(label)}
              </label>
            </p>
          ))}
          <SavedNote shown={savedIn === 'marking'} />
        </fieldset>
        <fieldset>
          <legend>{t('settingsHover')}</legend>
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
                  if (Number.isFinite(value)) saveIn('hover')({ hoverDelayMs: value });
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
            onChange={(holdKey) => saveIn('hover')({ holdKey })}
          />
          <SavedNote shown={savedIn === 'hover'} />
        </fieldset>
        <SiteRules settings={settings} save={saveIn('sites')}>
          <SavedNote shown={savedIn === 'sites'} />
        </SiteRules>
        {packs[0] && (
          <Appearance
            settings={settings}
            save={saveIn('appearance')}
            pack={packs[0]}
            startLens={startSampleLens}
          >
            <SavedNote shown={savedIn === 'appearance'} />
          </Appearance>
        )}
        {packs.map((pack) => (
          <fieldset key={pack.id}>
            <legend>
              {t('settingsTerms')} · {pack.label}
            </legend>
            <p class="muted">{t('settingsTermsHint')}</p>
            {labelBy(pack) === 'project' && (
              // The bundled interview is a pack like any other: it exports as one.
              <p>
                <button
                  type="button"
                  class="button"
                  onClick={() => downloadJson(`${pack.id}.interview-lens.json`, packFileOf(pack))}
                >
                  {t('libraryExport')}
                </button>
              </p>
            )}
            <TermSwitches
              pack={pack}
              disabledTerms={settings.disabledTerms}
              onChange={(disabledTerms) => saveIn('terms')({ disabledTerms })}
            />
            <SavedNote shown={savedIn === 'terms'} />
          </fieldset>
        ))}
      </form>
      <Library loadTools={loadImportTools} />
    </main>
  );
}
