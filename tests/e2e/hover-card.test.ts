import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { extensionSuite } from './extension-suite';
import { findMarkBox, markBox, readMarks, restOnMark, waitForMarks, type Box } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';
import { cardIn } from './card';
import { askTab, tabIdOf } from '../../scripts/lib/ask-content';

// news.test resolves to the loopback fixture server: a plain http:// origin
// that, unlike 127.0.0.1, is not a secure context (no navigator.clipboard).
const suite = extensionSuite({ extraArgs: ['--host-resolver-rules=MAP news.test 127.0.0.1'] });
// Tests set the hover delay to 0 instead of waiting on timers.
beforeAll(() => setSettings(suite.browser.worker, { hoverDelayMs: 0 }));

const card = (page: Page) => cardIn(suite.browser, page);

/** What the clipboard holds, by type, read from a secure page of the fixture server. */
async function readClipboard(): Promise<Record<string, string>> {
  await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: suite.server.origin,
  });
  const reader = await suite.browser.context.newPage();
  await reader.goto(`${suite.server.origin}/no-chinese.html`);
  const copied = await reader.evaluate(async () => {
    const flavours: Record<string, string> = {};
    for (const item of await navigator.clipboard.read())
      for (const type of item.types) flavours[type] = await (await item.getType(type)).text();
    return flavours;
  });
  await reader.close();
  return copied;
}

async function hover(page: Page, box: Box) {
  await page.mouse.move(5, 5);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  return card(page).open();
}

/** Whether the card says its citation was copied. */
const copiedShown = (page: Page) => async () =>
  !!(await card(page).view())?.controls.some((c) => c.name === 'Copied');

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the hover card', () => {
  it('opens on a resting pointer with the question and the excerpt, beside the term', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    const term = await markBox(page, { inside: 't-split-a' });
    const dialog = await hover(page, term);
    expect(dialog.term).toBe('浙里甬有');
    expect(dialog.text).toMatch(/\nQ5 · /);
    expect(dialog.highlighted).toEqual(['浙里甬有']);
    expect(dialog.text).toContain('1 / 2');
    expect(dialog.text).toContain('in 2 places');

    const { box } = dialog;
    const viewport = page.viewportSize()!;
    expect(overlaps(box, term)).toBe(false);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await screenshot(page, 'hover-card-open');
    await page.close();
  });

  it('shows above any z-index, in the top layer, with page styles kept out', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    // A hostile page: a full-screen overlay at the highest z-index, and rules
    // aimed at anything that looks like our card.
    await page.evaluate(() => {
      const overlay = document.createElement('div');
      overlay.style.cssText =
        'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.05);pointer-events:none';
      document.body.append(overlay);
      const style = document.createElement('style');
      style.textContent =
        '* { font-size: 40px !important; color: red !important } html > :not(head, body) { display: none !important }';
      document.head.append(style);
    });
    const { onTop, style } = await hover(page, await markBox(page, { inside: 't-split-a' }));
    expect(onTop).toBe(true);
    expect(style.termFontSize).toBe('17px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });

  it('stays open while the pointer is on the card, pages through places, and closes on Esc', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    await hover(page, await markBox(page, { inside: 't-split-a' }));
    await card(page).pointAt();
    await page.waitForTimeout(800);
    expect(await card(page).view()).not.toBeNull();

    await card(page).click('Next place');
    await expect.poll(async () => (await card(page).view())?.text).toContain('2 / 2');
    expect((await card(page).view())!.text).toContain('持续擦亮');

    await page.keyboard.press('Escape');
    await card(page).closed();
    await page.close();
  });

  it('closes after a grace period once the pointer leaves term and card', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    await hover(page, await markBox(page, { inside: 't-plain' }));
    await page.mouse.move(2, 2, { steps: 2 });
    expect(await card(page).view()).not.toBeNull();
    await card(page).closed();
    await page.close();
  });

  it('opens on a term inside an open shadow root', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    const term = await page.evaluate(() => {
      const p = document.getElementById('shadow-host')!.shadowRoot!.getElementById('t-shadow')!;
      p.scrollIntoView({ block: 'center' });
      return null;
    });
    expect(term).toBeNull();
    await page.waitForTimeout(100);
    const box = await findMarkBox(page, { text: '天一甬宁保' });
    expect(box).not.toBeNull();
    expect((await hover(page, box!)).term).toBe('天一甬宁保');
    await page.close();
  });

  it('can be reached with the keyboard: the next-term command opens a focused card', async () => {
    const page = await suite.browser.context.newPage();
    const url = `${suite.server.origin}/ningbo-simplified.html`;
    await page.goto(url);
    await waitForMarks(page);
    // The command's shortcut is handled by the browser, out of a test's reach;
    // the background forwards it to the tab as this message.
    const tabId = await tabIdOf(suite.browser.worker, url);
    const stepped = await askTab(suite.browser.worker, tabId, 'stepTerm', { direction: 1 });
    expect(stepped).toBe(true);
    await card(page).open();
    await expect.poll(async () => (await card(page).view())?.focus).toBe('card');
    await page.keyboard.press('Tab');
    expect((await card(page).view())?.focus).toBe('Close');
    await page.keyboard.press('Escape');
    await card(page).closed();
    await page.close();
  });

  it('keeps the card open, and the page still, when the card is scrolled past its end', async () => {
    onTestFinished(() => setSettings(suite.browser.worker, { cardTextSize: 'medium' }));
    await setSettings(suite.browser.worker, { cardTextSize: 'larger' });
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 420 });
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    await restOnMark(page, { inside: 't-plain' });
    const { scroll } = await card(page).open();
    expect(scroll.height).toBeGreaterThan(scroll.clientHeight);
    await card(page).pointAt();
    const pageScroll = await page.evaluate(() => scrollY);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 400);
    const atEnd = async () => {
      const seen = (await card(page).view())?.scroll;
      return !!seen && seen.top + seen.clientHeight >= seen.height - 1;
    };
    await expect.poll(atEnd).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(pageScroll);
    expect(await card(page).view()).not.toBeNull();
    await page.close();
  });

  it('quotes the interview in Traditional characters on a Traditional page', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/taiwan-traditional.html`);
    await waitForMarks(page);
    await restOnMark(page, { inside: 't-tw-zheli' });
    const shown = await card(page).open('浙裡甬有');
    expect(shown.highlighted).toEqual(['浙裡甬有']);
    expect(shown.text).toMatch(/\nQ5 · 一座城市發展得好不好/);
    await screenshot(page, 'hover-card-traditional');
    await page.close();
  });

  it('copies a citation whose quote marks nest, as text and HTML, with no UI wording', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    // Straight to the term: on the way, the headline's terms would open their own card.
    await restOnMark(page, { inside: 't-plain' });
    await card(page).open('两个先行');
    await card(page).pointAt();
    await card(page).click('Copy with citation');
    await expect.poll(copiedShown(page)).toBe(true);
    const copied = await readClipboard();
    const [quote, source] = copied['text/plain']!.split('\n');
    // Q2's question quotes the slogan itself: the inner quotes turn single.
    expect(quote).toMatch(/^“[^“”]*‘两个先行’[^“”]*”$/);
    expect(source).toBe('— 宁波访谈 · 2022, Q2, question');
    expect(copied['text/plain']).not.toMatch(/label chosen|Source:/);
    expect(copied['text/html']).toContain(`<blockquote lang="zh">${quote}</blockquote>`);
    expect(copied['text/html']).not.toContain('<a ');
    await page.close();
  });

  it('copies with citation on an http:// page, and opens the full answer', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(
      `${suite.server.origin.replace('127.0.0.1', 'news.test')}/ningbo-simplified.html`,
    );
    expect(await page.evaluate(() => window.isSecureContext || 'clipboard' in navigator)).toBe(
      false,
    );
    await waitForMarks(page);
    await hover(page, await markBox(page, { inside: 't-split-a' }));
    await card(page).pointAt();
    await card(page).click('Copy with citation');
    await expect.poll(copiedShown(page)).toBe(true);
    // Even without navigator.clipboard, both flavours reach the clipboard.
    expect(await readClipboard()).toMatchObject({
      'text/plain': expect.stringMatching(/^“.*浙里甬有.*”\n— 宁波访谈 · 2022, Q5, paragraph 3$/s),
      'text/html': expect.stringContaining('<cite>宁波访谈 · 2022</cite>, Q5, paragraph 3</p>'),
    });

    // The click is a user gesture, so Chrome lets the background open the side
    // panel; the panel reads its target from session storage.
    await card(page).click('Read in full');
    await expect
      .poll(() =>
        suite.browser.worker.evaluate(async () => {
          const panels = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
          const { readerTarget } = await chrome.storage.session.get('readerTarget');
          return { panel: panels[0]?.documentUrl?.replace(/^.*\//, ''), readerTarget };
        }),
      )
      .toMatchObject({
        panel: 'sidepanel.html',
        readerTarget: { address: 'ningbo-2022:qa-5-p3' },
      });
    await page.close();
  });

  it('opens the reader at the target the card stored, when the panel loads', async () => {
    await suite.browser.worker.evaluate(() =>
      chrome.storage.session.set({ readerTarget: { address: 'qa-6-p5', at: Date.now() } }),
    );
    const reader = await suite.browser.openExtensionPage('sidepanel.html');
    await expect.poll(() => reader.evaluate(() => document.activeElement?.id)).toBe('qa-6-p5');
    await reader.close();
  });

  it('with a hold key chosen in the options page, opens only while that key is held', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await options
      .getByRole('combobox', { name: 'Open the card on hover' })
      .selectOption({ label: 'only while Shift is held' });
    await expect
      .poll(() =>
        suite.browser.worker.evaluate(
          async () =>
            ((await chrome.storage.local.get('settings')).settings as { holdKey?: string })
              ?.holdKey,
        ),
      )
      .toBe('shift');
    await options.close();
    // Later tests hover without a key, whatever happens here.
    onTestFinished(() => setSettings(suite.browser.worker, { holdKey: 'none' }));

    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    const term = await markBox(page, { inside: 't-split-a' });
    const centre = { x: term.x + term.width / 2, y: term.y + term.height / 2 };
    await page.mouse.move(5, 5);
    await page.mouse.move(centre.x, centre.y, { steps: 4 });
    // The delay is 0 here: a card not open after a few frames is not opening.
    await page.waitForTimeout(500);
    expect(await card(page).view()).toBeNull();

    await page.keyboard.down('Shift');
    await page.mouse.move(centre.x + 2, centre.y);
    await card(page).open();
    await page.keyboard.up('Shift');
    await page.mouse.move(centre.x, centre.y);
    await card(page).closed();

    // The keyboard path ignores the hold key.
    const tabId = await tabIdOf(
      suite.browser.worker,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    expect(await askTab(suite.browser.worker, tabId, 'stepTerm', { direction: 1 })).toBe(true);
    await card(page).open();
    await page.close();
  });

  it('stops marking a term from its card, until the options page ticks it again', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    // A term split across tags is marked as one range per text node.
    const marked = async () =>
      (await readMarks(page)).filter((m) => '浙里甬有'.includes(m.text.replace(/\s/g, ''))).length;
    const term = await markBox(page, { inside: 't-split-a' });
    expect(await marked()).toBeGreaterThan(0);

    await hover(page, term);
    await screenshot(page, 'card-mute-buttons');
    await card(page).click("Don't mark this term");
    await card(page).closed();
    await expect.poll(() => marked()).toBe(0);
    // Only that term: the page's other terms stay marked.
    await expect.poll(async () => (await readMarks(page)).length).toBeGreaterThan(10);
    expect(await marked()).toBe(0);

    // The popup lists it among the terms switched off.
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.getByText('Terms switched off: 1').click();
    await popup.getByRole('button', { name: 'Mark 浙里甬有 again' }).waitFor();
    await screenshot(popup, 'popup-muted-terms');
    await popup.close();

    const options = await suite.browser.openExtensionPage('options.html');
    const box = options.getByRole('checkbox', { name: /^浙里甬有/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(() => marked()).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });
});
