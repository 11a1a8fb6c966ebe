import type { LensContext } from './lens-context';

/** How often a page without the Navigation API is checked for a single-page navigation. */
const LOCATION_POLL_MS = 1000;

/**
 * Calls back when the page's URL changes without a new document (a single-page
 * navigation): at the Navigation API's `navigate` event where there is one, so
 * the lens can decide again while the page swaps its content, else by polling.
 */
export function watchLocation(context: LensContext, callback: () => void): void {
  let last = location.href;
  const check = (url: string) => {
    if (url === last) return;
    last = url;
    callback();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    context.addEventListener<Event & { destination?: { url: string } }>(
      navigation,
      'navigate',
      (event) => check(event.destination?.url ?? location.href),
    );
    return;
  }
  const timer = setInterval(() => context.isValid && check(location.href), LOCATION_POLL_MS);
  context.onInvalidated(() => clearInterval(timer));
}
