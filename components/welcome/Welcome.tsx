import { t, type MessageKey } from '../../lib/i18n';
import type { Pack } from '../../lib/pack/types';
import { LensSample, type StartSampleLens } from '../shared/LensSample';

/** What each of the manifest's commands does, by command name. */
const COMMAND_LABELS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  _execute_browser_action: 'commandOpenPopup',
  'next-term': 'commandNextTerm',
  'previous-term': 'commandPreviousTerm',
  'toggle-site': 'commandToggleSite',
  'open-reader': 'commandOpenReader',
};

/** A command and the keys the browser has bound to it (none, when unset). */
export interface Shortcut {
  command: string;
  shortcut?: string;
}

/**
 * The page a new user sees once, after installing: a paragraph to try the
 * lens on, the keyboard shortcuts as the browser has them now, and where to
 * switch marks off.
 */
export function Welcome({
  pack,
  startSampleLens,
  shortcuts,
  openSettings,
}: {
  pack: Pack;
  startSampleLens: StartSampleLens;
  shortcuts: readonly Shortcut[];
  openSettings(): void;
}) {
  const known = shortcuts.filter(({ command }) => command in COMMAND_LABELS);
  return (
    <main class="page welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcomeTry')}</h2>
        <LensSample pack={pack} startLens={startSampleLens} />
      </section>
      <section aria-labelledby="welcome-shortcuts">
        <h2 id="welcome-shortcuts">{t('welcomeShortcuts')}</h2>
        <dl class="shortcuts">
          {known.map(({ command, shortcut }) => (
            <div key={command}>
              <dt>
                {shortcut ? (
                  <kbd>{shortcut}</kbd>
                ) : (
                  <span class="muted">{t('welcomeShortcutUnset')}</span>
                )}
              </dt>
              <dd>{t(COMMAND_LABELS[command]!)}</dd>
            </div>
          ))}
        </dl>
        <p class="muted">{t('welcomeShortcutsHint')}</p>
      </section>
      <section aria-labelledby="welcome-off">
        <h2 id="welcome-off">{t('welcomeSwitchOff')}</h2>
        <ul>
          <li>{t('welcomeSwitchOffPopup')}</li>
          <li>{t('welcomeSwitchOffCard')}</li>
          <li>{t('welcomeSwitchOffOptions')}</li>
        </ul>
        <p>
          <button type="button" class="button" onClick={openSettings}>
            {t('welcomeOpenSettings')}
          </button>
        </p>
      </section>
      <p class="muted">{t('welcomePrivacy')}</p>
    </main>
  );
}
