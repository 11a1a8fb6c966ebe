import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { waitForMarks } from './page-marks';
import { screenshot } from './screenshots';
import { tabIdOf } from './tabs';

const suite = extensionSuite();

describe('the side-panel reader', () => {
  it('opens at a deep-linked paragraph and marks it', async () => {
    const reader = await suite.browser.openExtensionPage('sidepanel.html#qa-4-p2');
    await expect.poll(() => reader.evaluate(() => document.activeElement?.id)).toBe('qa-4-p2');
    // Just below the sticky header, not under it.
    const { top, headBottom } = await reader.evaluate(() => ({
      top: document.getElementById('qa-4-p2')!.getBoundingClientRect().top,
      headBottom: document.querySelector('.reader-head')!.getBoundingClientRect().bottom,
    }));
    expect(top).toBeGreaterThanOrEqual(headBottom);
    expect(top).toBeLessThan(headBottom + 60);
    await reader.close();
  });

  it('lists every place of a clicked term and steps through them', async () => {
    const reader = await suite.browser.openExtensionPage('sidepanel.html');
    await reader.locator('#qa-5-p3 .term', { hasText: '浙里甬有' }).click();
    const places = reader.getByRole('complementary');
    await places.waitFor();
    expect(await places.getByRole('heading').innerText()).toContain('浙里甬有');
    const items = await places.locator('.place').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Q5 ¶3/);
    expect(items[1]).toMatch(/^Q5 ¶4/);
    expect(await places.locator('.place.current').innerText()).toMatch(/^Q5 ¶3/);
    await places.getByRole('button', { name: 'Next place' }).click();
    expect(await places.locator('.place.current').innerText()).toMatch(/^Q5 ¶4/);
    await screenshot(reader, 'reader-term-places');
    await reader.close();
  });

  it('marks the terms the current tab mentions', async () => {
    const page = await suite.browser.context.newPage();
    const url = `${suite.server.origin}/hongkong-traditional.html`;
    await page.goto(url);
    await waitForMarks(page);
    const tabId = await tabIdOf(suite.browser.worker, url);
    const reader = await suite.browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const onPage = reader.locator('.term.on-page');
    await onPage.first().waitFor();
    const texts = new Set((await onPage.allInnerTexts()).map((t) => t.replace(/\s*\(.*\)$/, '')));
    expect(texts.has('浙里甬有')).toBe(true);
    expect(texts.has('两个维护')).toBe(true);
    expect(texts.has('两个先行')).toBe(false);
    await screenshot(reader, 'reader-also-on-page');
    await reader.close();
    await page.close();
  });

  it('filters to the paragraphs a context-menu selection names', async () => {
    // A headless browser cannot click a native menu: the menu's handler stores
    // this target and opens the panel, so the test takes the same path.
    const reader = await suite.browser.openExtensionPage('sidepanel.html');
    await reader.locator('#qa-2-p1').waitFor();
    await suite.browser.worker.evaluate(() =>
      chrome.storage.session.set({ readerTarget: { filter: '幸福民生品牌', at: Date.now() } }),
    );
    await expect.poll(() => reader.locator('.paragraph').count()).toBe(2);
    expect(await reader.locator('#reader-filter').inputValue()).toBe('幸福民生品牌');
    const ids = await reader.locator('.paragraph').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids).toEqual(['qa-5-p3', 'qa-5-p4']);
    expect(await reader.getByRole('status').first().innerText()).toContain('Matching passages: 2');
    await reader.locator('#reader-filter').press('Escape');
    await expect.poll(() => reader.locator('.paragraph').count()).toBeGreaterThan(20);
    await reader.close();
    // A panel opened right after would take the same fresh target; later tests start clean.
    await suite.browser.worker.evaluate(() => chrome.storage.session.remove('readerTarget'));
  });

  it('copies a paragraph with its citation', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const reader = await suite.browser.openExtensionPage('sidepanel.html');
    const block = reader.locator('.paragraph-block', { has: reader.locator('#qa-3-p4') });
    await block.getByRole('button', { name: 'Copy with citation' }).click();
    await block.getByRole('button', { name: 'Copied' }).waitFor();
    const text = await reader.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^“第三，全面打造营商环境最优市。/);
    expect(text.split('\n')[1]).toBe('— 宁波访谈 · 2022, Q3, paragraph 4');
    const html = await reader.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/html')).text();
    });
    expect(html).toMatch(/^<blockquote lang="zh">“第三，全面打造营商环境最优市。/);
    await reader.close();
  });

  it('reads well at 320 px in a dark theme', async () => {
    const reader = await suite.browser.openExtensionPage('sidepanel.html#qa-6');
    await reader.setViewportSize({ width: 320, height: 700 });
    await reader.emulateMedia({ colorScheme: 'dark' });
    const overflow = await reader.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await reader.getByRole('main').count()).toBe(1);
    expect(await reader.getByRole('navigation').count()).toBeGreaterThan(0);
    await screenshot(reader, 'reader-320-dark');
    await reader.close();
  });
});
