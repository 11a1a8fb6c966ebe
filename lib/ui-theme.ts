import { loadSettings, watchSettings } from './settings/settings-storage';

/**
 * Gives an extension page the colours the reader chose (the browser's scheme,
 * light or dark), now and whenever the setting changes: `extension-page.css`
 * reads `data-theme` on the root element.
 */
export function applyTheme(): void {
  const root = document.documentElement;
  const apply = ({ theme }: { theme: string }) => {
    root.dataset.theme = theme;
  };
  void loadSettings().then(apply);
  watchSettings(apply);
}
