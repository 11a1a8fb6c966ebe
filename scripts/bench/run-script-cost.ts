import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../lib/chromium';
import { SETTLE_MS, sleep } from './page-probes';

const SAMPLING_INTERVAL_US = 50;

/** The part of a CDP CPU profile read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Main-thread time of the samples whose stack runs through the extension's scripts. */
function extensionTimeMs(profile: CpuProfile, origin: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = byId.get(id)!.callFrame.url.startsWith(origin) || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  // A sample stands for the time until the next one.
  for (let i = 0; i < samples.length - 1; i++) if (isOurs(samples[i]!)) micros += deltas[i + 1]!;
  return micros / 1000;
}

/**
 * Our scripts' main-thread time on a page, from a CPU profile: every sample
 * with an extension script on its stack, from the first statement of the first
 * one (bundle evaluation included) until the page has settled. The page is
 * loaded into a same-origin iframe (the content script runs in all frames), so
 * the profiler is already running when our scripts start.
 */
export async function measureScriptCost({
  lens,
  hostUrl,
  url,
  settleMs = SETTLE_MS,
}: {
  lens: ExtensionBrowser;
  hostUrl: string;
  url: string;
  /** How long our scripts may go on working after the frame has loaded. */
  settleMs?: number;
}): Promise<number> {
  const page = await lens.context.newPage();
  try {
    await page.goto(hostUrl, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const { profile } = await underProfiler(page, async () => {
      await page.evaluate(
        (src) =>
          new Promise((loaded) => {
            const frame = document.createElement('iframe');
            frame.onload = loaded;
            frame.src = src;
            document.body.append(frame);
          }),
        url,
      );
      await sleep(settleMs);
    });
    return extensionTimeMs(profile, `chrome-extension://${lens.extensionId}/`);
  } finally {
    await page.close();
  }
}

/**
 * Runs `work` with the page's sampling profiler on, at the interval our
 * scripts' cost is measured with. Sampling slows script: a peer timed against
 * that cost must run under the same profiler (advanced-mark.js's call on the
 * 10 K page: a median 33.6 ms without it, 46.6 ms with it, over 20 loads each).
 */
export async function underProfiler<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    const result = await work();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile };
  } finally {
    await cdp.detach();
  }
}
