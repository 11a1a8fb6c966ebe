import { render } from 'preact';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { bundledPacks } from '../../data/bundled-packs';
import { bundledCharFold } from '../../data/bundled-match-indexes';
import { applyDocumentLanguage } from '../../lib/ui-language';
import '../../components/extension-page.css';

applyDocumentLanguage('sidepanelTitle');
render(
  <ReaderApp packs={bundledPacks} charFold={bundledCharFold} />,
  document.getElementById('app')!,
);
