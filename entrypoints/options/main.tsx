import { render } from 'preact';
import { Options } from '../../components/Options';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { withLibrary } from '../../lib/library/pack-store';
import { applyDocumentLanguage } from '../../lib/ui-language';
import { applyTheme } from '../../lib/ui-theme';
import { loadImportTools } from './import-tools';
import { sampleLensStarter } from '../../content/sample-lens';
import '../../components/extension-page.css';

applyDocumentLanguage('optionsTitle');
applyTheme();
// Terms of the reader's packs can be switched off one by one too.
const [{ packs }, startSampleLens] = await Promise.all([
  withLibrary({ packs: bundledPacks, matchIndexes: bundledMatchIndexes }),
  sampleLensStarter(),
]);
render(
  <Options packs={packs} loadImportTools={loadImportTools} startSampleLens={startSampleLens} />,
  document.getElementById('app')!,
);
