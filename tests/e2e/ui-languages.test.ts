import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { recordingProxySuite } from './recording-proxy';
import { screenshot } from './screenshots';

const recorder = recordingProxySuite();

type Catalog = Record<string, { message: string }>;
const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));

describe('the popup in each UI language', () => {
  it.each([
    { browserLocale: 'en-US', locale: 'en' },
    { browserLocale: 'zh-CN', locale: 'zh_CN' },
    { browserLocale: 'zh-TW', locale: 'zh_TW' },
  ])('follows a browser in $browserLocale', async ({ browserLocale, locale }) => {
    const messages = catalog(locale);
    const browser = await launchWithExtension({
      locale: browserLocale,
      proxyPort: recorder.proxy.port,
    });
    try {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.locator('h1').waitFor();
      expect(await popup.locator('h1').innerText()).toBe(messages.popupTitle!.message);
      expect(await popup.locator('#on-page-title').innerText()).toBe(
        messages.popupOnThisPage!.message,
      );
      expect(await popup.getByRole('combobox').getAttribute('placeholder')).toBe(
        messages.popupSearchPlaceholder!.message,
      );
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(
        new RegExp(`^${browserLocale.slice(0, 2)}`),
      );
      await screenshot(popup, `popup-${locale}`);
    } finally {
      await browser.close();
    }
  });
});
