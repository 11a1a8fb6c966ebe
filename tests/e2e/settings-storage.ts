import type { Worker } from 'playwright-core';
import type { Settings } from '../../lib/settings/settings';

/** Writes settings straight into the extension's storage, as the options page would. */
export async function setSettings(worker: Worker, settings: Partial<Settings>): Promise<void> {
  await worker.evaluate(async (value) => {
    const current = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...current, ...value } });
  }, settings);
}
