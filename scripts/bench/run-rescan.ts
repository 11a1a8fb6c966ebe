import type { Page, Worker } from 'playwright-core';
import { lensStats } from './lens-messages';
import { sleep } from './page-probes';

// Each batch is a task of its own, and each is followed by a frame, which costs the
// page about 80 ms of layout on the 5 M page (with or without the lens): more
// batches or a longer gap would add frames (50 batches cost the bench 2.5 s more a
// run there), not change what is rescanned.
const BATCHES = 10;
const BATCH_GAP_MS = 2;
/** Longer than the scanner's idle timeout (250 ms), so a quiet spell means it is done. */
const QUIET_MS = 400;

/**
 * Appends the paragraphs to the article in `BATCHES` batches, each in its own task,
 * waits until the content script stops scanning, and returns rescanned ÷ added characters.
 */
export async function measureRescan({
  page,
  worker,
  url,
  paragraphs,
}: {
  page: Page;
  worker: Worker;
  url: string;
  paragraphs: readonly string[];
}): Promise<number> {
  const scanned = async () => (await lensStats(worker, url))?.scannedChars ?? Number.NaN;
  const before = await scanned();
  const added = await page.evaluate(
    async ({ paragraphs, batches, gapMs }) => {
      const target = document.querySelector('article') ?? document.body;
      const perBatch = Math.ceil(paragraphs.length / batches);
      let chars = 0;
      for (let i = 0; i < paragraphs.length; i += perBatch) {
        await new Promise((resolve) => setTimeout(resolve, gapMs));
        for (const html of paragraphs.slice(i, i + perBatch)) {
          target.insertAdjacentHTML('beforeend', html);
          chars += target.lastElementChild?.textContent?.length ?? 0;
        }
      }
      return chars;
    },
    { paragraphs, batches: BATCHES, gapMs: BATCH_GAP_MS },
  );
  let last = await scanned();
  for (;;) {
    await sleep(QUIET_MS);
    const now = await scanned();
    if (now === last) break;
    last = now;
  }
  return (last - before) / added;
}
