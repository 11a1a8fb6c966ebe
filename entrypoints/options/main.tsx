import { render } from 'preact';
import { Options } from '../../components/Options';
import { bundledPacks } from '../../data/bundled-packs';
import { applyDocumentLanguage } from '../../lib/ui-language';
import { loadImportTools } from './import-tools';
import '../../components/extension-page.css';

applyDocumentLanguage('optionsTitle');
render(
  <Options packs={bundledPacks} loadImportTools={loadImportTools} />,
  document.getElementById('app')!,
);
