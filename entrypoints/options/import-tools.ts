import type { LoadedImportTools } from '../../components/library/import-tools';

/**
 * Loads what importing needs on first use, as chunks of their own: opencc-js
 * and pinyin-pro (the converters), the edge lexicon (226 KB gzip) and the place
 * names. The options page starts without them.
 */
export async function loadImportTools(): Promise<LoadedImportTools> {
  const [{ defaultConverters }, { boundariesFromLexicon }, { readEdgeLexicon }, lexicon, places] =
    await Promise.all([
      import('../../lib/catalog/default-converters'),
      import('../../lib/catalog/lexicon-boundaries'),
      import('../../lib/catalog/edge-lexicon'),
      import('../../data/generated/edge-lexicon.json'),
      import('../../data/generated/place-names.json'),
    ]);
  const lexiconFile = lexicon.default as Parameters<typeof readEdgeLexicon>[0];
  return {
    converters: defaultConverters,
    boundaries: boundariesFromLexicon(lexiconFile),
    lexicon: readEdgeLexicon(lexiconFile),
    placeNames: places.default as LoadedImportTools['placeNames'],
  };
}
