import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { extensionSuite } from './extension-suite';
import { cardIn } from './card';
import { pageTerms, restOnMark, waitForMarks, type PageEvaluator } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

const suite = extensionSuite();
// The card opens as soon as the pointer rests.
beforeAll(() => setSettings(suite.browser.worker, { hoverDelayMs: 0 }));

/** How many ranges each look's highlight holds, by look (`underline-medium`, …, `active`). */
function marksByLook(target: PageEvaluator): Promise<Record<string, number>> {
  return target.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights)
      counts[name.replace(/^il-\d+-\d+-/, '')] = highlight.size;
    return counts;
  });
}

/** The looks that hold marks, with how many. */
async function drawn(target: PageEvaluator): Promise<Record<string, number>> {
  const counts = await marksByLook(target);
  return Object.fromEntries(
    Object.entries(counts).filter(([look, size]) => look !== 'active' && size > 0),
  );
}

describe('how marks look', () => {
  it('follows the options on open pages, without a reload, and shows in the preview', async () => {
    onTestFinished(() => setSettings(suite.browser.worker, { markStyle: 'underline' }));
    const page = await suite.browser.context.newPage();
    const url = `${suite.server.origin}/mark-backgrounds.html`;
    await page.goto(url);
    await waitForMarks(page, 9);
    expect(await drawn(page)).toEqual({ 'underline-medium': 9 });
    await screenshot(page, 'marks-underline-medium');

    const options = await suite.browser.openExtensionPage('options.html');
    // The preview runs the lens on the options page itself.
    await expect
      .poll(() => drawn(options))
      .toMatchObject({ 'underline-medium': expect.any(Number) });
    await options.getByRole('radio', { name: 'Tint' }).check();
    await expect.poll(() => drawn(page)).toEqual({ 'tint-medium': 9 });
    await expect.poll(async () => Object.keys(await drawn(options))).toEqual(['tint-medium']);
    // The change is synced, as its own item, for the user's other browsers.
    await expect
      .poll(() =>
        suite.browser.worker.evaluate(() => chrome.storage.sync.get('settings.markStyle')),
      )
      .toEqual({ 'settings.markStyle': 'tint' });
    await options.getByRole('combobox', { name: 'Intensity' }).selectOption('strong');
    await expect.poll(() => drawn(page)).toEqual({ 'tint-strong': 9 });
    await options.locator('.preview').scrollIntoViewIfNeeded();
    await screenshot(options, 'options-appearance');

    // Nothing drawn: the marks are still there for the popup and the keyboard.
    await options.getByRole('radio', { name: /^Nothing drawn/ }).check();
    await expect.poll(() => drawn(page)).toEqual({});
    expect(await options.getByRole('combobox', { name: 'Intensity' }).isDisabled()).toBe(true);
    await expect
      .poll(async () => Object.keys((await pageTerms(suite.browser.worker, url))?.counts ?? {}))
      .toHaveLength(3);
    await options.close();
    await page.close();
  });

  it.each([
    ['underline', 'soft'],
    ['underline', 'strong'],
    ['tint', 'soft'],
    ['tint', 'medium'],
    ['tint', 'strong'],
  ] as const)('draws %s, %s on white, near-black and red', async (markStyle, markIntensity) => {
    onTestFinished(() =>
      setSettings(suite.browser.worker, { markStyle: 'underline', markIntensity: 'medium' }),
    );
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/mark-backgrounds.html`);
    await waitForMarks(page, 9);
    await setSettings(suite.browser.worker, { markStyle, markIntensity });
    await expect.poll(() => drawn(page)).toEqual({ [`${markStyle}-${markIntensity}`]: 9 });
    await screenshot(page, `marks-${markStyle}-${markIntensity}`);
    await page.close();
  });

  it('stays visible in forced colors, with the active mark set apart', async () => {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${suite.server.origin}/mark-backgrounds.html`);
    await waitForMarks(page, 9);
    await restOnMark(page, { inside: 'dark' });
    await cardIn(suite.browser, page).open();
    expect((await marksByLook(page)).active).toBe(1);
    await screenshot(page, 'marks-forced-colors');
    await page.close();
  });
});

describe('how the card looks', () => {
  it('takes the theme and text size chosen, whatever the browser scheme', async () => {
    onTestFinished(() =>
      setSettings(suite.browser.worker, {
        theme: DEFAULT_SETTINGS.theme,
        cardTextSize: DEFAULT_SETTINGS.cardTextSize,
      }),
    );
    await setSettings(suite.browser.worker, { theme: 'dark', cardTextSize: 'large' });
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/mark-backgrounds.html`);
    await waitForMarks(page, 9);
    await restOnMark(page, { inside: 'light' });
    const { style } = await cardIn(suite.browser, page).open();
    expect({ background: style.background, term: style.termFontSize }).toEqual({
      background: 'rgb(31, 36, 40)',
      term: `${17 * 1.2}px`,
    });
    await screenshot(page, 'card-dark-large');
    await page.close();
  });
});
