import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { cardIn } from './card';
import { readMarks, restOnMark, waitForMarks } from './page-marks';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

const suite = extensionSuite();
beforeAll(() => setSettings(suite.browser.worker, { hoverDelayMs: 0 }));

const INTERVIEW = readFileSync(
  new URL('../fixtures/interviews/wenzhou-made-up.txt', import.meta.url),
  'utf8',
);

async function importInterview(options: Page): Promise<void> {
  await options.getByLabel('Name', { exact: true }).fill('温州访谈（测试）');
  await options.getByLabel('Source (who published it)').fill('测试用虚构来源');
  await options.getByLabel('Interview text').fill(INTERVIEW);
  await options.getByRole('button', { name: 'Read the text' }).click();
  await options.getByRole('heading', { name: 'Check before saving' }).waitFor();
}

describe('bringing your own interview', () => {
  it('pastes an interview, checks it, saves it, and finds its terms on pages', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await importInterview(options);
    // The preview lists the quoted phrases as proposed terms, with how each will mark.
    const rows = options.locator('.import-terms tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4);
    const proposed = await rows.locator('td:nth-child(2)').allInnerTexts();
    expect(proposed).toEqual(expect.arrayContaining(['两个健康先行区', '千年商港', '瓯越英才']));
    expect(await options.getByLabel('Place words (comma-separated)').inputValue()).toContain(
      '温州',
    );
    await screenshot(options, 'import-preview');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved “温州访谈（测试）”').waitFor();
    await expect.poll(() => options.locator('.library-entry').count()).toBe(1);

    // A page about Wenzhou now shows the imported terms, and their card.
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}/wenzhou-news.html`);
    await waitForMarks(page);
    const marked = (await readMarks(page)).map((m) => m.text);
    expect(marked).toEqual(expect.arrayContaining(['两个健康先行区', '千年商港']));
    await restOnMark(page, { text: '千年商港' });
    const card = cardIn(suite.browser, page);
    expect((await card.open('千年商港')).text).toContain('重振计划');
    await screenshot(page, 'import-card');

    // "Read in full" opens the reader at the imported pack's paragraph.
    await card.pointAt();
    await card.click('Read in full');
    await expect
      .poll(() =>
        suite.browser.worker.evaluate(async () => {
          const { readerTarget } = await chrome.storage.session.get('readerTarget');
          return (readerTarget as { address?: string } | undefined)?.address ?? '';
        }),
      )
      .toMatch(/^pack-\d+:qa-1-p1$/);
    const reader = await suite.browser.openExtensionPage('sidepanel.html');
    await expect
      .poll(() => reader.getByRole('combobox', { name: 'Interview to read' }).inputValue())
      .toMatch(/^pack-\d+$/);
    await expect.poll(() => reader.evaluate(() => document.activeElement?.id)).toBe('qa-1-p1');
    expect(await reader.locator('#qa-1-p1').innerText()).toContain('千年商港');
    await screenshot(reader, 'import-reader');
    await reader.close();

    // The popup's search covers the imported interview too.
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.getByRole('combobox').fill('瓯越英才');
    await expect
      .poll(() => popup.locator('[role="option"]').first().innerText())
      .toContain('瓯越英才');
    // With two packs searched, each result says which one it is from.
    expect(await popup.locator('[role="option"]').first().innerText()).toContain(
      '温州访谈（测试）',
    );
    await popup.close();
    await page.close();
    await options.close();
  });

  it('refuses text with no Q&A in it, says where, and saves nothing', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    // The list loads from storage: the pack the first test saved is there once it has.
    await options.locator('.library-entry').first().waitFor();
    const before = await options.locator('.library-entry').count();
    await options.getByLabel('Name', { exact: true }).fill('不是访谈');
    await options
      .getByLabel('Interview text')
      .fill('这只是一段普通的文字。\n没有问题，也没有回答。');
    await options.getByRole('button', { name: 'Read the text' }).click();
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^Line \d+:/);
    expect(await options.locator('.library-entry').count()).toBe(before);
    await options.close();
  });
});
