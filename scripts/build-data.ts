/**
 * Builds data/generated/ from each pack under data/packs/: parses the source
 * text, computes the catalog, and fails with every problem listed when the data
 * breaks a rule (a term that does not occur, an entry without a term, …).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPack } from '../lib/catalog/build-pack';
import type { CatalogSpec } from '../lib/catalog/catalog-spec';
import {
  defaultBoundaries,
  defaultEdgeLexicon,
  jiebaDictionary,
} from '../lib/catalog/default-boundaries';
import { selectPlaceNames } from '../lib/catalog/place-names';
import { defaultConverters } from '../lib/catalog/default-converters';
import { InterviewParseError } from '../lib/interview/parse-interview';

const root = join(import.meta.dirname, '..');
const packsDir = join(root, 'data/packs');
const outDir = join(root, 'data/generated');

let failed = false;
mkdirSync(outDir, { recursive: true });

const lexiconFile = defaultEdgeLexicon();
writeFileSync(join(outDir, 'edge-lexicon.json'), JSON.stringify(lexiconFile));
// Pack import proposes a pack's subjects from these (lib/catalog/propose-terms.ts).
writeFileSync(
  join(outDir, 'place-names.json'),
  JSON.stringify(selectPlaceNames(jiebaDictionary())),
);
const boundaries = defaultBoundaries(lexiconFile);

for (const name of readdirSync(packsDir).sort()) {
  const dir = join(packsDir, name);
  const { catalog } = (await import(join(dir, 'catalog.ts'))) as { catalog: CatalogSpec };
  const source = readFileSync(join(dir, 'source.txt'), 'utf8');
  try {
    const build = buildPack({ source, spec: catalog, converters: defaultConverters, boundaries });
    for (const warning of build.warnings) console.warn(`data: ${name}: warning: ${warning}`);
    if (build.problems.length > 0) {
      failed = true;
      console.error(`data: ${name}: ${build.problems.length} problem(s):`);
      for (const problem of build.problems) console.error(`  - ${problem}`);
      continue;
    }
    writeFileSync(join(outDir, `${catalog.packId}.pack.json`), JSON.stringify(build.pack));
    writeFileSync(join(outDir, `${catalog.packId}.match.json`), JSON.stringify(build.matchIndex));
    console.log(
      `data: ${name}: ${build.pack.entries.length} entries, ${build.pack.terms.length} terms, ` +
        `${build.matchIndex.charFold.length / 2} Traditional character folds`,
    );
  } catch (error) {
    failed = true;
    const where = error instanceof InterviewParseError ? `${name}/source.txt ` : '';
    console.error(`data: ${where}${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed) process.exit(1);
