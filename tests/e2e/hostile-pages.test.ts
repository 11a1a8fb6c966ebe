import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIn } from './card';
import { extensionSuite } from './extension-suite';
import { pageTerms, readMarks, restOnMark, scrollThrough, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

const suite = extensionSuite();

/** The page's uncaught errors, collected as they come. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

describe('hostile pages', () => {
  it('marks and shows a styled card under a strict Content-Security-Policy', async () => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const page = await suite.browser.context.newPage();
    const violations: string[] = [];
    page.on(
      'console',
      (m) => m.text().includes('Content Security Policy') && violations.push(m.text()),
    );
    await page.goto(`${suite.server.origin}/strict-csp/ningbo-simplified.html`);
    // The page's own styles are refused: the policy is in force.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('0px');
    await waitForMarks(page);
    expect((await readMarks(page)).length).toBeGreaterThan(5);
    await restOnMark(page, { inside: 't-split-a' });
    // Styled: the card's own sheet applies (a border radius and a background).
    expect((await cardIn(suite.browser, page).open()).style.borderRadius).toBe('10px');
    await screenshot(page, 'hostile-strict-csp-card');
    expect(violations.filter((v) => v.includes('chrome-extension://'))).toEqual([]);
    await page.close();
  });

  it('keeps the card readable and on top under page CSS aimed at everything', async () => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    await waitForMarks(page);
    await page.addStyleTag({
      content:
        'html { font-size: 4px !important } * { all: unset !important }' +
        ' #overlay { all: initial !important; position: fixed !important; inset: 0 !important;' +
        ' z-index: 2147483647 !important; background: rgb(0 0 0 / 0.2) !important;' +
        ' pointer-events: none !important }',
    });
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('div'), { id: 'overlay' })),
    );
    await restOnMark(page, { inside: 't-split-a' });
    const { box, style, onTop } = await cardIn(suite.browser, page).open();
    expect({ width: Math.round(box.width), fontSize: style.termFontSize, onTop }).toEqual({
      width: 380,
      fontSize: '17px',
      onTop: true,
    });
    await screenshot(page, 'hostile-all-unset');
    await page.close();
  });

  it('works when the page replaces Array, Node, MutationObserver, addEventListener and Range', async () => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const page = await suite.browser.context.newPage();
    // Before any script of the page's own; the content scripts run in an isolated
    // world with globals of their own, which is what this checks.
    await page.addInitScript(() => {
      const fail = () => {
        throw new Error('hostile page');
      };
      Array.prototype.push = fail;
      Array.prototype.indexOf = fail;
      Node.prototype.appendChild = fail as never;
      EventTarget.prototype.addEventListener = () => undefined;
      (window as unknown as Record<string, unknown>).MutationObserver = fail;
      (window as unknown as Record<string, unknown>).Range = fail;
    });
    const errors = pageErrors(page);
    await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
    // Counted without the page's broken Array and MutationObserver (which
    // Playwright's own waiting would use).
    const marks = () =>
      page.evaluate(() => {
        let count = 0;
        for (const [name, highlight] of CSS.highlights)
          if (!name.endsWith('-active')) count += highlight.size;
        return count;
      });
    await expect.poll(marks).toBeGreaterThan(5);
    await restOnMark(page, { inside: 't-plain' });
    await cardIn(suite.browser, page).open('两个先行');
    expect(errors.filter((e) => !e.includes('hostile page'))).toEqual([]);
    await page.close();
  });

  it('marks the text of srcdoc, sandboxed and script-filled about:blank frames', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/inline-frames.html`);
    await waitForMarks(page);
    for (const id of ['srcdoc', 'sandboxed', 'blank']) {
      const frame = (await (await page.$(`#${id}`))!.contentFrame())!;
      await expect
        .poll(async () => (await readMarks(frame)).map((m) => m.text), { message: id })
        .toHaveLength(1);
    }
    await page.close();
  });

  it('shows the card over a full-screen element', async () => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/mark-backgrounds.html`);
    await waitForMarks(page, 9);
    // Full screen needs the user's gesture: a real click asks for it.
    await page.evaluate(() =>
      document
        .getElementById('dark')!
        .addEventListener('click', (e) => (e.currentTarget as Element).requestFullscreen()),
    );
    await page.locator('#dark').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('dark');
    await restOnMark(page, { inside: 'dark' });
    const card = cardIn(suite.browser, page);
    const shown = await card.open();
    expect(shown.text).toContain('1 / 3');
    expect(shown.onTop).toBe(true);
    // Over it, for the pointer too: a real click on the card's pager reaches the card.
    await card.pointAt();
    await card.click('Next place');
    await expect.poll(async () => (await card.view())?.text).toContain('2 / 3');
    expect(await page.evaluate(() => document.fullscreenElement?.id)).toBe('dark');
    await screenshot(page, 'hostile-fullscreen-card');
    await page.evaluate(() => document.exitFullscreen());
    await page.close();
  });

  it('survives 200,000 nodes, nesting 1,000 deep and one text node of 2 MB', async () => {
    const page = await suite.browser.context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${suite.server.origin}/no-chinese.html`);
    await page.evaluate(() => {
      const filler = '一二三四五六七八九十'.repeat(20);
      // 200,000 nodes: 100,000 list items, each with a text node.
      const list = document.createElement('ul');
      for (let i = 0; i < 100_000; i++) {
        const item = document.createElement('li');
        item.textContent = i === 99_999 ? '最后一项：浙里甬有' : '条目';
        list.append(item);
      }
      // 1,000 levels deep, with a term at the bottom. (Blocks alternating with
      // inline elements that deep crash Chromium's own layout, with or without
      // the extension, so the levels are all blocks.)
      let deep: HTMLElement = document.createElement('div');
      const top = deep;
      for (let i = 0; i < 1_000; i++) {
        const child = document.createElement('div');
        deep.append(child);
        deep = child;
      }
      deep.textContent = '最深处：锋领港城';
      // One text node of about 2 MB (a million characters), one term in it.
      const huge = document.createElement('p');
      huge.id = 'huge';
      huge.textContent = filler.repeat(2_500) + '两个先行' + filler.repeat(2_500);
      document.body.append(list, top, huge);
    });
    const before = await page.evaluate(() => document.body.innerText.length);
    // Found (marks are drawn as blocks near the viewport, so the report says it).
    const url = `${suite.server.origin}/no-chinese.html`;
    await expect
      .poll(async () => Object.keys((await pageTerms(suite.browser.worker, url))?.counts ?? {}), {
        timeout: 30_000,
      })
      .toEqual(
        expect.arrayContaining(['ningbo-2022:zheli-yongyou', 'ningbo-2022:fengling-gangcheng']),
      );
    // The page still answers, and its text is as it was.
    expect(await page.evaluate(() => document.body.innerText.length)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('catches up after a storm of text changes, keeping no range or report of text that is gone', async () => {
    const page = await suite.browser.context.newPage();
    const errors = pageErrors(page);
    const url = `${suite.server.origin}/no-chinese.html`;
    await page.goto(url);
    // 100 paragraphs whose text changes every 10 ms for 3 s (10,000 changes a
    // second), between a term and plain words; at the end every fourth holds one.
    await page.evaluate(async () => {
      const paragraphs = Array.from({ length: 100 }, () => {
        const p = document.createElement('p');
        p.textContent = '开始';
        document.body.append(p);
        return p.firstChild as Text;
      });
      let round = 0;
      const until = performance.now() + 3_000;
      while (performance.now() < until) {
        round++;
        paragraphs.forEach((text, i) => {
          text.data = (i + round) % 2 ? `第${round}轮：浙里甬有` : `第${round}轮：没有`;
        });
        await new Promise((done) => setTimeout(done, 10));
      }
      paragraphs.forEach((text, i) => {
        text.data = i % 4 === 0 ? '最后：浙里甬有' : '最后：没有';
      });
    });
    const marked = () =>
      page.evaluate(() => {
        let count = 0;
        for (const [name, h] of CSS.highlights) if (!name.endsWith('-active')) count += h.size;
        return count;
      });
    // Blocks are marked as they near the viewport: go through the page once.
    await expect
      .poll(
        async () => {
          await scrollThrough(page);
          return marked();
        },
        { timeout: 15_000 },
      )
      .toBe(25);
    await expect
      .poll(async () => (await pageTerms(suite.browser.worker, url))?.counts, { timeout: 15_000 })
      .toEqual({ 'ningbo-2022:zheli-yongyou': 25 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the terms of an SVG document without an error or a change to it', async () => {
    const page = await suite.browser.context.newPage();
    const errors = pageErrors(page);
    const url = `${suite.server.origin}/ningbo-poster.svg`;
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await expect
      .poll(async () => (await pageTerms(suite.browser.worker, url))?.counts)
      .toEqual({ 'ningbo-2022:zheli-yongyou': 1 });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(errors).toEqual([]);
    await screenshot(page, 'hostile-svg-document');
    await page.close();
  });
});

describe('every page the lens works on', () => {
  it.each([
    'ningbo-simplified.html',
    'strict-csp/ningbo-simplified.html',
    'taiwan-traditional.html',
    'inline-frames.html',
    'mark-backgrounds.html',
    'ningbo-variants.html',
    'everyday-uses.html',
    'interview-collocation.html',
  ])('%s: no error from the extension, and the same text after marks and a card', async (path) => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const page = await suite.browser.context.newPage();
    const errors = pageErrors(page);
    // The page's own console errors (its styles refused by its CSP, its
    // sandboxed frame's script) are its business; the extension's are not.
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        `${m.text()} ${m.location().url}`.includes('chrome-extension://') &&
        errors.push(m.text()),
    );
    // The text as parsed, before the lens starts (it waits for an idle moment after parsing).
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        document.documentElement.setAttribute('data-text-before', document.body.innerText),
      ),
    );
    await page.goto(`${suite.server.origin}/${path}`);
    await page.waitForTimeout(500);
    if ((await readMarks(page)).length > 0) {
      await restOnMark(page);
      await cardIn(suite.browser, page).open();
      await page.keyboard.press('Escape');
      await cardIn(suite.browser, page).closed();
    }
    const text = await page.evaluate(() => ({
      before: document.documentElement.getAttribute('data-text-before'),
      after: document.body.innerText,
    }));
    expect(text.after).toBe(text.before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
