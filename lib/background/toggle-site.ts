import { loadSettings, updateSettings } from '../settings/settings-storage';
import { isSiteOn, switchSite } from '../sites/site-switch';
import type { TabSites } from './tab-sites';

/**
 * The toggle command: switches marks on the tab's site the other way. Returns
 * the site's new state, or null when the tab's page has no site a rule can name.
 */
export async function toggleSiteOfTab(tabSites: TabSites, tabId: number): Promise<boolean | null> {
  const site = await tabSites.get(tabId);
  if (!site) return null;
  const settings = await loadSettings();
  const on = !isSiteOn(settings, site);
  await updateSettings(switchSite(settings, site, on));
  return on;
}
