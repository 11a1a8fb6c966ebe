import { termKey } from '../pack/term-key';
import type { MuteScope } from '../protocol/background-protocol';
import { loadSettings, updateSettings } from '../settings/settings-storage';
import type { Site } from '../sites/site-pattern';
import { switchSite } from '../sites/site-switch';

/**
 * A card's mute buttons: the term joins the terms switched off, or the site
 * is switched off. False when there was nothing to do (no site a rule can
 * name, or the term already off).
 */
export async function muteFromCard({
  scope,
  packId,
  termId,
  site,
}: {
  scope: MuteScope;
  packId: string;
  termId: string;
  site: Site | null;
}): Promise<boolean> {
  const settings = await loadSettings();
  if (scope === 'site') {
    if (!site) return false;
    await updateSettings(switchSite(settings, site, false));
    return true;
  }
  const key = termKey(packId, termId);
  if (settings.disabledTerms.includes(key)) return false;
  await updateSettings({ disabledTerms: [...settings.disabledTerms, key] });
  return true;
}
