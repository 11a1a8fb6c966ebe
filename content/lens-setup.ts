import { loadEnabledMatchIndexes } from '../lib/library/pack-store';
import type { LensSetup } from '../lib/protocol/background-protocol';
import { sendToBackground } from '../lib/protocol/messaging';
import { loadLensSettings } from '../lib/settings/settings-storage';

/**
 * What the lens runs with, from the background's answer to `lensSetup` (null:
 * the rule for the tab's site switches it off). When the background cannot
 * answer, the lens runs with what storage holds: marking is the default, and
 * only the background knows a site was switched off.
 */
export function lensSetupOf(answer: Promise<LensSetup | null>): Promise<LensSetup | null> {
  return answer.catch(readStoredLensSetup);
}

/** Asks the background afresh, after a change of settings or packs. */
export const askLensSetup = (): Promise<LensSetup | null> =>
  lensSetupOf(sendToBackground('lensSetup', {}));

/** The setup as storage holds it: for the extension's own pages, and when the background cannot answer. */
export async function readStoredLensSetup(): Promise<LensSetup> {
  const [settings, libraryIndexes] = await Promise.all([
    loadLensSettings(),
    loadEnabledMatchIndexes(),
  ]);
  return { settings, libraryIndexes };
}
