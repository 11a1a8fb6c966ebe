import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { cardIn } from './card';
import { pageTerms, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';
import { tabIdOf } from '../../scripts/lib/ask-content';

const suite = extensionSuite();

async function openNewsTab(path: string) {
  const page = await suite.browser.context.newPage();
  const url = `${suite.server.origin}/${path}`;
  await page.goto(url);
  return { page, url };
}

describe('the popup', () => {
  it('lists the terms of every frame of the tab, with counts', async () => {
    const { page, url } = await openNewsTab('ningbo-simplified.html');
    await waitForMarks(page);
    const inner = page.frames().find((f) => f.url().endsWith('/frame-inner.html'))!;
    await waitForMarks(inner);
    const tabId = await tabIdOf(suite.browser.worker, url);
    const topFrame = (await pageTerms(suite.browser.worker, url))!;

    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const term = popup.getByRole('button', { name: /^锋领港城, \d+ on this page/ });
    await term.waitFor();
    // 锋领港城 is in the page and once more in its iframe.
    const topCount = topFrame.counts['ningbo-2022:fengling-gangcheng'] ?? 0;
    expect(topCount).toBeGreaterThan(0);
    await expect
      .poll(() => term.getAttribute('aria-label'))
      .toBe(`锋领港城, ${topCount + 1} on this page: show the next one`);
    const chips = await popup.locator('.page-term').count();
    expect(chips).toBeGreaterThan(10);
    // The heading says how many; the list shows three rows until asked for all.
    expect(await popup.locator('#on-page-title').innerText()).toBe(`On this page · ${chips} found`);
    const list = popup.locator('.page-terms');
    const clipped = () => list.evaluate((e) => e.scrollHeight > e.clientHeight + 1);
    expect(await clipped()).toBe(true);
    await screenshot(popup, 'popup-on-this-page');
    const showAll = popup.getByRole('button', { name: `Show all (${chips})` });
    await showAll.click();
    expect(await clipped()).toBe(false);
    expect(
      await popup.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded'),
    ).toBe('true');
    await screenshot(popup, 'popup-on-this-page-all');
    // The live region says one sentence, not every chip.
    expect(await popup.getByRole('status').first().innerText()).toBe(
      `Interview terms on this page: ${chips}`,
    );
    await popup.getByRole('button', { name: 'Show fewer' }).click();

    // A click scrolls the page to the term and opens its card there.
    await popup.getByRole('button', { name: /^浙里甬有,/ }).click();
    const { box } = await cardIn(suite.browser, page).open('浙里甬有');
    const viewport = await page.evaluate(() => innerHeight);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport);
    await popup.close();
    await page.close();
  });

  it('finds a passage by pinyin and opens it in the reader with Enter', async () => {
    const { page, url } = await openNewsTab('ningbo-simplified.html');
    await waitForMarks(page);
    const tabId = await tabIdOf(suite.browser.worker, url);
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const input = popup.getByRole('combobox');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search-input');

    // Arrow keys move the selection past the bottom of the list, which follows it.
    await input.fill('宁波');
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(8);
    for (let i = 0; i < 12; i++) await input.press('ArrowDown');
    const selectedInView = () =>
      popup.evaluate(() => {
        const list = document.getElementById('search-results')!.getBoundingClientRect();
        const selected = document.querySelector('[role="option"][aria-selected="true"]')!;
        const box = selected.getBoundingClientRect();
        return box.top >= list.top - 1 && box.bottom <= list.bottom + 1;
      });
    await expect.poll(selectedInView).toBe(true);
    await screenshot(popup, 'popup-search-scrolled');
    for (let i = 0; i < 12; i++) await input.press('ArrowUp');
    await expect.poll(selectedInView).toBe(true);

    await input.fill('lgxx');
    const first = popup.getByRole('option').first();
    expect(await first.innerText()).toContain('两个先行');
    await input.fill('zheliyongyou');
    const options = await popup.getByRole('option').allInnerTexts();
    expect(options[0]).toContain('浙里甬有');
    expect(options.some((o) => o.includes('Q5'))).toBe(true);
    await screenshot(popup, 'popup-pinyin-search');

    // Arrow down to the first passage, then Enter opens it in the side panel.
    const passageIndex = options.findIndex((o) => o.includes('Q5'));
    for (let i = 0; i < passageIndex; i++) await input.press('ArrowDown');
    expect(await popup.getByRole('option', { selected: true }).innerText()).toContain('Q5');
    await input.press('Enter');
    await expect
      .poll(() =>
        suite.browser.worker.evaluate(async () => {
          const panels = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
          const { readerTarget } = await chrome.storage.session.get('readerTarget');
          return {
            panels: panels.length,
            address: (readerTarget as { address?: string })?.address,
          };
        }),
      )
      .toMatchObject({ panels: 1, address: expect.stringMatching(/^ningbo-2022:qa-5(-p\d)?$/) });

    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    await popup.close();
    await page.close();
  });

  it('says so plainly on a page without terms, and on pages it cannot run on', async () => {
    const { page, url } = await openNewsTab('no-chinese.html');
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(suite.browser.worker, url);
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByText('No interview terms on this page.').waitFor();

    const internal = await suite.browser.context.newPage();
    await internal.goto('chrome://version');
    const internalId = await suite.browser.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs[tabs.length - 1]!.id!;
    });
    const popup2 = await suite.browser.openExtensionPage(`popup.html?tabId=${internalId}`);
    await popup2.getByText(/cannot run on this page/).waitFor();
    await popup.close();
    await popup2.close();
    await internal.close();
    await page.close();
  });

  it('renders odd input as text and suggests close terms when nothing matches', async () => {
    const popup = await suite.browser.openExtensionPage('popup.html');
    const input = popup.getByRole('combobox');
    await input.fill('<img src=x onerror="document.title=1">');
    await popup.waitForTimeout(100);
    expect(await popup.locator('img').count()).toBe(0);
    expect(await popup.title()).not.toBe('1');
    await input.fill('浙里拥友');
    await popup
      .getByText(/No results|Close terms/)
      .first()
      .waitFor();
    await input.fill('😀'.repeat(300) + 'مرحبا');
    expect(await popup.locator('main').isVisible()).toBe(true);
    await popup.close();
  });
});
