import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { applyDocumentLanguage } from '../../lib/ui-language';
import { getMessage } from '../setup/i18n';

describe('the i18n test setup', () => {
  it('is what wxt/browser resolves to under the WXT Vitest plugin', () => {
    expect(browser).toBe(fakeBrowser);
    expect(browser.i18n.getMessage).toBe(getMessage);
    expect(browser.i18n.getUILanguage()).toBe('en');
  });

  it('substitutes $1… through named placeholders, case-insensitively', () => {
    expect(getMessage('cardPosition', ['1', '2'])).toBe('Place 1 of 2');
    expect(getMessage('cardPlaces', '3')).toBe('in 3 places');
    expect(getMessage('cardPosition', [4, 7])).toBe('Place 4 of 7');
    expect(getMessage('citationParagraph', ['4', '2'])).toBe('Q4, paragraph 2');
  });

  it('leaves missing substitutions empty and unknown keys blank, as Chrome does', () => {
    expect(getMessage('cardPosition', ['1'])).toBe('Place 1 of ');
    expect(getMessage('cardPosition')).toBe('Place  of ');
    expect(getMessage('noSuchMessage')).toBe('');
  });
});

describe('t', () => {
  it('returns the English string, with numbers as substitutions', () => {
    expect(t('cardClose')).toBe('Close');
    expect(t('cardPosition', [2, 5])).toBe('Place 2 of 5');
    expect(t('citationParagraph', [3, 2])).toBe('Q3, paragraph 2');
  });

  it('falls back to the key when the message is missing', () => {
    expect(t('noSuchMessage' as Parameters<typeof t>[0])).toBe('noSuchMessage');
  });
});

describe('applyDocumentLanguage', () => {
  it('sets the page language and a translated title', () => {
    applyDocumentLanguage('optionsTitle');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Interview Lens: settings');
  });
});
