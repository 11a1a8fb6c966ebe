import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { readMarks, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

const suite = extensionSuite();

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
    await page.locator('#t-split-a').scrollIntoViewIfNeeded();
    const box = await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) {
        if (name.endsWith('-active')) continue;
        for (const r of h) {
          if (!(r as Range).startContainer.parentElement?.closest('#t-split-a')) continue;
          const rect = (r as Range).getClientRects()[0]!;
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
      }
      throw new Error('no mark');
    });
    await page.mouse.move(box.x, box.y);
    const card = page.locator('interview-lens-card .card');
    await card.waitFor({ state: 'visible' });
    // Styled: the card's own sheet applies (a border radius and a background).
    expect(await card.evaluate((c) => getComputedStyle(c).borderTopLeftRadius)).toBe('10px');
    await screenshot(page, 'hostile-strict-csp-card');
    expect(violations.filter((v) => v.includes('chrome-extension://'))).toEqual([]);
    await page.close();
  });
});
