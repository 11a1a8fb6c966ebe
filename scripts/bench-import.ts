/**
 * Times importing an interview as the options page does it, with the same
 * modules (`npm run bench:import`): reading pasted text into a draft (parser,
 * term and subject proposals), and building the pack (spellings, edge tables,
 * Traditional forms, pinyin, places) twice, as a read and a save do. The text is a 20-entry interview made
 * from the bundled one's questions and paragraphs. Run after `npm run data`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultConverters } from '../lib/catalog/default-converters';
import { readEdgeLexicon, type EdgeLexiconFile } from '../lib/catalog/edge-lexicon';
import { boundariesFromLexicon } from '../lib/catalog/lexicon-boundaries';
import type { PlaceNames } from '../lib/catalog/place-names';
import { parseInterview } from '../lib/interview/parse-interview';
import { draftPackFromText } from '../lib/library/draft-pack';
import { buildImportedPack } from '../lib/library/import-pack';

const ENTRIES = 20;
const RUNS = 7;
const root = join(import.meta.dirname, '..');
const generated = (name: string): unknown =>
  JSON.parse(readFileSync(join(root, 'data/generated', name), 'utf8'));

// Twenty entries, each a bundled question with one to three of its paragraphs.
const seed = parseInterview(readFileSync(join(root, 'data/packs/ningbo-2022/source.txt'), 'utf8'));
const text = Array.from({ length: ENTRIES }, (_, i) => {
  const entry = seed[i % seed.length]!;
  const paragraphs = entry.paragraphs
    .slice(0, 1 + (i % 3))
    .map((p, j) => (j === 0 ? `答：${p.text}` : p.text));
  return [`${i + 1}`, `问：${entry.question}`, ...paragraphs].join('\n');
}).join('\n\n');

const started = performance.now();
const lexiconFile = generated('edge-lexicon.json') as EdgeLexiconFile;
const tools = {
  converters: defaultConverters,
  boundaries: boundariesFromLexicon(lexiconFile),
  lexicon: readEdgeLexicon(lexiconFile),
  placeNames: generated('place-names.json') as PlaceNames,
};
const toolsMs = performance.now() - started;

const times: { draft: number; build: number; terms: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const { file } = draftPackFromText({
    text,
    meta: { title: 'bench', source: '' },
    id: 'bench',
    lexicon: tools.lexicon,
    placeNames: tools.placeNames,
  });
  const t1 = performance.now();
  // As the preview does: proposals that would never mark start unticked.
  const draftBuild = buildImportedPack(file, tools);
  const marking = new Set(
    draftBuild.pack.terms.filter((t) => t.occurrences.length > 0).map((t) => t.id),
  );
  const kept = {
    ...file,
    catalog: { ...file.catalog, terms: file.catalog.terms.filter((t) => marking.has(t.id)) },
  };
  const build = buildImportedPack(kept, tools);
  const t2 = performance.now();
  if (build.problems.length > 0 && run === 0)
    console.log(
      `note: ${build.problems.length} catalog problems (proposed terms are unreviewed):\n  ${build.problems.join('\n  ')}`,
    );
  times.push({ draft: t1 - t0, build: t2 - t1, terms: kept.catalog.terms.length });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const total = times.map((t) => t.draft + t.build);
console.log(
  [
    `Import of a ${ENTRIES}-entry interview (${text.length} characters, ${times[0]!.terms} terms kept), Node ${process.version}:`,
    `  loading the tools (lexicon, place names, converters): ${toolsMs.toFixed(0)} ms`,
    `  first import: ${total[0]!.toFixed(0)} ms (draft ${times[0]!.draft.toFixed(0)}, build ${times[0]!.build.toFixed(0)})`,
    `  median of ${RUNS}: ${median(total).toFixed(0)} ms (draft ${median(times.map((t) => t.draft)).toFixed(0)}, build ${median(times.map((t) => t.build)).toFixed(0)})`,
  ].join('\n'),
);
