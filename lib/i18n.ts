import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json (WXT generates the union). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * A UI string in the browser's language (en, zh_CN or zh_TW), with substitutions.
 * Falls back to the key, so a missing string is visible rather than blank.
 */
export function t(key: MessageKey, substitutions?: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions?.map(String));
  return message || key;
}
