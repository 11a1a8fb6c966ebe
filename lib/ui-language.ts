import { browser } from 'wxt/browser';
import { t, type MessageKey } from './i18n';

/** Sets an extension page's language and title from the browser's UI language. */
export function applyDocumentLanguage(titleKey: MessageKey): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t(titleKey);
}
