import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledPacks } from '../data/bundled-packs';
import { isBackgroundRequest } from '../lib/messages';
import { buildTermCard, type TermCard } from '../lib/pack/term-card';
import { openReader } from '../lib/reader/open-reader';

export default defineBackground(() => {
  const cards = new Map<string, TermCard | null>();
  const termCard = (packId: string, termId: string): TermCard | null => {
    const key = `${packId}:${termId}`;
    if (!cards.has(key)) {
      const pack = bundledPacks.find((p) => p.id === packId);
      cards.set(key, (pack && buildTermCard(pack, termId)) ?? null);
    }
    return cards.get(key) ?? null;
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    switch (message.type) {
      case 'getTermCard':
        return Promise.resolve(termCard(message.packId, message.termId));
      case 'openReader':
        // No await before this call: Chrome only opens the side panel inside the gesture's task.
        return openReader({
          anchor: message.anchor,
          tabId: sender.tab?.id,
          windowId: sender.tab?.windowId,
        });
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'next-term' && command !== 'previous-term') return;
    const tabId = tab?.id;
    if (tabId === undefined) return;
    void browser.tabs
      .sendMessage(tabId, { type: 'stepTerm', direction: command === 'next-term' ? 1 : -1 })
      .catch(() => undefined);
  });
});
