import { loadSettings, updateSettings } from '../settings/settings-storage';
import { isLensOnForSite, switchSite } from '../sites/site-switch';
import type { TabSites } from './tab-sites';

/**
 * The toggle command: switches marks on the tab's site the other way. Returns
 * the site's new state, or null when the tab's page has no site a rule can name.
 */
export async function toggleSiteOfTab(tabSites: TabSites, tabId: number): Promise<boolean | null> {
  const site = await tabSites.get(tabId);
  if (!site) return null;
  const settings = await loadSettings();
  // The site's own rule decides, as the popup's switch shows it.
  const on = !isLensOnForSite({ ...settings, enabled: true }, site);
  await updateSettings(switchSite(settings, site, on));
  return on;
}
