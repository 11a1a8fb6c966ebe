import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { openMarkedTab } from './page-marks';
import { screenshot } from './screenshots';

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
    expect(await places.locator('.pager').innerText()).toContain('Place 1 of 2');
    await places.getByText('All 2 places').click();
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
    const { page, tabId } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/hongkong-traditional.html`,
    );
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

  it('at 320 px keeps most of the panel for the text while a term’s places are open', async () => {
    const reader = await suite.browser.openExtensionPage('sidepanel.html#qa-5-p3');
    await reader.setViewportSize({ width: 320, height: 800 });
    await reader.locator('#qa-5-p3').waitFor();
    await reader.locator('#qa-5-p3 .term', { hasText: '浙里甬有' }).first().click();
    await reader.getByRole('heading', { name: /浙里甬有/ }).waitFor();
    const covered = await reader.evaluate(
      () =>
        document.querySelector('.reader-head')!.getBoundingClientRect().height +
        document.querySelector('aside.places')!.getBoundingClientRect().height,
    );
    expect(covered).toBeLessThanOrEqual(800 * 0.3);
    await screenshot(reader, 'reader-320-places');
    // The whole list is one click away.
    await reader.getByText('All 2 places').click();
    expect(await reader.locator('.place-list .place').count()).toBe(2);
    await reader.close();
  });

  it('shows no pager for a term with one place', async () => {
    const reader = await suite.browser.openExtensionPage('sidepanel.html#qa-6-p2');
    await reader.locator('#qa-6-p2 .term', { hasText: '三交底' }).first().click();
    await reader.getByRole('heading', { name: /三交底/ }).waitFor();
    expect(await reader.locator('aside.places .pager').count()).toBe(0);
    expect(await reader.locator('aside.places .place').count()).toBe(1);
    await reader.close();
  });

  it('filters the contents with the text, marks what matched, and offers a skip link first', async () => {
    const reader = await suite.browser.openExtensionPage('sidepanel.html');
    await reader.locator('.paragraph').first().waitFor();
    await reader.keyboard.press('Tab');
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the interview',
    );
    await reader.keyboard.press('Enter');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('interview');

    await reader.getByRole('searchbox').fill('知行学堂');
    await expect.poll(() => reader.locator('.paragraph').count()).toBe(1);
    const toc = await reader.locator('.toc li').allInnerTexts();
    expect(toc).toHaveLength(1);
    expect(toc[0]).toMatch(/^Q6/);
    const marked = await reader.evaluate(() =>
      Array.from(CSS.highlights.get('reader-filter') ?? [], (r) => (r as Range).toString()),
    );
    expect(marked).toEqual(['知行学堂']);
    await screenshot(reader, 'reader-filtered');
    await reader.getByRole('searchbox').fill('');
    await expect.poll(() => reader.evaluate(() => CSS.highlights.has('reader-filter'))).toBe(false);
    await reader.close();
  });
});
