import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledPacks } from '../data/bundled-packs';
import { openReader } from '../lib/reader/open-reader';
import { revealTerm } from '../lib/background/reveal-term';
import { createTabTermsStore } from '../lib/background/tab-terms-store';
import { t } from '../lib/i18n';
import { isBackgroundRequest } from '../lib/messages';
import { buildTermCard, type TermCard } from '../lib/pack/term-card';
import { termKey } from '../lib/pack/term-key';

const FIND_IN_INTERVIEW = 'find-in-interview';

export default defineBackground(() => {
  const cards = new Map<string, TermCard | null>();
  const termCard = (packId: string, termId: string): TermCard | null => {
    const key = termKey(packId, termId);
    if (!cards.has(key)) {
      const pack = bundledPacks.find((p) => p.id === packId);
      cards.set(key, (pack && buildTermCard(pack, termId)) ?? null);
    }
    return cards.get(key) ?? null;
  };
  const tabTerms = createTabTermsStore();

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    switch (message.type) {
      case 'getTermCard':
        return Promise.resolve(termCard(message.packId, message.termId));
      case 'openReader':
        // No await before this call: Chrome only opens the side panel inside the gesture's task.
        return openReader({
          target: { anchor: message.anchor },
          tabId: sender.tab?.id,
          windowId: sender.tab?.windowId,
        });
      case 'reportPageTerms':
        if (sender.tab?.id === undefined || sender.frameId === undefined) return undefined;
        return tabTerms.report({
          tabId: sender.tab.id,
          frameId: sender.frameId,
          terms: message.terms,
        });
      case 'getTabTerms':
        return tabTerms.get(message.tabId);
      case 'revealTerm':
        return revealTerm({ store: tabTerms, tabId: message.tabId, key: message.key });
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void tabTerms.forget(tabId));

  // Menus survive a restart of the service worker; creating them again would fail.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: FIND_IN_INTERVIEW,
      title: t('contextMenuFind'),
      contexts: ['selection'],
    }),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== FIND_IN_INTERVIEW) return;
    void openReader({
      target: { filter: info.selectionText ?? '' },
      tabId: tab?.id,
      windowId: tab?.windowId,
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-reader') {
      void openReader({ target: {}, tabId: tab?.id, windowId: tab?.windowId });
      return;
    }
    if (command !== 'next-term' && command !== 'previous-term') return;
    const tabId = tab?.id;
    if (tabId === undefined) return;
    void browser.tabs
      .sendMessage(tabId, { type: 'stepTerm', direction: command === 'next-term' ? 1 : -1 })
      .catch(() => undefined);
  });
});
