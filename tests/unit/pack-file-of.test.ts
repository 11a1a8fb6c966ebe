import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { defaultEdgeLexicon } from '../../lib/catalog/default-boundaries';
import { defaultConverters } from '../../lib/catalog/default-converters';
import { boundariesFromLexicon } from '../../lib/catalog/lexicon-boundaries';
import { buildImportedPack } from '../../lib/library/import-pack';
import { packFileOf, readPackFile } from '../../lib/library/pack-file';

describe('the bundled interview as a pack file', () => {
  const pack = bundledPacks[0]!;
  const file = packFileOf(pack);

  it('is a valid pack file, which reads back unchanged', () => {
    expect(readPackFile(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(file.catalog.terms).toHaveLength(pack.terms.length);
    expect(file.catalog.subjects).toEqual(pack.subjects);
  });

  it('carries the source text only: the Traditional texts are made again on import', () => {
    expect(JSON.stringify(file)).not.toMatch(/"(questionT|t)raditional"/);
    const tools = {
      converters: defaultConverters,
      boundaries: boundariesFromLexicon(defaultEdgeLexicon()),
    };
    expect(buildImportedPack(file, tools).pack.entries[0]!.questionTraditional).toBe(
      pack.entries[0]!.questionTraditional,
    );
  });

  it('imports again into the same terms, found in the same entries', () => {
    const tools = {
      converters: defaultConverters,
      boundaries: boundariesFromLexicon(defaultEdgeLexicon()),
    };
    const build = buildImportedPack(file, tools);
    expect(build.problems).toEqual([]);
    const entriesOf = (terms: typeof pack.terms) =>
      terms.map((term) => [term.id, [...new Set(term.occurrences.map((o) => o.qa))]]);
    // The bundled build also cuts its places with jieba's HMM (锻强制造), which an
    // import cannot: compare where each term occurs, entry by entry.
    expect(entriesOf(build.pack.terms)).toEqual(entriesOf(pack.terms));
  });
});
