import { loadEnabledMatchIndexes } from '../library/pack-store';
import type { LensSetup } from '../protocol/background-protocol';
import { sanitizeLensSettings } from '../settings/settings';
import { loadSettings } from '../settings/settings-storage';
import type { Site } from '../sites/site-pattern';
import { isLensOnForSite } from '../sites/site-switch';

/**
 * What a frame's lens runs with on its tab's site (learnt meanwhile): the
 * lens's part of the settings and the enabled packs' match indexes, or null
 * when the site's rule switches the lens off.
 */
export async function lensSetupFor(site: Promise<Site | null>): Promise<LensSetup | null> {
  const [siteNow, settings, libraryIndexes] = await Promise.all([
    site,
    loadSettings(),
    loadEnabledMatchIndexes(),
  ]);
  if (!isLensOnForSite(settings, siteNow)) return null;
  return { settings: sanitizeLensSettings(settings), libraryIndexes };
}
