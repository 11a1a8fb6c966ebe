import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/welcome/Welcome';
import { sampleLensStarter } from '../../content/sample-lens';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { applyDocumentLanguage } from '../../lib/ui-language';
import { applyTheme } from '../../lib/ui-theme';
import '../../components/extension-page.css';

applyDocumentLanguage('welcomeTitle');
applyTheme();
const [startSampleLens, commands] = await Promise.all([
  sampleLensStarter(),
  browser.commands.getAll(),
]);
render(
  <Welcome
    pack={bundledPacks[0]!}
    startSampleLens={startSampleLens}
    shortcuts={commands.map(({ name, shortcut }) => ({ command: name ?? '', shortcut }))}
    openSettings={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
