import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings, SiteMode } from '../../lib/settings/settings';
import { normalizeSitePattern } from '../../lib/sites/site-pattern';

/** Which list each mode edits. */
const LIST_OF: Record<SiteMode, 'offSites' | 'onlySites'> = {
  everywhere: 'offSites',
  listed: 'onlySites',
};

/**
 * Where the lens runs: everywhere but the sites listed, or only on them. The
 * list is edited as text, one site per line; lines that name no site are kept
 * in the box and named, never silently dropped, and the valid ones are saved.
 */
export function SiteRules({
  settings,
  save,
  children,
}: {
  settings: Settings;
  save: (change: Partial<Settings>) => void;
  /** Shown at the end of the section (the page's "Saved" note). */
  children?: ComponentChildren;
}) {
  const list = LIST_OF[settings.siteMode];
  const stored = settings[list].join('\n');
  const [text, setText] = useState(stored);
  const [invalid, setInvalid] = useState<string[]>([]);
  // A change from elsewhere (the popup's switch, another window, the mode)
  // replaces the text; the list this box just saved comes back too, and then
  // the lines it could not save stay in the box to be fixed. This runs during
  // render, not in an effect that could land after the reader's first keystroke.
  const lastStored = useRef(stored);
  const ownSave = useRef<string | null>(null);
  if (stored !== lastStored.current) {
    lastStored.current = stored;
    if (stored !== ownSave.current) {
      setText(stored);
      setInvalid([]);
    }
    ownSave.current = null;
  }

  const commit = (value: string) => {
    const lines = value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ line, pattern: normalizeSitePattern(line) }));
    const saved = [...new Set(lines.flatMap(({ pattern }) => (pattern ? [pattern] : [])))];
    const bad = lines.flatMap(({ line, pattern }) => (pattern ? [] : [line]));
    setInvalid(bad);
    ownSave.current = saved.join('\n');
    setText([...saved, ...bad].join('\n'));
    save({ [list]: saved });
  };
  const modeOption = (mode: SiteMode, label: string) => (
    <label>
      <input
        type="radio"
        name="siteMode"
        value={mode}
        checked={settings.siteMode === mode}
        onChange={() => {
          setInvalid([]);
          save({ siteMode: mode });
        }}
      />{' '}
      {label}
    </label>
  );

  return (
    <fieldset class="site-rules">
      <legend>{t('settingsSites')}</legend>
      <p>{modeOption('everywhere', t('settingsSitesEverywhere'))}</p>
      <p>{modeOption('listed', t('settingsSitesListed'))}</p>
      <label for="site-list">
        {settings.siteMode === 'everywhere' ? t('settingsSitesOffList') : t('settingsSitesOnList')}
      </label>
      <textarea
        id="site-list"
        rows={5}
        spellcheck={false}
        aria-describedby={invalid.length > 0 ? 'site-list-hint site-list-errors' : 'site-list-hint'}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        // The box's own value: the last keystroke may not have rendered yet.
        onBlur={(e) => commit(e.currentTarget.value)}
      />
      <p id="site-list-hint" class="muted">
        {t('settingsSitesHint')}
      </p>
      {invalid.length > 0 && (
        <p id="site-list-errors" class="error" role="alert">
          {t('settingsSitesInvalid', [invalid.join(', ')])}
        </p>
      )}
      {children}
    </fieldset>
  );
}
