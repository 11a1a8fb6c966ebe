import { describe, expect, it } from 'vitest';
import { tabReporting } from '../../scripts/lib/ask-content';
import { extensionSuite } from './extension-suite';

const suite = extensionSuite();

describe('what a page without terms can see of the extension', () => {
  it.each(['no-chinese.html', 'unrelated.html'])(
    'on %s: no highlight registered, no element added, the text unchanged',
    async (path) => {
      const page = await suite.browser.context.newPage();
      const url = `${suite.server.origin}/${path}`;
      await page.goto(url);
      const before = await page.evaluate(() => ({
        text: document.body.innerText,
        elements: document.getElementsByTagName('*').length,
      }));
      // The frame has looked at the page (and scanned it, where it has Chinese).
      await expect.poll(() => tabReporting(suite.browser.worker, url)).toBeDefined();
      await page.waitForTimeout(500);
      const seen = await page.evaluate(() => ({
        highlights: CSS.highlights.size,
        text: document.body.innerText,
        elements: document.getElementsByTagName('*').length,
      }));
      expect(seen).toEqual({ highlights: 0, ...before });
      await page.close();
    },
  );
});
