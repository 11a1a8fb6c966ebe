import type { Settings } from '../settings/settings';
import {
  parseSitePattern,
  patternForSite,
  patternsCoverSite,
  patternMatchesSite,
  type Site,
} from './site-pattern';

type SiteSettings = Pick<Settings, 'enabled' | 'siteMode' | 'offSites' | 'onlySites'>;

/**
 * Whether the lens marks a page on `site` (null: a page no rule can name, such
 * as `about:blank`). The global switch comes first; then, depending on the
 * mode, the site must not be switched off, or must be listed.
 */
export function isLensOnForSite(settings: SiteSettings, site: Site | null): boolean {
  if (!settings.enabled) return false;
  return site ? isSiteOn(settings, site) : settings.siteMode === 'everywhere';
}

/**
 * The site's own rule, whatever the global switch says: what the popup's site
 * switch shows and what the toggle command flips.
 */
export function isSiteOn(settings: Omit<SiteSettings, 'enabled'>, site: Site): boolean {
  return settings.siteMode === 'listed'
    ? patternsCoverSite(settings.onlySites, site)
    : !patternsCoverSite(settings.offSites, site);
}

/**
 * The change to the site lists that turns the lens on or off for `site` in the
 * current mode. Turning a site on removes every pattern that covers it (a
 * wildcard included), since anything less would leave it off; turning it off
 * adds the site's own host.
 */
export function switchSite(
  settings: SiteSettings,
  site: Site,
  on: boolean,
): Partial<Pick<Settings, 'offSites' | 'onlySites'>> {
  const covering = (stored: string) => {
    const pattern = parseSitePattern(stored);
    return !!pattern && patternMatchesSite(pattern, site);
  };
  if (settings.siteMode === 'listed') {
    return on
      ? { onlySites: addPattern(settings.onlySites, patternForSite(site)) }
      : { onlySites: settings.onlySites.filter((stored) => !covering(stored)) };
  }
  return on
    ? { offSites: settings.offSites.filter((stored) => !covering(stored)) }
    : { offSites: addPattern(settings.offSites, patternForSite(site)) };
}

function addPattern(patterns: readonly string[], pattern: string): string[] {
  return patterns.includes(pattern) ? [...patterns] : [...patterns, pattern];
}
