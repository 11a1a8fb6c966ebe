import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { browser } from 'wxt/browser';
import { createLensContext } from '../../../content/lens-context';

const EXTENSION_ID = browser.runtime.id;

/** What an orphaned content script sees after an update: a runtime with no id. */
const setRuntimeId = (id: string | undefined) =>
  Object.defineProperty(browser.runtime, 'id', { value: id, configurable: true, writable: true });

afterEach(() => {
  setRuntimeId(EXTENSION_ID);
  document.body.replaceChildren();
});

describe('createLensContext', () => {
  it('runs listeners while the extension is there, and cleanups once when it ends', async () => {
    const context = createLensContext();
    const clicks = vi.fn();
    const cleanup = vi.fn();
    context.onInvalidated(cleanup);
    const button = document.createElement('button');
    button.textContent = 'press';
    document.body.append(button);
    context.addEventListener<MouseEvent>(button, 'click', clicks);

    await userEvent.click(button);
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(context.isValid).toBe(true);

    context.invalidate();
    context.invalidate();
    await userEvent.click(button);
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(context.signal.aborted).toBe(true);
  });

  it('ends by itself once the extension is gone (updated, reloaded or removed)', async () => {
    const context = createLensContext();
    const cleanup = vi.fn();
    const keys = vi.fn();
    context.onInvalidated(cleanup);
    context.addEventListener<KeyboardEvent>(document, 'keydown', keys);

    setRuntimeId(undefined);
    await userEvent.keyboard('a');
    expect(keys).not.toHaveBeenCalled();
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(context.isValid).toBe(false);
  });

  it('drops idle callbacks that would run after the end, and runs a late cleanup at once', async () => {
    const context = createLensContext();
    const idle = vi.fn();
    context.requestIdleCallback(idle, { timeout: 50 });
    context.invalidate();
    await new Promise((done) => setTimeout(done, 120));
    expect(idle).not.toHaveBeenCalled();
    const late = vi.fn();
    context.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
