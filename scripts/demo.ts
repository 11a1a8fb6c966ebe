/**
 * `npm run demo`: opens Chromium with the built extension on a bundled demo news
 * page. With a display it stays open for you to explore; without one it runs
 * headless and writes screenshots and a short report to artifacts/demo/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledPacks } from '../data/generated/bundled-packs';
import { pageTerms, readMarks, waitForMarks } from '../tests/e2e/page-marks';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { tabIdOf, waitForCard } from './lib/ask-content';
import { EXTENSION_DIR, launchWithExtension } from './lib/chromium';

const outDir = resolve(import.meta.dirname, '../artifacts/demo');
const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';

const server = await startFixtureServer();
const url = `${server.origin}/demo-news.html`;
const browser = await launchWithExtension({ headless: !headed, locale: 'zh-CN' });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);
await waitForMarks(page);

printHowToLoad();
if (headed) {
  console.log(`\nDemo open at ${url}. Rest the pointer on a marked term; close the window to end.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const shot = async (name: string, target = page) => {
    const path = join(outDir, `${name}.png`);
    await target.screenshot({ path });
    shots.push(path);
  };
  await shot('1-marked-page');

  const first = page.locator('article p').filter({ hasText: '浙里甬有' }).first();
  await first.scrollIntoViewIfNeeded();
  // Marks are made as blocks come near the viewport: give them a frame or two.
  await page.waitForTimeout(400);
  const box = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (name.endsWith('-active')) continue;
      for (const range of highlight) {
        const rect = (range as Range).getBoundingClientRect();
        if (rect.top > 80 && rect.bottom < innerHeight - 200)
          return { x: rect.x, y: rect.y, w: rect.width, h: rect.height };
      }
    }
    return null;
  });
  if (box) {
    await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2);
    await waitForCard({
      worker: browser.worker,
      tabId: await tabIdOf(browser.worker, url),
      state: 'ready',
      timeoutMs: 5000,
    });
    await page.waitForTimeout(200);
    await shot('2-hover-card');
  }

  const reader = await browser.openExtensionPage('sidepanel.html#qa-5-p3');
  await reader.waitForSelector('#qa-5-p3');
  await shot('3-reader', reader);

  const terms = await pageTerms(browser.worker, url);
  const marks = await readMarks(page);
  const names = new Map(
    bundledPacks.flatMap((p) => p.terms.map((t) => [`${p.id}:${t.id}`, `${t.text} (${t.tier})`])),
  );
  const counts = Object.entries(terms?.counts ?? {}).sort((a, b) => b[1] - a[1]);
  const report = [
    `Interview Lens demo report`,
    `Page: ${url}`,
    `Terms found: ${counts.length} distinct, ${counts.reduce((n, [, c]) => n + c, 0)} occurrences`,
    `Marks painted so far (viewport first): ${marks.length}`,
    '',
    ...counts.map(([key, count]) => `  ${String(count).padStart(3)} × ${names.get(key) ?? key}`),
    '',
    'Screenshots:',
    ...shots.map((s) => `  ${s}`),
  ].join('\n');
  writeFileSync(join(outDir, 'report.txt'), `${report}\n`);
  console.log(`\n${report}`);
}
await browser.close();
await server.close();

function printHowToLoad(): void {
  console.log(`
Load the extension by hand (after \`npm run build\`):
  Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
                 "Load unpacked", and choose ${EXTENSION_DIR}
  Firefox:       run \`npm run build:firefox\`, open about:debugging#/runtime/this-firefox,
                 "Load Temporary Add-on…", and choose .output/firefox-mv2/manifest.json`);
}
