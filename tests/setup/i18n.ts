/**
 * WXT's fake browser leaves `browser.i18n` unimplemented, so every UI string would
 * throw. This serves them from the English catalog, substituting `$1`… through each
 * message's named placeholders as Chrome does.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import catalog from '../../public/_locales/en/messages.json';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages: Readonly<Record<string, LocaleMessage>> = catalog;

// Chrome's grammar: `$name$` is a named placeholder (case-insensitive), `$1`…`$9`
// a positional substitution, and `$$` a literal dollar sign.
const TOKEN = /\$([A-Za-z0-9_@]+)\$|\$([1-9])|\$\$/g;
const POSITIONAL = /\$([1-9])|\$\$/g;

function expandPositional(text: string, values: readonly string[]): string {
  return text.replace(POSITIONAL, (_whole, digit: string | undefined) =>
    digit === undefined ? '$' : (values[Number(digit) - 1] ?? ''),
  );
}

/** `chrome.i18n.getMessage` over the English catalog: '' for an unknown key, as Chrome returns. */
export function getMessage(name: string, substitutions?: string | (string | number)[]): string {
  const entry = messages[name];
  if (!entry) return '';
  const values = (substitutions === undefined ? [] : [substitutions].flat()).map(String);
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([key, { content }]) => [
      key.toLowerCase(),
      content,
    ]),
  );
  return entry.message.replace(
    TOKEN,
    (whole, placeholder: string | undefined, digit: string | undefined) => {
      if (placeholder !== undefined) {
        const content = placeholders.get(placeholder.toLowerCase());
        return content === undefined ? whole : expandPositional(content, values);
      }
      if (digit !== undefined) return values[Number(digit) - 1] ?? '';
      return '$';
    },
  );
}

fakeBrowser.i18n.getMessage = getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
