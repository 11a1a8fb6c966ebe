/**
 * Per-keystroke search time over the bundled interview and over a generated
 * corpus 20 times its size, side by side, with the index build time.
 *
 * Run: npx tsx scripts/bench-search.ts
 */
import { availableParallelism, loadavg } from 'node:os';
import { bundledMatchIndexes } from '../data/generated/bundled-match-indexes';
import { bundledPacks } from '../data/generated/bundled-packs';
import type { Occurrence, Pack, QaEntry, Term } from '../lib/pack/types';
import { createSearchIndex, type SearchIndex } from '../lib/search/search-index';
import { search } from '../lib/search/search';
import { suggest } from '../lib/search/suggest';
import { median, percentile } from './bench/summarize';

const SCALE = 20;
const RUNS = 5;
const BUILD_RUNS = 5;
const LIMIT = 20;
const BUDGET_MS = { bundled: 5, scaled: 20 };

/** What a user types, one character at a time (an IME commits Chinese a character at a time). */
const QUERIES: Record<'chinese' | 'pinyin' | 'initials', string[]> = {
  chinese: [
    '两个先行',
    '浙里甬有',
    '中国最具幸福感城市',
    '营商环境最优市',
    '港口是宁波最大的资源',
    '浙里勇有',
    '共同富裕示范先行',
    '刹住了许多过去被认为不可能刹住的歪风',
  ],
  pinyin: ['liangge xianxing', 'zheliyongyou', 'zhuxuanlv', 'yingshang huanjing', 'gangkou'],
  initials: ['lgxx', 'zlyy', 'zgzjxfgcs', 'yshjzys'],
};

/** Deterministic pseudo-random numbers in [0, 1) (a 32-bit LCG), so every run builds the same corpus. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Sentences of a paragraph, each keeping its closing mark. */
function sentences(text: string): string[] {
  return text.match(/[^。；！？]+[。；！？]?/g) ?? [];
}

/** A term made of the first half of `a` and the second half of `b` (Han-only terms, one syllable each). */
function recombinedTerm({ a, b, id }: { a: Term; b: Term; id: string }): Term {
  const half = (t: Term, first: boolean) => {
    const syllables = t.pinyin.split(' ');
    const cut = Math.ceil(syllables.length / 2);
    const range: [number, number?] = first ? [0, cut] : [cut];
    return {
      text: t.text.slice(...range),
      pinyin: syllables.slice(...range),
      initials: t.initials.slice(...range),
    };
  };
  const head = half(a, true);
  const tail = half(b, false);
  return {
    ...a,
    id,
    text: head.text + tail.text,
    aliases: [],
    traditional: [],
    pinyin: [...head.pinyin, ...tail.pinyin].join(' '),
    initials: head.initials + tail.initials,
  };
}

/** Where `text` occurs in the entries' questions and paragraphs. */
function occurrencesOf(text: string, entries: readonly QaEntry[]): Occurrence[] {
  return entries.flatMap((entry) =>
    [entry.question, ...entry.paragraphs.map((p) => p.text)].flatMap((passage, part) => {
      const found: Occurrence[] = [];
      for (let at = passage.indexOf(text); at >= 0; at = passage.indexOf(text, at + 1)) {
        found.push({ qa: entry.number, part, start: at, end: at + text.length });
      }
      return found;
    }),
  );
}

/**
 * A pack of the same shape as `source` whose paragraphs are the source's sentences
 * shuffled across the whole interview, and whose terms are every other one recombined
 * from two real terms, so no two synthetic packs share their text or term list.
 */
function syntheticPack({ source, n }: { source: Pack; n: number }): Pack {
  const random = lcg(n + 1);
  const pool = shuffled(
    source.entries.flatMap((e) => e.paragraphs.flatMap((p) => sentences(p.text))),
    random,
  );
  const questions = shuffled(
    source.entries.map((e) => e.question),
    random,
  );
  const entries: QaEntry[] = source.entries.map((entry, e) => ({
    ...entry,
    question: questions[e]!,
    paragraphs: entry.paragraphs.map((p) => {
      let text = '';
      while (text.length < p.text.length && pool.length > 0) text += pool.pop()!;
      return { ...p, text };
    }),
  }));
  const hanOnly = source.terms.filter((t) => t.pinyin.split(' ').length === t.text.length);
  const terms = source.terms.map((term, i) => {
    const base =
      i % 2 === 0
        ? term
        : recombinedTerm({
            a: hanOnly[Math.floor(random() * hanOnly.length)]!,
            b: hanOnly[Math.floor(random() * hanOnly.length)]!,
            id: `${term.id}-x`,
          });
    return { ...base, id: `${base.id}-${n}`, occurrences: occurrencesOf(base.text, entries) };
  });
  return { ...source, id: `synthetic-${n}`, label: `synthetic ${n}`, entries, terms };
}

/** Every prefix of every query, in typing order. */
function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) =>
    Array.from(q, (_, i) =>
      Array.from(q)
        .slice(0, i + 1)
        .join(''),
    ),
  );
}

/** Times of each keystroke's search, over RUNS passes after one warm-up pass. */
function timeKeystrokes(index: SearchIndex, typed: readonly string[]): number[] {
  for (const query of typed) search(index, query, { limit: LIMIT });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const query of typed) {
      const started = performance.now();
      search(index, query, { limit: LIMIT });
      times.push(performance.now() - started);
    }
  }
  return times;
}

function timeBuild(packs: readonly Pack[], charFold: string): { ms: number; index: SearchIndex } {
  let index = createSearchIndex({ packs, charFold });
  const times: number[] = [];
  for (let run = 0; run < BUILD_RUNS; run++) {
    const started = performance.now();
    index = createSearchIndex({ packs, charFold });
    times.push(performance.now() - started);
  }
  return { ms: median(times), index };
}

function timeSuggest(index: SearchIndex): number {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    suggest(index, '浙里拥友', 5);
    if (run > 0) times.push(performance.now() - started);
  }
  return median(times);
}

const source = bundledPacks[0]!;
const charFold = bundledMatchIndexes.map((m) => m.charFold).join('');
const corpora = {
  bundled: [...bundledPacks],
  scaled: Array.from({ length: SCALE }, (_, n) => syntheticPack({ source, n })),
};

const ms = (value: number): string => `${value.toFixed(2).padStart(7)} ms`;
const size = (packs: readonly Pack[]) => {
  const passages = packs.flatMap((p) => p.entries.flatMap((e) => [e.question, ...e.paragraphs]));
  const chars = packs
    .flatMap((p) => p.entries.flatMap((e) => [e.question, ...e.paragraphs.map((x) => x.text)]))
    .join('').length;
  return `${packs.length} packs, ${passages.length} passages, ${chars} chars, ${packs.reduce((n, p) => n + p.terms.length, 0)} terms`;
};

// Wall-clock times: on a loaded machine the maxima are scheduler pauses, not search.
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(`node ${process.version}, ${availableParallelism()} CPUs, load average ${load}`);

let missed = false;
for (const [name, packs] of Object.entries(corpora) as [keyof typeof corpora, Pack[]][]) {
  const { ms: buildMs, index } = timeBuild(packs, charFold);
  console.log(`\n${name}: ${size(packs)}`);
  console.log(`  index build (median of ${BUILD_RUNS}): ${ms(buildMs)}`);
  const all: number[] = [];
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const times = timeKeystrokes(index, keystrokes(queries));
    all.push(...times);
    const keys = keystrokes(queries).length;
    console.log(
      `  ${kind.padEnd(8)} ${String(keys).padStart(3)} keystrokes × ${RUNS}: ` +
        `median ${ms(median(times))}  p95 ${ms(percentile(times, 95))}  max ${ms(Math.max(...times))}`,
    );
  }
  const p95 = percentile(all, 95);
  const budget = BUDGET_MS[name];
  console.log(
    `  all      per keystroke: median ${ms(median(all))}  p95 ${ms(p95)}  ` +
      `budget < ${budget} ms: ${p95 < budget ? 'met' : 'MISSED'}`,
  );
  console.log(`  suggest (no-hit query, median): ${ms(timeSuggest(index))}`);
  missed ||= p95 >= budget;
}
if (missed) process.exitCode = 1;
