import { sendToBackground } from '../lib/protocol/messaging';

/**
 * Whether the site rules let this frame's lens run, as the background decides
 * them. When the background cannot answer, the lens runs: marking is the
 * default, and only the background knows a site was switched off.
 */
export function askLensOn(): Promise<boolean> {
  return sendToBackground('isLensOn', {}).catch(() => true);
}
