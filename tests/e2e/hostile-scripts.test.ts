import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askTab, tabIdOf, tabReporting } from '../../scripts/lib/ask-content';
import { mergeFrameReports, tabTermsStorageKey, type FrameReports } from '../../lib/tab-terms';
import { cardIn } from './card';
import { extensionSuite } from './extension-suite';
import {
  markBox,
  openMarkedTab,
  pageTerms,
  readMarks,
  restOnMark,
  waitForMarks,
} from './page-marks';
import { setSettings } from './settings-storage';

// What a page's own scripts can try against the lens, each row of the
// security review's table replayed by a script on a 127.0.0.1 page.
const suite = extensionSuite();

/** The terms the background stores for a tab, all frames merged. */
async function storedTerms(tabId: number): Promise<string[]> {
  const key = tabTermsStorageKey(tabId);
  const stored = await suite.browser.worker.evaluate(
    async (key) => (await chrome.storage.session.get(key))[key] ?? {},
    key,
  );
  return Object.keys(mergeFrameReports(stored as FrameReports).counts)
    .map((k) => k.replace(/^[^:]*:/, ''))
    .sort();
}

/** Frames load, scan and report on their own clocks; a loaded machine needs a while. */
const SLOW = { timeout: 10_000 };

/** How long the browser itself may take to load what a hostile test piles on a page. */
const BROWSER_LOAD_MS = 60_000;

/** A sentence that names Ningbo (page evidence) and quotes `term`. */
const sentence = (term: string) => `宁波推进“${term}”，成效明显。`;

/**
 * Adds a block of paragraphs, set as text, right after the element `after`
 * names (or at the end of the body), as a page script would.
 */
const addBlock = (
  page: Page,
  block: { id?: string; texts: string[]; after?: string; offsetPx?: number },
) =>
  page.evaluate(({ id, texts, after, offsetPx }) => {
    const element = document.createElement('div');
    if (id) element.id = id;
    // Far enough down, the block starts off screen.
    if (offsetPx) element.style.marginTop = `${offsetPx}px`;
    for (const text of texts)
      element.append(Object.assign(document.createElement('p'), { textContent: text }));
    const anchor = after ? document.querySelector(after) : null;
    if (anchor) anchor.after(element);
    else document.body.append(element);
  }, block);

describe('page scripts against the lens', () => {
  it('opens no card, and no tab, for synthetic pointer events and clicks', async () => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const { page, tabId } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    const term = await markBox(page, { inside: 't-plain' });
    const pages = suite.browser.context.pages().length;
    await page.evaluate(
      async ({ x, y }) => {
        for (let i = 0; i < 20; i++) {
          for (const type of ['pointerover', 'pointermove', 'mousemove'])
            document
              .elementFromPoint(x, y)!
              .dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true }));
          await new Promise((done) => setTimeout(done, 20));
        }
      },
      { x: term.x + term.width / 2, y: term.y + term.height / 2 },
    );
    await page.waitForTimeout(400);
    expect(await askTab(suite.browser.worker, tabId, 'getCardView', {})).toBeNull();

    // A real pointer opens it; the page then finds a host it cannot look into,
    // under a tag it could not have predicted, and its clicks do nothing.
    await restOnMark(page, { inside: 't-plain' });
    await cardIn(suite.browser, page).open('两个先行');
    const seen = await page.evaluate(() => {
      const host = Array.from(document.documentElement.children).find((e) =>
        e.hasAttribute('popover'),
      )!;
      (host as HTMLElement).click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return { tag: host.localName, shadow: host.shadowRoot, text: host.textContent };
    });
    expect(seen.tag).toMatch(/^il-\d+-\d+$/);
    expect(seen).toMatchObject({ shadow: null, text: '' });
    await page.waitForTimeout(300);
    expect(suite.browser.context.pages().length).toBe(pages);
    await page.close();
  });

  it('keeps marking exactly the terms after a script rewrites off-screen terms', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/no-chinese.html`);
    await addBlock(page, {
      id: 'below',
      texts: [sentence('浙里甬有'), sentence('锋领港城')],
      offsetPx: 3000,
    });
    // Found, not yet marked (off screen); the page then shortens one term and lengthens the other.
    await expect
      .poll(async () =>
        Object.keys((await pageTerms(suite.browser.worker, page.url()))?.counts ?? {}),
      )
      .toHaveLength(2);
    await page.evaluate(() => {
      const [first, second] = Array.from(
        document.querySelectorAll('#below p'),
        (p) => p.firstChild as Text,
      );
      first!.data = '宁波推进“浙里”';
      second!.data = '宁波推进“锋领港城建设年度清单发布了”，成效明显。';
    });
    await page.evaluate(() => document.getElementById('below')!.scrollIntoView());
    await expect.poll(async () => (await readMarks(page)).map((m) => m.text)).toEqual(['锋领港城']);
    // The queue is not stuck: a term added later is marked too.
    await addBlock(page, { texts: [sentence('天一甬宁保')], after: '#below' });
    await expect
      .poll(async () => (await readMarks(page)).map((m) => m.text).sort())
      .toEqual(['天一甬宁保', '锋领港城']);
    await page.close();
  });

  it(
    'stores no URL, and stays small, when frames carry huge URL fragments',
    { timeout: 2 * BROWSER_LOAD_MS },
    async () => {
      const other = await openMarkedTab(
        suite.browser,
        `${suite.server.origin}/ningbo-simplified.html`,
      );
      const page = await suite.browser.context.newPage();
      const url = `${suite.server.origin}/no-chinese.html`;
      await page.goto(url);
      const tabId = await tabShowing(url);
      await page.evaluate(() => {
        const fragment = 'x'.repeat(500_000);
        for (let i = 0; i < 20; i++) {
          const frame = document.createElement('iframe');
          frame.src = `/frame-inner.html#${i}${fragment}`;
          document.body.append(frame);
        }
      });
      await expect.poll(() => page.frames().length).toBe(21);
      // Loading twenty frames with 0.5 MB addresses is the browser's own work,
      // and takes it 10–20 s on a two-core machine with or without the extension.
      await Promise.all(
        page.frames().map((frame) => frame.waitForLoadState('load', { timeout: BROWSER_LOAD_MS })),
      );
      await expect.poll(() => storedTerms(tabId), SLOW).toEqual(['fengling-gangcheng']);
      const session = await suite.browser.worker.evaluate(async () => ({
        bytes: await chrome.storage.session.getBytesInUse(null),
        text: JSON.stringify(await chrome.storage.session.get(null)),
      }));
      expect(session.bytes).toBeLessThan(20_000);
      expect(session.text).not.toContain('xxxx');
      expect(session.text).not.toContain('frame-inner');
      // Another tab's report is still there.
      expect(await storedTerms(other.tabId)).toContain('zheli-yongyou');
      await other.page.close();
      await page.close();
    },
  );

  it('keeps the reports of ten frames that report at once, and forgets removed frames', async () => {
    const terms = [
      '浙里甬有',
      '锋领港城',
      '天一甬宁保',
      '三交底',
      '甬上乐业',
      '八大攻坚行动',
      '全域党建联盟',
      '营商环境最优市',
      '知行学堂',
      '两个先行',
    ];
    const page = await suite.browser.context.newPage();
    const url = `${suite.server.origin}/no-chinese.html`;
    await page.goto(url);
    const tabId = await tabShowing(url);
    await page.evaluate(
      (paragraphs) => {
        for (const [i, html] of paragraphs.entries()) {
          const frame = document.createElement('iframe');
          frame.id = `f${i}`;
          frame.srcdoc = html;
          document.body.append(frame);
        }
        // srcdoc is HTML by nature; the sentences hold no markup.
      },
      terms.map((term) => `<p>${sentence(term)}</p>`),
    );
    await expect.poll(() => storedTerms(tabId), SLOW).toHaveLength(10);

    await page.evaluate(() => {
      for (const id of ['f0', 'f1', 'f2']) document.getElementById(id)!.remove();
    });
    await expect.poll(() => storedTerms(tabId), SLOW).toHaveLength(7);
    expect(await storedTerms(tabId)).not.toContain('zheli-yongyou');
    await page.close();
  });

  it('lists the current page after going back and forward, not the one left', async () => {
    const page = await suite.browser.context.newPage();
    const first = `${suite.server.origin}/ningbo-simplified.html`;
    await page.goto(first);
    await waitForMarks(page);
    const tabId = await tabShowing(first);
    await expect.poll(() => storedTerms(tabId), SLOW).toContain('zheli-yongyou');
    await page.goto(`${suite.server.origin}/wenzhou-news.html`);
    await expect.poll(() => storedTerms(tabId), SLOW).not.toContain('zheli-yongyou');
    const away = await storedTerms(tabId);
    await page.goBack();
    await expect.poll(() => storedTerms(tabId), SLOW).toContain('zheli-yongyou');
    await page.goForward();
    await expect.poll(() => storedTerms(tabId), SLOW).toEqual(away);
    await page.close();
  });

  it('cannot stop the lens with replayed start-up events or a predefined element', async () => {
    const page = await suite.browser.context.newPage();
    await page.addInitScript(() => {
      // The custom element the card's host once was, defined first.
      customElements.define(
        'interview-lens-card',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' });
          }
        },
      );
    });
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    const extensionId = suite.browser.extensionId;
    await page.evaluate((id) => {
      const detail = { contentScriptName: 'content-start', messageId: 'x' };
      for (const type of [
        'wxt:content-script-started',
        `${id}:content-start:content-script-started`,
      ])
        document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type: 'wxt:content-script-started', ...detail, id }, '*');
    }, extensionId);
    await addBlock(page, { id: 'added', texts: [sentence('甬上乐业')], after: '#t-plain' });
    await expect
      .poll(async () => (await readMarks(page)).some((m) => m.ids.includes('added')))
      .toBe(true);
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    await restOnMark(page, { inside: 'added' });
    await cardIn(suite.browser, page).open('甬上乐业');
    await page.close();
  });

  it('marks nothing in a document in design mode, and marks again when it leaves it', async () => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const { page, tabId } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    const box = await markBox(page, { inside: 't-plain' });
    await page.evaluate(() => void (document.designMode = 'on'));
    // The reader clicks into the document to edit it.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => readMarks(page)).toEqual([]);
    await page.keyboard.type('浙里甬有');
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    expect(await askTab(suite.browser.worker, tabId, 'getCardView', {})).toBeNull();

    await page.evaluate(() => void (document.designMode = 'off'));
    await page.mouse.click(5, 5);
    await expect.poll(async () => (await readMarks(page)).length).toBeGreaterThan(5);
    await page.close();
  });
});

/** The id of the tab whose top frame reports `url`, once it does. */
async function tabShowing(url: string): Promise<number> {
  await expect.poll(() => tabReporting(suite.browser.worker, url)).toBeDefined();
  return tabIdOf(suite.browser.worker, url);
}
