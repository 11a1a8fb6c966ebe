import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { cardIn } from './card';
import { readMarks, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

const suite = extensionSuite();
// No hover delay: a card that would open does so at once.
beforeAll(() => setSettings(suite.browser.worker, { hoverDelayMs: 0 }));

const card = (page: Page) => cardIn(suite.browser, page);

/** The viewport centre of the first occurrence of `text` in the element `#id`. */
function centreOf(page: Page, id: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, text }) => {
      const block = document.getElementById(id)!;
      block.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      throw new Error(`no “${text}” in #${id}`);
    },
    { id, text },
  );
}

async function rest(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(2, 2);
  // One step: a path across other marks would open their cards on the way (no delay).
  await page.mouse.move(point.x, point.y);
}

describe('detection on real collocations', () => {
  it('marks nothing, and opens no card, on everyday uses of the same characters', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/everyday-uses.html`);
    // The scan is done once the frame reports what it found (nothing).
    await page.waitForTimeout(800);
    expect(await readMarks(page)).toEqual([]);
    for (const [id, text] of [
      ['e-xianxing', '两个先行'],
      ['e-preview', '两个先行'],
      ['e-xuetang', '知行学堂'],
      ['e-fuwu', '强服务'],
      ['e-suzhu', '主平台'],
      ['e-weihu', '两个维护'],
      ['e-zhizao', '强制造'],
    ] as const) {
      await rest(page, await centreOf(page, id, text));
      await page.waitForTimeout(250);
      expect(await card(page).view(), `${id}: ${text}`).toBeNull();
    }
    await screenshot(page, 'detection-everyday-uses');
    await page.close();
  });

  it('shows the card of every slogan a Ningbo page words its own way', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/ningbo-variants.html`);
    await waitForMarks(page);
    for (const [id, text, term] of [
      ['v-youli', '浙江有礼，宁波示范', '浙江有礼·宁波示范'],
      ['v-youli-space', '浙江有礼 宁波示范', '浙江有礼·宁波示范'],
      ['v-danxiang', '单项冠军之城', '国家单项冠军之城'],
      ['v-xingfugan', '最具幸福感城市', '中国最具幸福感城市'],
      ['v-zimaoqu', '自由贸易试验区', '浙江自贸区宁波片区'],
      ['v-zhongdongou', '中东欧国家经贸合作', '中国—中东欧国家经贸合作示范区'],
      // A Traditional page's card names the term in Traditional characters too.
      ['v-traditional', '兩個先行', '兩個先行'],
      ['v-qiang', '強製造', '強制造'],
      ['v-qiang', '強服務', '強服務'],
    ] as const) {
      await rest(page, await centreOf(page, id, text));
      await card(page).open(term);
      await page.keyboard.press('Escape');
      await card(page).closed();
    }
    await screenshot(page, 'detection-ningbo-variants');
    await page.close();
  });

  it('marks a generic term beside its collocation in the interview, and not the same term elsewhere', async () => {
    const page = await suite.browser.context.newPage();
    // Neither the title nor the text names Ningbo: only the collocations speak for the terms.
    await page.goto(`${suite.server.origin}/interview-collocation.html`);
    await waitForMarks(page);
    const marks = await readMarks(page);
    expect(marks.map(({ text, ids }) => `${ids[0]}:${text}`).sort()).toEqual([
      'w-pingtai:主平台',
      'w-yinqing:主引擎',
    ]);
    for (const [id, text, term] of [
      ['w-yinqing', '主引擎', '主引擎'],
      ['w-pingtai', '主平台', '主平台'],
    ] as const) {
      await rest(page, await centreOf(page, id, text));
      await card(page).open(term);
      await page.keyboard.press('Escape');
      await card(page).closed();
    }
    await rest(page, await centreOf(page, 'w-manual', '主引擎'));
    await page.waitForTimeout(250);
    expect(await card(page).view()).toBeNull();
    await page.close();
  });
});
