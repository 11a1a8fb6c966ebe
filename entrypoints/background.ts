import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledPacks } from '../data/generated/bundled-packs';
import { openReader } from '../lib/reader/open-reader';
import { forgetRevealCursor, revealTerm } from '../lib/background/reveal-term';
import { createTabTermsStore } from '../lib/background/tab-terms-store';
import { t } from '../lib/i18n';
import { changesLibrary, loadEnabledPacks, watchLibrary } from '../lib/library/pack-store';
import { loadSettings, SETTINGS_KEY } from '../lib/settings/settings-storage';
import { isLensOnForSite } from '../lib/sites/site-switch';
import { createTabSites } from '../lib/background/tab-sites';
import { toggleSiteOfTab } from '../lib/background/toggle-site';
import { muteFromCard } from '../lib/background/mute-from-card';
import { afterInstalled } from '../lib/background/installed';
import { createReaderOpenings } from '../lib/background/reader-openings';
import { browserSyncArea, startSettingsSync } from '../lib/settings/settings-sync';
import { clearTabBadge, showTabState } from '../lib/background/action-state';
import { backgroundRules } from '../lib/protocol/background-protocol';
import { listen, sendToTab } from '../lib/protocol/messaging';
import { createTermCards } from '../lib/background/term-cards';
import { lensSetupFor } from '../lib/background/lens-setup';

const FIND_IN_INTERVIEW = 'find-in-interview';

export default defineBackground(() => {
  // Cards come from the bundled packs and the reader's enabled ones.
  const termCards = createTermCards(() =>
    loadEnabledPacks().then((stored) => [...bundledPacks, ...stored]),
  );
  watchLibrary(() => termCards.reset());
  const tabTerms = createTabTermsStore();
  const tabSites = createTabSites();
  const readerOpenings = createReaderOpenings();
  /** Shows a tab's state on the toolbar button, from what is known of it now. */
  const refreshButton = async (tabId: number) => {
    const [site, settings, terms] = await Promise.all([
      tabSites.known(tabId),
      loadSettings(),
      tabTerms.get(tabId),
    ]);
    await showTabState({
      tabId,
      lensOn: isLensOnForSite(settings, site),
      termCount: terms ? Object.keys(terms.counts).length : 0,
      showBadge: settings.showBadge,
    });
  };
  /** The sender's tab's site; frame 0's own messages are where it is learnt. */
  const siteOfSender = (sender: { tabId?: number; frameId?: number; url?: string }) => {
    if (sender.tabId === undefined) return Promise.resolve(null);
    return sender.frameId === 0
      ? tabSites.recordTopFrame(sender.tabId, sender.url)
      : tabSites.get(sender.tabId);
  };

  listen({
    rules: backgroundRules,
    handlers: {
      getTermCard: ({ packId, termId, script }) => termCards.get(packId, termId, script),
      // No await before this call: Chrome only opens the side panel inside the gesture's task.
      openReader: ({ address }, sender) =>
        readerOpenings.allow(sender.tabId)
          ? openReader({
              target: { address },
              tabId: sender.tabId,
              windowId: sender.windowId,
            })
          : { opened: 'refused' as const },
      reportPageTerms: async ({ terms }, sender) => {
        if (sender.tabId === undefined || sender.frameId === undefined) return null;
        // A top frame without Chinese never asks lensSetup: its report tells the tab's site.
        if (sender.frameId === 0) await tabSites.recordTopFrame(sender.tabId, sender.url);
        await tabTerms.report({ tabId: sender.tabId, frameId: sender.frameId, terms });
        void refreshButton(sender.tabId);
        return null;
      },
      frameLeaving: async ({ timeOrigin }, sender) => {
        if (sender.tabId === undefined || sender.frameId === undefined) return null;
        await tabTerms.leave({ tabId: sender.tabId, frameId: sender.frameId, timeOrigin });
        void refreshButton(sender.tabId);
        return null;
      },
      getTabTerms: ({ tabId }) => tabTerms.get(tabId),
      lensSetup: async (_request, sender) => {
        const setup = await lensSetupFor(siteOfSender(sender));
        if (sender.frameId === 0 && sender.tabId !== undefined) void refreshButton(sender.tabId);
        return setup;
      },
      getTabSite: ({ tabId }) => tabSites.get(tabId),
      muteFromCard: async (request, sender) =>
        muteFromCard({ ...request, site: await siteOfSender(sender) }),
      revealTerm: ({ tabId, key }) => revealTerm({ store: tabTerms, tabId, key }),
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabTerms.forget(tabId);
    void tabSites.forget(tabId);
    readerOpenings.forget(tabId);
    forgetRevealCursor(tabId);
  });
  // A new page in the tab: its frames wait for its top frame rather than take the old site.
  browser.tabs.onUpdated.addListener((tabId, { status }) => {
    if (status !== 'loading') return;
    void tabSites.forget(tabId);
    clearTabBadge(tabId);
  });

  // Content scripts hear of changed settings or packs from here, and read only
  // what they need: a storage event of their own would carry whole packs.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const change = {
      settings: SETTINGS_KEY in changes,
      library: changesLibrary(Object.keys(changes)),
    };
    if (!change.settings && !change.library) return;
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        void sendToTab(tab.id, 'storageChanged', change).catch(() => null);
        // The badge setting, or a site rule, changes the button at once.
        if (change.settings) void refreshButton(tab.id);
      }
    });
  });

  const sync = browserSyncArea();
  if (sync) startSettingsSync(sync);
  browser.runtime.onInstalled.addListener(({ reason }) => void afterInstalled(reason, sync));

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
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'toggle-site') {
      void toggleSiteOfTab(tabSites, tabId);
      return;
    }
    if (command !== 'next-term' && command !== 'previous-term') return;
    void sendToTab(tabId, 'stepTerm', { direction: command === 'next-term' ? 1 : -1 }).catch(
      () => undefined,
    );
  });
});
