import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/protocol/messaging';
import type { Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/settings-storage';
import type { Site } from '../../lib/sites/site-pattern';
import { isLensOnForSite, switchSite } from '../../lib/sites/site-switch';

/** The switches that decide whether the tab's page is marked, and their state. */
export interface SiteSwitchState {
  settings: Settings;
  /** The tab's site; null for pages no rule can name. */
  site: Site | null;
  /** Whether the tab's page is marked, all switches considered. */
  lensOn: boolean;
  setEnabled(enabled: boolean): void;
  setSiteOn(on: boolean): void;
}

/**
 * Settings (followed live) and the tab's site (from the background, which saw
 * its top frame); undefined until the settings are read.
 */
export function useSiteSwitch(tabId: number | undefined): SiteSwitchState | undefined {
  const [settings, setSettings] = useState<Settings>();
  const [site, setSite] = useState<Site | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    if (tabId === undefined) return;
    void sendToBackground('getTabSite', { tabId })
      .then(setSite)
      .catch(() => setSite(null));
  }, [tabId]);
  if (!settings) return undefined;
  return {
    settings,
    site,
    lensOn: isLensOnForSite(settings, site),
    setEnabled: (enabled) => void updateSettings({ enabled }),
    setSiteOn: (on) => site && void updateSettings(switchSite(settings, site, on)),
  };
}
