import { render } from 'preact';
import { Reader } from '../../components/reader/Reader';
import { bundledPacks } from '../../data/bundled-packs';
import { applyDocumentLanguage } from '../../lib/ui-language';
import '../../components/extension-page.css';

applyDocumentLanguage('sidepanelTitle');
render(<Reader packs={bundledPacks} />, document.getElementById('app')!);
