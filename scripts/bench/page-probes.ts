import type { Page } from 'playwright-core';

/** The viewport of both browsers (the one `launchWithExtension` uses). */
export const VIEWPORT = { width: 1280, height: 900 };

/** How long a page is left alone after its first frame before it is probed. */
export const SETTLE_MS = 500;

/**
 * How long a page with the extension is left alone after the first scan was
 * painted: long enough for the script's follow-up work (its terms report waits
 * 400 ms, then for idle time) to be counted with it.
 */
export const OURS_SETTLE_MS = 1_000;

const COUNTER = '__benchLongTasks';

/**
 * Init script for every tab of both browsers: counts `longtask` entries from the
 * start of the load (buffered), in the page's main world.
 */
export const LONG_TASK_COUNTER = `(() => {
  window.${COUNTER} = 0;
  new PerformanceObserver((list) => { window.${COUNTER} += list.getEntries().length; })
    .observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Init script: tsx compiles with esbuild's keepNames, which wraps callbacks in
 * `__name(fn, "name")`; code handed to `page.evaluate` runs in the page, where
 * that helper does not exist.
 */
export const KEEP_NAMES_HELPER = 'globalThis.__name ??= (fn) => fn;';

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after the page has rendered two more frames (the first full layout after load included). */
export async function afterFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Long tasks the page has seen since it started loading. */
export function longTaskCount(page: Page): Promise<number> {
  return page.evaluate((name) => (window as unknown as Record<string, number>)[name] ?? 0, COUNTER);
}

/** The renderer's used JS heap after a forced garbage collection (CDP `Performance.getMetrics`). */
export async function heapUsedBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await cdp.detach();
  }
}
