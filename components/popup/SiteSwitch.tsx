import { t } from '../../lib/i18n';
import { isSiteOn } from '../../lib/sites/site-switch';
import type { SiteSwitchState } from './useSiteSwitch';

/**
 * The popup's two switches: marks on pages at all, and marks on this tab's
 * site. Open tabs follow at once: the background relays the settings change.
 */
export function SiteSwitch({ state }: { state: SiteSwitchState }) {
  const { settings, site } = state;
  return (
    <section class="site-switch" aria-label={t('popupSwitchesLabel')}>
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => state.setEnabled(e.currentTarget.checked)}
        />
        {t('settingsEnabled')}
      </label>
      {site && (
        <label>
          <input
            type="checkbox"
            checked={isSiteOn(settings, site)}
            disabled={!settings.enabled}
            onChange={(e) => state.setSiteOn(e.currentTarget.checked)}
          />
          {t('popupSiteSwitch', [site.kind === 'file' ? t('popupSiteFiles') : site.host])}
        </label>
      )}
    </section>
  );
}
