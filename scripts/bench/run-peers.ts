import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { sleep } from './page-probes';
import type { PlainBrowser } from './plain-browser';

/** A peer's time from the call until it was done and painted, and the matches it found. */
export interface PeerResult {
  ms: number;
  matches: number;
}

/** advanced-mark.js's result, with how long its call held the main thread. */
export interface AdvancedMarkResult extends PeerResult {
  callMs: number;
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

/** Injects the library (it defines `Mark`) from node_modules into the page. */
async function inject(page: Page, library: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve(library) });
}

/**
 * advanced-mark.js, the maintained fork: the same forms in one combined pattern
 * (`combinePatterns: Infinity`), across inline elements but not across blocks,
 * skipping what ours skips. Timed until its call returns (it calls `done`
 * within it), and until the marks are painted (a double rAF). The page must be
 * settled and unmarked; the marks stay.
 */
export async function markWithAdvancedMark({
  page,
  forms,
}: {
  page: Page;
  forms: readonly string[];
}): Promise<AdvancedMarkResult> {
  await inject(page, 'advanced-mark.js');
  return page.evaluate(
    ({ forms, exclude }) =>
      new Promise<{ ms: number; callMs: number; matches: number }>((resolve) => {
        const start = performance.now();
        const Mark = (window as unknown as { Mark: new (root: Element) => MarkInstance }).Mark;
        let matches = 0;
        let doneAt = 0;
        new Mark(document.body).mark(forms, {
          acrossElements: true,
          combinePatterns: Infinity,
          blockElementsBoundary: true,
          separateWordSearch: false,
          diacritics: false,
          exclude,
          done: (_marks: number, found: number) => {
            matches = found;
            doneAt = performance.now();
          },
        });
        // Its whole work is this one synchronous call (`done` comes within it);
        // then the marks are painted.
        const callMs = (doneAt || performance.now()) - start;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve({ ms: performance.now() - start, callMs, matches })),
        );
      }),
    { forms, exclude: EXCLUDE },
  );
}

/**
 * mark.js 8.11 with `acrossElements`, as most projects use it. It reports marked
 * elements, not matches (a term split across tags is two elements), so matches
 * are counted by joining each term's consecutive pieces. Returns null when it
 * has not finished in `timeoutMs`; the browser is then restarted to stop it.
 * Runs in a fresh tab of its own.
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
  const page = await plain.open(url);
  await inject(page, 'mark.js');
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
