/**
 * `npm run bench` (issue 6): the content script against the floor of a page scan
 * and against advanced-mark.js and mark.js, in Debian's Chromium, on generated
 * Chinese news pages (plus any `.html` in $BENCH_PAGES_DIR). Prints a table and
 * the budget check, and writes bench/results.json. $BENCH_RUNS sets the runs (5).
 */
import { resolve } from 'node:path';
import { setSettings } from '../tests/e2e/settings-storage';
import {
  benchPages,
  frameHostPage,
  NO_HAN_CHARS,
  noHanPage,
  realSizePages,
} from './bench/bench-pages';
import { checkBudgets, GROWTH_PAGE } from './bench/budgets';
import { contentWorldFiles } from './lib/content-world-budget';
import { bundleSizes } from './bench/bundle-sizes';
import { generateNewsPage, generateParagraphs } from './bench/generate-page';
import { machineInfo } from './bench/machine';
import { markjsSchedule } from './bench/markjs-schedule';
import { measurePage } from './bench/measure-page';
import { KEEP_NAMES_HELPER, LONG_TASK_COUNTER } from './bench/page-probes';
import { startPageServer } from './bench/page-server';
import { launchPlainBrowser } from './bench/plain-browser';
import {
  budgetList,
  bundlesTable,
  growthTable,
  pagesTable,
  realSizeTable,
  writeResults,
} from './bench/report';
import { measureScriptCost } from './bench/run-script-cost';
import { measureGrowth, type GrowthSample } from './bench/run-growth';
import { measureRealSize, type RealSizeSample } from './bench/run-real-size';
import {
  growthRows,
  median,
  summarizePage,
  summarizeRealSize,
  type RunSample,
} from './bench/summarize';
import { alternationSource, loadTermForms } from './bench/term-forms';
import { EXTENSION_DIR, launchWithExtension } from './lib/chromium';

const RUNS = Math.max(1, Math.floor(Number(process.env.BENCH_RUNS ?? 5)) || 5);
/** The bench's own time, build excluded (issue 16): eight of the ten minutes a slot has. */
const TIME_LIMIT_S = 8 * 60;
// 30 hovers a page (6 a run, at each delay), and mark.js stopped at 35 s: with the
// real-size and growth pages, the bench has to fit its eight minutes (it took
// 450–481 s with 40 hovers and 40 s).
const HOVERS_PER_PAGE = 30;
const APPENDED_PARAGRAPHS = 1_000;
const MARKJS_TIMEOUT_MS = 35_000;
/**
 * mark.js gets this much time per page, over all runs: it takes 25–45 s a run
 * on the 1 M page, 3.5–5 s on the 100 K page (two or three runs there; its
 * figure is no budget, and each run cost the bench 5 s).
 */
const MARKJS_PAGE_BUDGET_MS = 10_000;
/** The growth page: measured in the first run only, advanced-mark.js stopped after 30 s. */
const GROWTH_CHARS = 20_000_000;
const GROWTH_ADVMARK_TIMEOUT_MS = 30_000;
const RESULTS_FILE = resolve(import.meta.dirname, '../bench/results.json');

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const seconds = (since: number) => Math.round((performance.now() - since) / 1000);
const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} ms`);

async function main(): Promise<void> {
  const began = performance.now();
  // Sized now, right after `npm run build`, as the browser loads this very build.
  const bundles = bundleSizes(EXTENSION_DIR);
  const termForms = loadTermForms();
  const pages = benchPages({ termForms: termForms.byTerm, pagesDir: process.env.BENCH_PAGES_DIR });
  const noHan = noHanPage();
  const noHanHost = frameHostPage();
  const realPages = realSizePages(termForms.byTerm);
  const growthPage = generateNewsPage({
    name: GROWTH_PAGE,
    targetChars: GROWTH_CHARS,
    seed: 30,
    termForms: termForms.byTerm,
  });
  const server = await startPageServer([...pages, ...realPages, growthPage, noHan, noHanHost]);
  const lens = await launchWithExtension();
  await lens.context.addInitScript(LONG_TASK_COUNTER);
  // advanced-mark.js runs in this browser too, on the growth page (run-growth.ts).
  await lens.context.addInitScript(KEEP_NAMES_HELPER);
  await setSettings(lens.worker, { hoverDelayMs: 0 });
  const plain = await launchPlainBrowser();
  const setup = {
    lens,
    plain,
    forms: termForms.all,
    alternation: alternationSource(termForms.all),
    appended: generateParagraphs({
      count: APPENDED_PARAGRAPHS,
      seed: 66,
      termForms: termForms.byTerm,
    }).html,
    hovers: Math.ceil(HOVERS_PER_PAGE / RUNS),
    markjsTimeoutMs: MARKJS_TIMEOUT_MS,
  };
  const chromiumVersion = plain.version();
  log(
    `bench: ${pages.length} pages, ${RUNS} runs, ${termForms.all.length} term forms, ${chromiumVersion}`,
  );

  const samples = new Map<string, RunSample[]>(pages.map((page) => [page.name, []]));
  const markjs = markjsSchedule({
    timeoutMs: MARKJS_TIMEOUT_MS,
    pageBudgetMs: MARKJS_PAGE_BUDGET_MS,
  });
  const noHanMs: number[] = [];
  const realSamples = new Map<string, RealSizeSample[]>(realPages.map((page) => [page.name, []]));
  let growth: GrowthSample | undefined;
  const failed = new Set<string>();
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const page of pages) {
        if (failed.has(page.name)) continue;
        const pageStart = performance.now();
        // A dropped-in page may defeat a probe (no Chinese text, no marks): report it, drop it.
        const sample = await measurePage({
          setup,
          url: server.urlOf(page.name),
          skipMarkjs: !markjs.runs(page.name, page.html.length),
        }).catch((error: Error) => {
          failed.add(page.name);
          log(`run ${run}/${RUNS} ${page.name}: failed, dropped: ${error.message}`);
        });
        if (!sample) continue;
        if (sample.markjsStopped) markjs.record(page.name, page.html.length, 'stopped');
        else if (sample.markjsMs !== null)
          markjs.record(page.name, page.html.length, sample.markjsMs);
        samples.get(page.name)!.push(sample);
        log(
          `run ${run}/${RUNS} ${page.name} (${seconds(pageStart)} s): floor ${ms(sample.floorMs)}, ours scan ${ms(sample.scanMs)}` +
            ` total ${ms(sample.totalMs)}, advmark ${ms(sample.advmarkMs)}, mark.js ${ms(sample.markjsMs)}`,
        );
      }
      for (const page of realPages) {
        const sample = await measureRealSize({
          lens,
          plain,
          url: server.urlOf(page.name),
          hostUrl: server.urlOf(noHanHost.name),
          forms: setup.forms,
          alternation: setup.alternation,
        });
        realSamples.get(page.name)!.push(sample);
        log(
          `run ${run}/${RUNS} ${page.name}: ours CPU ${ms(sample.oursCpuMs)}, advmark call ${ms(sample.advmarkCallMs)}, ` +
            `scan ${ms(sample.oursScanMs)}, floor ${ms(sample.floorMs)}`,
        );
      }
      if (run === 1) {
        const growthStart = performance.now();
        growth = await measureGrowth({
          lens,
          url: server.urlOf(GROWTH_PAGE),
          forms: setup.forms,
          advmarkTimeoutMs: GROWTH_ADVMARK_TIMEOUT_MS,
        }).catch((error: Error) => {
          log(`run 1/${RUNS} ${GROWTH_PAGE}: failed: ${error.message}`);
          return undefined;
        });
        if (growth)
          log(
            `run 1/${RUNS} ${GROWTH_PAGE} (${seconds(growthStart)} s): ours total ${ms(growth.oursTotalMs)}, advmark ${ms(growth.advmarkMs)}`,
          );
      }
      noHanMs.push(
        await measureScriptCost({
          lens,
          hostUrl: server.urlOf(noHanHost.name),
          url: server.urlOf(noHan.name),
        }),
      );
    }
  } finally {
    await lens.close();
    await plain.close();
    await server.close();
  }

  const measured = pages.filter((page) => !failed.has(page.name));
  const pageResults = measured.map((page) =>
    summarizePage({
      name: page.name,
      samples: samples.get(page.name)!,
      markjsTimeoutMs: MARKJS_TIMEOUT_MS,
      markjsPageBudgetMs: MARKJS_PAGE_BUDGET_MS,
    }),
  );
  const realResults = realPages.map((page) =>
    summarizeRealSize({ name: page.name, samples: realSamples.get(page.name)! }),
  );
  const growthTableRows = growthRows({
    pages: pageResults,
    growth: growth && { name: GROWTH_PAGE, sample: growth },
  });
  const noHanMedian = Math.round(median(noHanMs) * 100) / 100;
  writeResults(RESULTS_FILE, {
    machine: machineInfo(),
    chromium_version: chromiumVersion,
    runs: RUNS,
    bench_seconds: seconds(began),
    no_han_chars: NO_HAN_CHARS,
    no_han_ms: noHanMedian,
    pages: pageResults,
    real_pages: realResults,
    growth: growthTableRows,
    bundles,
  });
  const checks = checkBudgets({
    pages: pageResults,
    realPages: realResults,
    growth: growthTableRows,
    contentWorld: contentWorldFiles(EXTENSION_DIR),
    noHanMs: noHanMedian,
    markjsTimeoutMs: MARKJS_TIMEOUT_MS,
  });
  console.log(
    `\n${pagesTable(pageResults)}\n\n${realSizeTable(realResults)}\n\n${growthTable(growthTableRows)}\n\n${bundlesTable(bundles)}\n`,
  );
  for (const page of pageResults)
    for (const note of page.notes) console.log(`note: ${page.name}: ${note}`);
  console.log(`\nBudgets (issue 6):\n${budgetList(checks)}\n`);
  console.log(`Wrote ${RESULTS_FILE} in ${seconds(began)} s.`);
  // With the build, a bench must fit a ten-minute slot: it fails past its share.
  if (seconds(began) > TIME_LIMIT_S) {
    console.error(`bench: took ${seconds(began)} s, more than its ${TIME_LIMIT_S} s`);
    process.exitCode = 1;
  }
}

await main();
