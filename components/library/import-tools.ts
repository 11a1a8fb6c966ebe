import type { PlaceNames } from '../../lib/catalog/place-names';
import type { ImportTools } from '../../lib/library/import-pack';
import type { Lexicon } from '../../lib/text/segment';

/**
 * What importing needs, loaded on first use only: the converters, the edge
 * lexicon and the place names (together a few hundred KB) never weigh on the
 * options page's start, the popup or a web page.
 */
export interface LoadedImportTools extends ImportTools {
  lexicon: Lexicon;
  placeNames: PlaceNames;
}

export type ImportToolsLoader = () => Promise<LoadedImportTools>;
