import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { afterInstalled, WELCOME_PATH } from '../../lib/background/installed';
import { PIPELINE_VERSION } from '../../lib/library/pack-store';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** Spies on what an install can open. */
function opened() {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
  return { create, openOptions };
}

describe('afterInstalled', () => {
  it('opens the welcome page on a first install', async () => {
    const { create, openOptions } = opened();
    await afterInstalled('install', null);
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: fakeBrowser.runtime.getURL(WELCOME_PATH),
    });
    expect(openOptions).not.toHaveBeenCalled();
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'opens no welcome page on %s',
    async (reason) => {
      const { create } = opened();
      await afterInstalled(reason, null);
      expect(create).not.toHaveBeenCalled();
    },
  );

  it('opens the options page after an update only when a pack must be rebuilt', async () => {
    const { openOptions } = opened();
    await afterInstalled('update', null);
    expect(openOptions).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({
      library: [{ id: 'pack-1', title: 'p', enabled: true, builtWith: PIPELINE_VERSION - 1 }],
    });
    await afterInstalled('browser_update', null);
    expect(openOptions).not.toHaveBeenCalled();
    await afterInstalled('update', null);
    expect(openOptions).toHaveBeenCalledOnce();
  });
});
