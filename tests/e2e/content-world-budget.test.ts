import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import {
  CONTENT_WORLD_BUDGET,
  contentWorldFiles,
  contentWorldTotals,
} from '../../scripts/lib/content-world-budget';

const FIREFOX_DIR = join(EXTENSION_DIR, '../firefox-mv2');

describe.each([
  ['Chrome', EXTENSION_DIR],
  ['Firefox', FIREFOX_DIR],
])('the content world of the %s build', (_browser, dir) => {
  const files = contentWorldFiles(dir);

  it('runs one tiny script on every page, and the lens and card only on demand', () => {
    expect(files.map(({ file, stage }) => [file, stage])).toEqual([
      ['content-start.js', 'every page'],
      ['content-lens.js', 'pages with Chinese'],
      ['content-card.js', 'first hover'],
    ]);
  });

  it('stays within its budget before the first hover, and on a page without Chinese', () => {
    const totals = contentWorldTotals(files);
    expect(totals.beforeFirstHover).toBeLessThanOrEqual(CONTENT_WORLD_BUDGET.beforeFirstHover);
    expect(totals.withoutChinese).toBeLessThanOrEqual(CONTENT_WORLD_BUDGET.withoutChinese);
  });

  it('is self-contained: no chunk imports, no polyfill (its guard message), no code from strings', () => {
    for (const { file } of files) {
      const code = readFileSync(join(dir, file), 'utf8');
      // The only import() is of another part, by its extension URL.
      expect(code, file).not.toMatch(/\bimport\s*\(\s*["'`]\.{0,2}\//);
      expect(code, file).not.toMatch(/\bfrom\s*["'`]/);
      expect(code, file).not.toContain('This script should only be loaded in a browser extension');
      expect(code, file).not.toMatch(/\beval\s*\(|new Function\s*\(/);
      // Nothing a page can see or replay: no message posted to the window (it
      // would name the extension), no WXT start event to stop the lens with.
      expect(code, file).not.toMatch(/\.postMessage\s*\(/);
      expect(code, file).not.toContain('content-script-started');
    }
  });
});
