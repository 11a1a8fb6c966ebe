/**
 * `npm run bench:ab -- [revision]`: our scripts' main-thread time on the
 * real-size pages and the page without Chinese, this working tree's build
 * against a base revision's (HEAD
 * unless given). On a shared, noisy machine a change of a few per cent shows
 * only side by side: two browsers, one build each, loads interleaved (the
 * order alternating), then a second pass with each build in the other
 * browser. A change counts only when both passes agree on its direction.
 * $AB_LOADS sets the loads per page, build and pass (12); $AB_PAGES the pages
 * (real-10k,real-30k,real-100k,no-han).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abVerdict, summarizeAb, type AbSample, type AbSide } from './bench/ab-summary';
import { frameHostPage, noHanPage, realSizePages } from './bench/bench-pages';
import { buildRevision } from './bench/build-revision';
import { OURS_SETTLE_MS } from './bench/page-probes';
import { startPageServer } from './bench/page-server';
import { markdownTable } from './bench/report';
import { measureScriptCost } from './bench/run-script-cost';
import { loadTermForms } from './bench/term-forms';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './lib/chromium';

const revision = process.argv[2] ?? 'HEAD';
const LOADS = Math.max(1, Math.floor(Number(process.env.AB_LOADS ?? 12)) || 12);
const PASSES = 2;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const wanted = process.env.AB_PAGES?.split(',');
  const pages = [...realSizePages(loadTermForms().byTerm), noHanPage()].filter(
    (page) => !wanted || wanted.includes(page.name),
  );
  if (pages.length === 0) throw new Error(`no page is named ${process.env.AB_PAGES}`);
  const host = frameHostPage();

  // `npm run bench:ab` has just built the working tree; the base is built beside it.
  const dirs = mkdtempSync(join(tmpdir(), 'interview-lens-ab-'));
  const builds: Record<AbSide, string> = { this: join(dirs, 'this'), base: join(dirs, 'base') };
  let samples: AbSample[];
  try {
    cpSync(EXTENSION_DIR, builds.this, { recursive: true });
    log(`bench:ab: building ${revision}`);
    buildRevision(revision, builds.base);
    const server = await startPageServer([...pages, host]);
    try {
      samples = await measurePasses({
        builds,
        urls: pages.map((page) => ({ page: page.name, url: server.urlOf(page.name) })),
        hostUrl: server.urlOf(host.name),
      });
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dirs, { recursive: true, force: true });
  }

  const rows = summarizeAb(samples);
  console.log(
    markdownTable(
      ['page', 'pass', 'loads', `${revision} ms`, 'this ms', 'this ÷ base'],
      rows.map((row) => [
        row.page,
        row.pass === 0 ? 'both' : row.pass,
        row.loads,
        row.baseMs.toFixed(1),
        row.thisMs.toFixed(1),
        row.ratio.toFixed(2),
      ]),
    ),
  );
  console.log('');
  for (const page of pages) console.log(`- ${page.name}: ${abVerdict(rows, page.name)}`);
}

/** Every pass: both builds on every page, `LOADS` times, interleaved. */
async function measurePasses({
  builds,
  urls,
  hostUrl,
}: {
  builds: Record<AbSide, string>;
  urls: readonly { page: string; url: string }[];
  hostUrl: string;
}): Promise<AbSample[]> {
  const samples: AbSample[] = [];
  for (let pass = 1; pass <= PASSES; pass++) {
    // Each pass launches the browsers in the other order, so neither build
    // keeps the first (or second) browser process.
    const sides: AbSide[] = pass % 2 ? ['base', 'this'] : ['this', 'base'];
    const browsers: Partial<Record<AbSide, ExtensionBrowser>> = {};
    try {
      for (const side of sides)
        browsers[side] = await launchWithExtension({ extensionDir: builds[side] });
      for (let load = 0; load < LOADS; load++) {
        for (const { page, url } of urls) {
          for (const side of load % 2 ? [...sides].reverse() : sides) {
            const ms = await measureScriptCost({
              lens: browsers[side]!,
              hostUrl,
              url,
              settleMs: OURS_SETTLE_MS,
            });
            samples.push({ page, pass, side, ms });
          }
        }
      }
    } finally {
      for (const side of sides) await browsers[side]?.close();
    }
    log(`bench:ab: pass ${pass}/${PASSES} done`);
  }
  return samples;
}

await main();
