import { t, uiLanguage, type MessageKey } from './i18n';

/** Sets an extension page's language (the one its strings are in) and title. */
export function applyDocumentLanguage(titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
