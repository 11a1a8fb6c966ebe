import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { bundledPacks } from '../../data/bundled-packs';
import { bundledCharFold } from '../../data/bundled-match-indexes';
import { applyDocumentLanguage } from '../../lib/ui-language';
import '../../components/extension-page.css';

applyDocumentLanguage('popupTitle');
render(<Popup packs={bundledPacks} charFold={bundledCharFold} />, document.getElementById('app')!);
