import { render } from 'preact';
import { Options } from '../../components/Options';
import { bundledPacks } from '../../data/bundled-packs';
import { applyDocumentLanguage } from '../../lib/ui-language';
import '../../components/extension-page.css';

applyDocumentLanguage('optionsTitle');
render(<Options packs={bundledPacks} />, document.getElementById('app')!);
