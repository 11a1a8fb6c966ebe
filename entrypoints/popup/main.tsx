import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { withLibrary } from '../../lib/library/pack-store';
import { applyDocumentLanguage } from '../../lib/ui-language';
import { applyTheme } from '../../lib/ui-theme';
import '../../components/extension-page.css';

applyDocumentLanguage('popupTitle');
applyTheme();
const { packs, charFold } = await withLibrary({
  packs: bundledPacks,
  matchIndexes: bundledMatchIndexes,
});
render(<Popup packs={packs} charFold={charFold} />, document.getElementById('app')!);
