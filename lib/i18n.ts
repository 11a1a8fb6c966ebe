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

/**
 * The language the UI strings are in, as a BCP 47 tag (`en`, `zh-CN`, `zh-TW`):
 * each catalog names its own, so this is the locale the extension chose (the
 * browser's when the extension has it, `en` otherwise). `@@ui_locale` would
 * give the browser's locale instead, even when no catalog matches it.
 */
export function uiLanguage(): string {
  return t('uiLanguageTag');
}
