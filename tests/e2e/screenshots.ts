import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots go to artifacts/ (ignored by git) for a person to look at. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Saves a screenshot of the page's viewport as artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
