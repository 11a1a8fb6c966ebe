import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateEnglishPage, generateNewsPage, type BenchPage } from './generate-page';

/** The generated pages: about 100 K, 1 M and 5 M characters of text. */
const GENERATED = [
  { name: 'news-100k', targetChars: 100_000 },
  { name: 'news-1m', targetChars: 1_000_000 },
  { name: 'news-5m', targetChars: 5_000_000 },
] as const;

/**
 * Pages of the size most pages a reader opens are, with few terms or none
 * (issue 16): measured for our whole main-thread cost against advanced-mark.js.
 */
const REAL_SIZE = [
  { name: 'real-10k', targetChars: 10_000, terms: 3 },
  { name: 'real-30k', targetChars: 30_000, terms: 5 },
  { name: 'real-100k', targetChars: 100_000, terms: 0 },
] as const;

/** Characters of the page without Chinese. */
export const NO_HAN_CHARS = 100_000;

/** A page without Chinese, where the lens must stop at its native text check. */
export const noHanPage = (): BenchPage =>
  generateEnglishPage({ name: 'no-han', targetChars: NO_HAN_CHARS, seed: 60 });

/**
 * A small page without Chinese that holds a measured page in a frame, so the
 * profiler is running before our first statement (see run-script-cost.ts).
 */
export const frameHostPage = (): BenchPage =>
  generateEnglishPage({ name: 'no-han-host', targetChars: 200, seed: 61 });

/** The real-size pages. */
export function realSizePages(termForms: readonly string[][]): BenchPage[] {
  return REAL_SIZE.map(({ name, targetChars, terms }, index) =>
    generateNewsPage({ name, targetChars, seed: 20 + index, termForms, terms }),
  );
}

/** Pages dropped into a folder: every `.html` file, named after it. */
function pagesIn(dir: string): BenchPage[] {
  return readdirSync(dir)
    .filter((file) => file.toLowerCase().endsWith('.html'))
    .sort()
    .map((file) => ({
      name: `extra-${basename(file, '.html').replace(/[^\w.-]+/g, '_')}`,
      html: readFileSync(join(dir, file), 'utf8'),
    }));
}

/** The pages every run measures: the generated ones, then those in `pagesDir` (if given). */
export function benchPages({
  termForms,
  pagesDir,
}: {
  termForms: readonly string[][];
  pagesDir: string | undefined;
}): BenchPage[] {
  const generated = GENERATED.map(({ name, targetChars }, index) =>
    generateNewsPage({ name, targetChars, seed: 6 + index, termForms }),
  );
  return [...generated, ...(pagesDir ? pagesIn(pagesDir) : [])];
}
