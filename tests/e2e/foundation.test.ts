import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { pageTerms, readMarks, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';

const suite = extensionSuite();

describe('the built extension in Chromium', () => {
  it('loads with a manifest that names it and asks for no host permissions', async () => {
    const manifest = await suite.browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Interview Lens');
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('runs its content script on a page served from 127.0.0.1', async () => {
    const page = await suite.browser.context.newPage();
    const url = `${suite.server.origin}/ningbo-simplified.html`;
    await page.goto(url);
    await waitForMarks(page);
    const marks = await readMarks(page);
    expect(marks.map((m) => m.text)).toContain('两个先行');
    const terms = await pageTerms(suite.browser.worker, url);
    expect(terms?.counts['ningbo-2022:liangge-xianxing']).toBeGreaterThan(0);
    await screenshot(page, 'foundation-content-script');
    await page.close();
  });

  it('loads its parts at a per-session URL, so a page cannot probe for the extension', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    const staticUrl = `chrome-extension://${suite.browser.extensionId}/content-lens.js`;
    const reached = await page.evaluate(
      (url) =>
        fetch(url).then(
          (response) => response.ok,
          () => false,
        ),
      staticUrl,
    );
    expect(reached).toBe(false);
    await page.close();
  });

  it.each([
    ['popup.html', 'h1'],
    ['sidepanel.html', '#qa-4-p2'],
    ['options.html', 'input[name="markNational"]'],
  ])('opens and renders %s', async (path, selector) => {
    const page = await suite.browser.openExtensionPage(path);
    await page.waitForSelector(selector);
    const text = await page.locator('body').innerText();
    expect(text.trim().length).toBeGreaterThan(10);
    await screenshot(page, `foundation-${path.replace('.html', '')}`);
    await page.close();
  });

  it('renders every Q&A entry and paragraph id in the reader', async () => {
    const page = await suite.browser.openExtensionPage('sidepanel.html#qa-4-p2');
    await page.waitForSelector('#qa-4-p2');
    const ids = await page.$$eval('.entry', (els) => els.map((e) => e.id));
    expect(ids).toEqual(['qa-2', 'qa-3', 'qa-4', 'qa-5', 'qa-6']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('qa-4-p2');
    expect(await page.locator('#qa-4-p2').innerText()).toContain('国家单项冠军之城');
    expect(await page.locator('.caption').innerText()).toContain('宁波港 毛永淮 摄');
    await page.close();
  });
});
