import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { applyDocumentLanguage } from '../../lib/ui-language';
import '../../components/extension-page.css';

applyDocumentLanguage('popupTitle');
render(<Popup />, document.getElementById('app')!);
