import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { SETTLE_MS, sleep } from './page-probes';
import type { PlainBrowser } from './plain-browser';

/** A peer's time from the call until it was done and painted, and the matches it found. */
export interface PeerResult {
  ms: number;
  matches: number;
}

const require = createRequire(import.meta.url);

// The elements our scanner never reads (lib/page/element-rules.ts). Both libraries
// test only a text node's parent against `exclude`, so descendants are listed too.
// prettier-ignore
const SKIPPED = [
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'button', 'code',
  'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'rt', 'rp', '[contenteditable]:not([contenteditable="false"])',
];
const EXCLUDE = SKIPPED.flatMap((selector) => [selector, `${selector} *`]);

/** Opens the page in a fresh tab without the extension and injects the library (`Mark`). */
async function pageWithLibrary(plain: PlainBrowser, url: string, library: string): Promise<Page> {
  const page = await plain.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await sleep(SETTLE_MS);
  await page.addScriptTag({ path: require.resolve(library) });
  return page;
}

/**
 * advanced-mark.js, the maintained fork: the same forms in one combined pattern
 * (`combinePatterns: Infinity`), across inline elements but not across blocks,
 * skipping what ours skips. Timed until `done` plus a double rAF.
 */
export async function markWithAdvancedMark({
  plain,
  url,
  forms,
}: {
  plain: PlainBrowser;
  url: string;
  forms: readonly string[];
}): Promise<PeerResult> {
  const page = await pageWithLibrary(plain, url, 'advanced-mark.js');
  try {
    return await page.evaluate(
      ({ forms, exclude }) =>
        new Promise<{ ms: number; matches: number }>((resolve) => {
          const start = performance.now();
          const Mark = (window as unknown as { Mark: new (root: Element) => MarkInstance }).Mark;
          new Mark(document.body).mark(forms, {
            acrossElements: true,
            combinePatterns: Infinity,
            blockElementsBoundary: true,
            separateWordSearch: false,
            diacritics: false,
            exclude,
            done: (_marks: number, matches: number) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve({ ms: performance.now() - start, matches })),
              ),
          });
        }),
      { forms, exclude: EXCLUDE },
    );
  } finally {
    await page.close();
  }
}

/**
 * mark.js 8.11 with `acrossElements`, as most projects use it. It reports marked
 * elements, not matches (a term split across tags is two elements), so matches
 * are counted by joining each term's consecutive pieces. Returns null when it
 * has not finished in `timeoutMs`; the browser is then restarted to stop it.
 */
export async function markWithMarkJs({
  plain,
  url,
  forms,
  timeoutMs,
}: {
  plain: PlainBrowser;
  url: string;
  forms: readonly string[];
  timeoutMs: number;
}): Promise<PeerResult | null> {
  const page = await pageWithLibrary(plain, url, 'mark.js');
  const run = page.evaluate(
    (forms) =>
      new Promise<{ ms: number; matches: number }>((resolve) => {
        const start = performance.now();
        const Mark = (window as unknown as { Mark: new (root: Element) => MarkInstance }).Mark;
        let term = '';
        let piece = '';
        let matches = 0;
        new Mark(document.body).mark(forms, {
          acrossElements: true,
          separateWordSearch: false,
          diacritics: false,
          filter: (_node: Text, current: string) => {
            term = current;
            return true;
          },
          each: (element: Element) => {
            piece += element.textContent;
            if (piece.length < term.length) return;
            matches++;
            piece = '';
          },
          done: () =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve({ ms: performance.now() - start, matches })),
            ),
        });
      }),
    forms,
  );
  const result = await Promise.race([run, sleep(timeoutMs).then(() => null)]);
  if (result === null) {
    run.catch(() => undefined);
    await plain.restart();
    return null;
  }
  await page.close();
  return result;
}

/** The part of both libraries' `Mark` the benchmark calls. */
interface MarkInstance {
  mark(terms: readonly string[], options: Record<string, unknown>): void;
}
