import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots go to artifacts/ (ignored by git) for a person to look at. */
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Where the screenshot `name` goes (the folder made if need be). */
export function screenshotPath(name: string): `${string}.png` {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${join(SCREENSHOT_DIR, name)}.png`;
}

/** Saves a screenshot of the page's viewport as artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = screenshotPath(name);
  await page.screenshot({ path });
  return path;
}
