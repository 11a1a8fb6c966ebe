/**
 * `npx tsx scripts/render-icons.ts`: renders public/icon/*.svg to the PNGs the
 * manifest and the toolbar use. Run by hand after editing an SVG and commit the
 * PNGs; the build only copies them (WXT lists public/icon/<size>.png as `icons`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const iconDir = resolve(import.meta.dirname, '../public/icon');

/** Each SVG, the prefix of its PNGs' names, and the sizes it is rendered at. */
const ICONS = [
  // 16 and 32 for the toolbar (1x and 2x screens), 48 for the extensions page, 128 for the store.
  { svg: 'icon.svg', prefix: '', sizes: [16, 32, 48, 128] },
  // Set with action.setIcon on a site where the lens is off: toolbar sizes only.
  { svg: 'icon-off.svg', prefix: 'off-', sizes: [16, 32] },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 128, height: 128 },
    deviceScaleFactor: 1,
  });
  for (const { svg, prefix, sizes } of ICONS) {
    const markup = readFileSync(join(iconDir, svg), 'utf8');
    for (const size of sizes) {
      // The SVG scales to the box, so each size is drawn from the geometry
      // rather than resampled from another PNG.
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}` +
          `svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
      );
      const png = await page.screenshot({
        clip: { x: 0, y: 0, width: size, height: size },
        omitBackground: true,
      });
      const file = `${prefix}${size}.png`;
      writeFileSync(join(iconDir, file), png);
      console.log(`public/icon/${file}: ${png.length} bytes`);
    }
  }
} finally {
  await browser.close();
}
