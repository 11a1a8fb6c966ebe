/**
 * Micro-benchmark of the streaming term matcher against a native RegExp
 * alternation of the same forms, on ~5 MB of random CJK text.
 *
 * Run: npx tsx scripts/bench-matcher.ts
 */
import { buildAutomaton, createStreamMatcher, type Candidate } from '../lib/match/automaton';
import { createFoldTable, foldText, type FoldTable } from '../lib/text/fold';

const TEXT_UNITS = 5_000_000;
const PATTERN_COUNT = 90;
const HITS_PER_UNIT = 3 / 1000;
const CHUNK_UNITS = 2048;
const RUNS = 5;
const CJK_FIRST = 0x4e00;
const CJK_COUNT = 0x9fff - 0x4e00 + 1;

// Real interview terms, so punctuation classes are part of the alphabet too.
const INTERVIEW_TERMS = [
  '两个先行',
  '浙里甬有',
  '中国—中东欧国家经贸合作示范区',
  '浙江有礼·宁波示范',
  '在宁波,都挺好',
  '不负千百人、不负十四亿',
];

/** Deterministic PRNG so every run measures the same text. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random character from the CJK Unified Ideographs block. */
function randomCjk(random: () => number): string {
  return String.fromCharCode(CJK_FIRST + Math.floor(random() * CJK_COUNT));
}

/** Folded forms: the interview's terms plus random CJK words of 2–8 characters. */
function makeForms(random: () => number, foldTable: FoldTable): string[] {
  const forms = INTERVIEW_TERMS.map((term) => foldText(term, foldTable));
  while (forms.length < PATTERN_COUNT) {
    let form = '';
    const length = 2 + Math.floor(random() * 7);
    while (form.length < length) form += randomCjk(random);
    forms.push(form);
  }
  return forms;
}

/** Random CJK text with a form embedded about every 1 / HITS_PER_UNIT units. */
function makeText(random: () => number, forms: readonly string[]): string {
  const pieces: string[] = [];
  let length = 0;
  while (length < TEXT_UNITS) {
    const piece =
      random() < HITS_PER_UNIT ? forms[Math.floor(random() * forms.length)]! : randomCjk(random);
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `task` once to warm up, then RUNS times; returns the median time and last result. */
function measure(task: () => number): { ms: number; hits: number } {
  let hits = task();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    hits = task();
    times.push(performance.now() - started);
  }
  return { ms: median(times), hits };
}

const random = mulberry32(20240607);
const foldTable = createFoldTable('');
const forms = makeForms(random, foldTable);
const text = makeText(random, forms);
// Text nodes are separate strings in a page, so slicing happens before timing.
const chunks: string[] = [];
for (let offset = 0; offset < text.length; offset += CHUNK_UNITS) {
  chunks.push(text.slice(offset, offset + CHUNK_UNITS));
}

const buildStarted = performance.now();
const automaton = buildAutomaton(forms.map((form, value) => ({ form, value })));
const stream = createStreamMatcher({ automaton, foldTable });
const buildMs = performance.now() - buildStarted;

const matcher = measure(() => {
  const out: Candidate[] = [];
  stream.reset();
  let offset = 0;
  for (const chunk of chunks) {
    stream.feed(chunk, offset, out);
    offset += chunk.length;
  }
  return out.length;
});

const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
const regExp = measure(() => {
  let hits = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) hits++;
  return hits;
});

const mb = (text.length / 1e6).toFixed(2);
console.log(`text: ${mb}M UTF-16 units, ${forms.length} forms, ${chunks.length} chunks`);
console.log(`automaton: ${automaton.outputStart.length - 1} states, stride ${automaton.stride}`);
console.log(`build + stream matcher setup: ${buildMs.toFixed(1)} ms`);
console.log(`matcher feed (median of ${RUNS}): ${matcher.ms.toFixed(1)} ms, ${matcher.hits} hits`);
console.log(`RegExp exec  (median of ${RUNS}): ${regExp.ms.toFixed(1)} ms, ${regExp.hits} hits`);
console.log(`ratio matcher / RegExp: ${(matcher.ms / regExp.ms).toFixed(2)}`);
