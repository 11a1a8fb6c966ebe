import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { restOnMark, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';

// This suite keeps the page the install opens; every other suite closes it.
// That it opens on a first install only is a unit test (installed.test.ts):
// Chromium installs a --load-extension extension afresh at every launch, and
// its runtime.reload() disables one, so neither shows an update here.
const suite = extensionSuite({ keepWelcome: true });

const welcomeUrl = () => `chrome-extension://${suite.browser.extensionId}/welcome.html`;
const welcomePages = () => suite.browser.context.pages().filter((p) => p.url() === welcomeUrl());

describe('the welcome page', () => {
  it('opens on install with a paragraph to try, the shortcuts, and where to switch off', async () => {
    const welcome = suite.browser.welcome!;
    await welcome.bringToFront();
    expect(welcomePages()).toEqual([welcome]);
    await welcome.getByRole('heading', { name: 'Welcome to Interview Lens', level: 1 }).waitFor();
    expect(await welcome.title()).toBe('Welcome to Interview Lens');

    // The shortcuts as the browser has them bound now (Chromium leaves a
    // suggested key unbound when something else holds it).
    const commands = await suite.browser.worker.evaluate(() => chrome.commands.getAll());
    const bound = commands.flatMap(({ shortcut }) => (shortcut ? [shortcut] : []));
    const shortcuts = welcome.locator('.shortcuts');
    await expect.poll(() => shortcuts.locator('kbd').allTextContents()).toEqual(bound);
    expect(bound.length).toBeGreaterThan(0);
    await expect
      .poll(() => shortcuts.getByText('not set').count())
      .toBe(commands.length - bound.length);
    await shortcuts
      .getByText('Jump to the next interview term on the page and open its card')
      .waitFor();

    // The sample paragraph is under the lens: marked, and a card on hover.
    await waitForMarks(welcome, 3);
    await screenshot(welcome, 'welcome');
    await restOnMark(welcome);
    // The extension's own pages attach the card's shadow root open (no page
    // script runs there), so the page's own locators reach into it.
    await expect.poll(() => welcome.locator('.card .term').textContent()).toBeTruthy();
    // A sample has no site to switch off.
    expect(await welcome.locator('.card .mute').count()).toBe(0);
    await screenshot(welcome, 'welcome-card');

    await welcome.emulateMedia({ colorScheme: 'dark' });
    await screenshot(welcome, 'welcome-dark');
    await welcome.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await screenshot(welcome, 'welcome-forced-colors');
    await welcome.emulateMedia({ forcedColors: 'none' });

    const options = suite.browser.context.waitForEvent('page');
    await welcome.mouse.move(2, 2);
    await welcome.getByRole('button', { name: 'Open the settings' }).click();
    const opened = await options;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await opened.close();
  });
});
