import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { extensionSuite } from './extension-suite';
import { openMarkedTab } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

const suite = extensionSuite();

/** What the options page saved, without the shape's version number. */
async function stored(): Promise<Record<string, unknown>> {
  const { settings } = await suite.browser.worker.evaluate(() =>
    chrome.storage.local.get('settings'),
  );
  const rest = { ...(settings as Record<string, unknown>) };
  delete rest.version;
  return rest;
}

/** Every setting away from its default, as the page's controls set it. */
const CHANGED: Settings = {
  enabled: false,
  markNational: false,
  showBadge: false,
  hoverDelayMs: 650,
  holdKey: 'shift',
  siteMode: 'listed',
  offSites: [],
  onlySites: ['news.example.com', '*.example.org'],
  markStyle: 'tint',
  markIntensity: 'soft',
  theme: 'dark',
  cardTextSize: 'large',
  disabledTerms: ['ningbo-2022:zheli-yongyou'],
};

async function setEveryControl(options: Page): Promise<void> {
  await options.getByRole('checkbox', { name: 'Mark interview terms on pages' }).uncheck();
  await options.getByRole('checkbox', { name: /^Also mark national slogans/ }).uncheck();
  await options.getByRole('checkbox', { name: /^Show how many terms/ }).uncheck();
  await options.getByRole('spinbutton', { name: /^Hover delay/ }).fill('650');
  await options.getByRole('spinbutton', { name: /^Hover delay/ }).blur();
  await options.getByRole('combobox', { name: 'Open the card on hover' }).selectOption('shift');
  await options.getByRole('radio', { name: 'Mark terms only on the sites listed' }).check();
  const sites = options.getByRole('textbox', { name: /one per line/ });
  await sites.fill('news.example.com\n*.example.org');
  await sites.blur();
  await options.getByRole('radio', { name: 'Tint' }).check();
  await options.getByRole('combobox', { name: 'Intensity' }).selectOption('soft');
  await options
    .getByRole('combobox', { name: "Colours of the card and the extension's pages" })
    .selectOption('dark');
  await options.getByRole('combobox', { name: 'Card text size' }).selectOption('large');
  await options.getByRole('checkbox', { name: /^浙里甬有/ }).uncheck();
}

/** What the page's controls show, read back as settings. */
async function readEveryControl(options: Page): Promise<Partial<Settings>> {
  const checked = (name: string | RegExp) => options.getByRole('checkbox', { name }).isChecked();
  const chosen = (name: string) => options.getByRole('combobox', { name }).inputValue();
  const style = await options.locator('input[name="markStyle"]:checked').inputValue();
  const mode = await options.locator('input[name="siteMode"]:checked').inputValue();
  return {
    enabled: await checked('Mark interview terms on pages'),
    markNational: await checked(/^Also mark national slogans/),
    showBadge: await checked(/^Show how many terms/),
    hoverDelayMs: Number(
      await options.getByRole('spinbutton', { name: /^Hover delay/ }).inputValue(),
    ),
    holdKey: (await chosen('Open the card on hover')) as Settings['holdKey'],
    siteMode: mode as Settings['siteMode'],
    onlySites: (await options.getByRole('textbox', { name: /one per line/ }).inputValue()).split(
      '\n',
    ),
    markStyle: style as Settings['markStyle'],
    markIntensity: (await chosen('Intensity')) as Settings['markIntensity'],
    theme: (await chosen("Colours of the card and the extension's pages")) as Settings['theme'],
    cardTextSize: (await chosen('Card text size')) as Settings['cardTextSize'],
    disabledTerms: (await checked(/^浙里甬有/)) ? [] : ['ningbo-2022:zheli-yongyou'],
  };
}

describe('the options page', () => {
  it('round-trips every setting: saved as set, and shown again after a reload', async () => {
    onTestFinished(() => setSettings(suite.browser.worker, DEFAULT_SETTINGS));
    const options = await suite.browser.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Interview Lens: settings' }).waitFor();
    // The page shows the list of the mode chosen: the other list stays empty.
    const shown: Partial<Settings> = { ...CHANGED };
    delete shown.offSites;
    expect(await readEveryControl(options)).toEqual({
      ...Object.fromEntries(
        Object.keys(shown).map((k) => [k, DEFAULT_SETTINGS[k as keyof Settings]]),
      ),
      onlySites: [''],
    });

    await setEveryControl(options);
    await expect.poll(stored).toEqual(CHANGED);
    await options.reload();
    await options.getByRole('heading', { name: 'Interview Lens: settings' }).waitFor();
    expect(await readEveryControl(options)).toEqual(shown);
    await options.close();
  });

  it('draws every extension page in the colours chosen, following a change at once', async () => {
    onTestFinished(() => setSettings(suite.browser.worker, { theme: DEFAULT_SETTINGS.theme }));
    const background = (page: Page) =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const white = 'rgb(255, 255, 255)';
    const dark = 'rgb(22, 25, 29)';
    const pages = await Promise.all(
      ['popup.html', 'options.html', 'sidepanel.html', 'welcome.html'].map((path) =>
        suite.browser.openExtensionPage(path),
      ),
    );
    for (const page of pages) await expect.poll(() => background(page)).toBe(white);
    await setSettings(suite.browser.worker, { theme: 'dark' });
    for (const page of pages) await expect.poll(() => background(page)).toBe(dark);
    // The browser's own scheme no longer decides.
    await pages[0]!.emulateMedia({ colorScheme: 'light' });
    await setSettings(suite.browser.worker, { theme: 'auto' });
    await pages[1]!.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(pages[0]!)).toBe(white);
    await expect.poll(() => background(pages[1]!)).toBe(dark);
    for (const page of pages) await page.close();
  });

  it('is drawn in light, dark and forced colors', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Interview Lens: settings' }).waitFor();
    await screenshot(options, 'options-light');
    await options.locator('.term-switches').first().scrollIntoViewIfNeeded();
    await screenshot(options, 'options-terms');
    await options.evaluate(() => scrollTo(0, 0));
    await options.emulateMedia({ colorScheme: 'dark' });
    await screenshot(options, 'options-dark');
    await options.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await screenshot(options, 'options-forced-colors');
    // Focus shows on every control the keyboard reaches.
    await options.emulateMedia({ forcedColors: 'none' });
    await options.keyboard.press('Tab');
    const outline = await options.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');

    const { page, tabId } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('combobox').waitFor();
    await expect.poll(() => popup.locator('.page-term').count()).toBeGreaterThan(0);
    for (const [name, media] of [
      ['popup-light', { colorScheme: 'light', forcedColors: 'none' }],
      ['popup-dark', { colorScheme: 'dark', forcedColors: 'none' }],
      ['popup-forced-colors', { colorScheme: 'light', forcedColors: 'active' }],
    ] as const) {
      await popup.emulateMedia(media);
      await screenshot(popup, name);
    }
    await popup.close();
    await page.close();
    await options.close();
  });
});
