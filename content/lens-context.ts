import { browser } from 'wxt/browser';

/**
 * The lifetime of the content world's work in one frame. When the extension is
 * updated, reloaded or removed, the scripts already in open pages keep running
 * but can no longer reach the extension; from then on every listener and
 * callback registered here stays silent, and the `onInvalidated` cleanups
 * (marks, card, observers) run once.
 */
export interface LensContext {
  readonly signal: AbortSignal;
  /** False once the extension is gone or the lens was stopped. */
  readonly isValid: boolean;
  onInvalidated(cleanup: () => void): void;
  /** Listens until the context ends; the listener never runs after that. */
  addEventListener<E extends Event>(
    target: EventTarget,
    type: string,
    listener: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void;
  requestIdleCallback(callback: () => void, options: { timeout: number }): void;
  /** Ends the context: cleanups run, listeners go quiet. */
  invalidate(): void;
}

export function createLensContext(): LensContext {
  const controller = new AbortController();
  const { signal } = controller;
  const cleanups: (() => void)[] = [];
  const invalidate = () => {
    if (signal.aborted) return;
    controller.abort();
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  // An orphaned script's runtime has no id: checked lazily, whenever one of
  // our callbacks is about to run, so a quiet page costs nothing.
  const alive = (): boolean => {
    if (!signal.aborted && !browser.runtime?.id) invalidate();
    return !signal.aborted;
  };

  // A page may stay quiet for good after an update; the reader coming back to
  // its tab (or to the window) is when it finds out, and its marks go.
  document.addEventListener('visibilitychange', alive, { signal });
  window.addEventListener('focus', alive, { signal });

  const context: LensContext = {
    signal,
    get isValid() {
      return alive();
    },
    onInvalidated(cleanup) {
      if (signal.aborted) cleanup();
      else cleanups.push(cleanup);
    },
    addEventListener(target, type, listener, options) {
      target.addEventListener(
        type,
        (event) => {
          // The DOM's own Event type; the caller names which kind it listens to.
          if (alive()) listener(event as Parameters<typeof listener>[0]);
        },
        { ...options, signal },
      );
    },
    requestIdleCallback(callback, options) {
      const id = requestIdleCallback(() => alive() && callback(), options);
      context.onInvalidated(() => cancelIdleCallback(id));
    },
    invalidate,
  };
  return context;
}
