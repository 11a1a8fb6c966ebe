import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { tabIdOf } from '../../scripts/lib/ask-content';
import { openMarkedTab, waitForMarks } from './page-marks';
import { setSettings } from './settings-storage';

const suite = extensionSuite();

const badgeOf = (worker: Worker, tabId: number) =>
  worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('the toolbar badge', () => {
  it('shows how many distinct terms the tab holds, follows the page, and can be turned off', async () => {
    const { worker } = suite.browser;
    const { page, tabId } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    await waitForMarks(page.frames().find((f) => f.url().endsWith('/frame-inner.html'))!);

    // The popup's figure: distinct terms across all frames.
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.page-term').count()).toBeGreaterThan(5);
    const distinct = await popup.locator('.page-term').count();
    await expect.poll(() => badgeOf(worker, tabId)).toBe(String(distinct));

    // A term the page did not hold arrives: one more.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '宁波提出打造“世界一流强港”。';
      document.body.append(p);
    });
    await expect.poll(() => badgeOf(worker, tabId)).toBe(String(distinct + 1));

    await setSettings(worker, { showBadge: false });
    await expect.poll(() => badgeOf(worker, tabId)).toBe('');
    await setSettings(worker, { showBadge: true });
    await expect.poll(() => badgeOf(worker, tabId)).toBe(String(distinct + 1));

    // A page without terms in the same tab: the badge goes.
    await page.goto(`${suite.server.origin}/unrelated.html`);
    await expect.poll(() => badgeOf(worker, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('stops counting the terms of a frame the page removes', async () => {
    const { worker } = suite.browser;
    const { page, tabId } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    await waitForMarks(page.frames().find((f) => f.url().endsWith('/frame-inner.html'))!);
    /** How many frames report terms, and how many occurrences they report in all. */
    const stored = () =>
      worker.evaluate(async (id) => {
        const reports = (await chrome.storage.session.get(`tabTerms:${id}`))[`tabTerms:${id}`] as
          Record<string, { counts: Record<string, number> }> | undefined;
        const withTerms = Object.values(reports ?? {}).filter((r) => Object.keys(r.counts).length);
        const total = withTerms.reduce(
          (sum, r) => sum + Object.values(r.counts).reduce((a, b) => a + b, 0),
          0,
        );
        return { frames: withTerms.length, total };
      }, tabId);
    await expect.poll(async () => (await stored()).frames).toBe(2);
    const before = (await stored()).total;
    await page.evaluate(() => document.getElementById('side-frame')!.remove());
    await expect.poll(async () => (await stored()).frames).toBe(1);
    expect((await stored()).total).toBeLessThan(before);
    await page.close();
  });

  it('hears from a frame without Chinese only once it has some, and from the top frame always', async () => {
    const { worker } = suite.browser;
    const url = `${suite.server.origin}/no-chinese.html`;
    const page = await suite.browser.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, url);
    /** The frames the background holds a report from. */
    const reporting = () =>
      worker.evaluate(async (id) => {
        const key = `tabTerms:${id}`;
        const reports = (await chrome.storage.session.get(key))[key] ?? {};
        return Object.keys(reports).sort();
      }, tabId);
    // The top frame says where the tab is, with no terms.
    await expect.poll(reporting).toEqual(['0']);
    await page.evaluate(
      (src) =>
        new Promise((loaded) => {
          const frame = Object.assign(document.createElement('iframe'), { id: 'quiet', src });
          frame.onload = loaded;
          document.body.append(frame);
        }),
      url,
    );
    const frame = page.frames().find((f) => f.parentFrame() && f.url() === url)!;
    // Long enough for the frame's look at its text (an idle moment, at most 200 ms).
    await frame.evaluate(() => new Promise((done) => setTimeout(done, 600)));
    expect(await reporting()).toEqual(['0']);
    await frame.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '宁波正在推进“两个先行”。';
      document.body.prepend(p);
    });
    await waitForMarks(frame);
    await expect.poll(async () => (await reporting()).length).toBe(2);
    // A frame inside a page starts answering messages with its lens (before
    // that it has nothing to say); the popup's "next occurrence" needs it to.
    const innerFrameId = Number((await reporting()).find((frameId) => frameId !== '0'));
    const answer = await worker.evaluate(
      ([id, frameId]) => chrome.tabs.sendMessage(id, { type: 'getPageTerms' }, { frameId }),
      [tabId, innerFrameId] as const,
    );
    expect(answer).toMatchObject({ ok: true, value: { url } });
    await page.close();
  });
});
