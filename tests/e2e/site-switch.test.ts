import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { openMarkedTab, type PageEvaluator, readMarks, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';
import { tabIdOf } from '../../scripts/lib/ask-content';

const suite = extensionSuite();

const markCount = async (target: PageEvaluator) => (await readMarks(target)).length;

describe('switching a site off and on from the popup', () => {
  it('removes the marks from every frame of the open tab, keeps them off after a reload, and brings them back', async () => {
    const page = await suite.browser.context.newPage();
    const url = `${suite.server.origin}/ningbo-simplified.html`;
    await page.goto(url);
    const inner = () => page.frames().find((f) => f.url().endsWith('/frame-inner.html'))!;
    await waitForMarks(page);
    await waitForMarks(inner());
    const before = await markCount(page);
    const tabId = await tabIdOf(suite.browser.worker, url);

    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const host = new URL(url).hostname;
    const siteBox = popup.getByRole('checkbox', { name: `Mark terms on ${host}` });
    await siteBox.waitFor();
    expect(await siteBox.isChecked()).toBe(true);
    await expect.poll(() => popup.locator('.page-term').count()).toBeGreaterThan(0);
    await screenshot(popup, 'popup-site-switch-on');

    await siteBox.uncheck();
    await expect.poll(() => markCount(page)).toBe(0);
    await expect.poll(() => markCount(inner())).toBe(0);
    // The popup says why the list is empty.
    await expect.poll(() => popup.locator('.page-term').count()).toBe(0);
    await popup.getByText('Marks are switched off for this page.').waitFor();
    await screenshot(popup, 'popup-site-switch-off');

    // The options page lists the site, where it can be removed again.
    const options = await suite.browser.openExtensionPage('options.html');
    const list = options.getByRole('textbox', { name: /one per line/ });
    await expect.poll(() => list.inputValue()).toBe(host);
    await list.scrollIntoViewIfNeeded();
    await screenshot(options, 'options-sites');
    await options.close();

    await page.reload();
    // The page has loaded and its frames have asked; still nothing is marked.
    await inner().waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await markCount(page)).toBe(0);
    expect(await markCount(inner())).toBe(0);

    // Another site is not affected: the rule names this host only.
    const other = await suite.browser.context.newPage();
    await other.goto(url.replace(host, 'localhost'));
    await waitForMarks(other);
    await other.close();

    await siteBox.check();
    await expect.poll(() => markCount(page)).toBe(before);
    await waitForMarks(inner());
    await popup.close();
    await page.close();
  });

  it('turns marks off everywhere with the global switch, and the site switch waits for it', async () => {
    const { page, tabId } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const globalBox = popup.getByRole('checkbox', { name: 'Mark interview terms on pages' });
    const siteBox = popup.getByRole('checkbox', { name: /^Mark terms on / });
    await globalBox.uncheck();
    await expect.poll(() => markCount(page)).toBe(0);
    expect(await siteBox.isDisabled()).toBe(true);
    await globalBox.check();
    await waitForMarks(page);
    expect(await siteBox.isEnabled()).toBe(true);
    await popup.close();
    await page.close();
  });
});
